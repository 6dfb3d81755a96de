// The index area's public surface: stored paper shape, defaults, file format constants. (PaperIndex and
// loadIndex live in src/query, which owns searching; building and serializing live in src/build.)
export type { StoredPaper } from './stored-paper.js'
export type { FieldBoosts } from './defaults.js'
export { DEFAULT_FIELD_BOOSTS, DEFAULT_PRIORS } from './defaults.js'
export { INDEX_FIELDS } from './fields.js'
export type { IndexField } from './fields.js'
export { FORMAT_NAME, FORMAT_VERSION } from './format.js'
export type { CorpusStats } from './format.js'
export type { IndexSettings } from './search-core.js'
export type { AnalyzerChoice } from './analyzer-resolution.js'
