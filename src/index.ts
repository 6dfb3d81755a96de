// The browser-safe main entry (`hanseek`): load or build an index, search, facets, suggest, highlight.
// It must never import a `node:` module or the Markdown parser (see DESIGN.md "Entry points").
export * from './model/index.js'
export * from './analysis/index.js'
export * from './index/index.js'
export * from './query/index.js'
