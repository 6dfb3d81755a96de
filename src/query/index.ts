export {}
export { parseQuery, formatQuery } from './parse-query.js'
export { highlightHit, escapeHtml } from './highlight.js'
export type { HighlightOptions, HighlightSource, MatchedTerms } from './highlight.js'
