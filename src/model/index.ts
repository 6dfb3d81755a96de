export type { Paper, PaperMedia, PaperSummary, PaperLinks, SummarySection, SourceLocation } from './paper.js'
export type { Diagnostic, DiagnosticSeverity } from './diagnostic.js'
export { HanseekError, IndexFormatError, QuerySyntaxError, OptionsError } from './errors.js'
export type { IndexFormatProblem } from './errors.js'
export type {
  FacetField,
  SortOrder,
  NumberRange,
  SearchFilter,
  MediaFacetValue,
  StructuredQuery,
  FacetValue,
  FacetStats,
  HitHighlights,
} from './search.js'
