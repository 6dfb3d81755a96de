export {}
export { parseQuery, formatQuery } from './parse-query.js'
export { highlightHit, escapeHtml } from './highlight.js'
export type { HighlightOptions, HighlightSource, MatchedTerms } from './highlight.js'
export { PaperIndex, loadIndex, loadIndexAsync } from './paper-index.js'
export type { LoadOptions, IndexStats } from './paper-index.js'
export type { SearchOptions, SearchResults, SearchHit, Suggestion, PriorWeights } from './search-types.js'
