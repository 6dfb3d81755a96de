// The browser-safe main entry (`hanseek`), the query side: load an index, search, facets, suggest,
// highlight, analyzers. It must never import a `node:` module or the Markdown parser (see DESIGN.md
// "Entry points"), nor what only building needs (MiniSearch, deflate, the built-in glossary): that is
// `hanseek/build` (src/build/index.ts). Analysis is listed name by name for that reason.
export * from './model/index.js'
export type { Token, TermView, TermsByView, AnalyzerDescriptor, Analyzer, QueryWord, QueryCompletion, QueryAnalysisOptions } from './analysis/types.js'
export { createAnalyzer } from './analysis/analyzer.js'
export { readableDescriptor } from './analysis/glossary-summary.js'
export { getAnalyzer, registerAnalyzer, listAnalyzers, type AnalyzerFactory } from './analysis/registry.js'
export { AnalyzerError, type AnalyzerProblem } from './analysis/errors.js'
export { DEFAULT_ANALYZER_OPTIONS, HANSEEK_KO, HANSEEK_KO_VERSION, type AnalyzerOptions } from './analysis/defaults.js'
export { normalize, originalSpan, type NormalizedText } from './analysis/normalize.js'
export { segment, type Word, type Run, type Script } from './analysis/segment.js'
export { analyzeEojeol, type EojeolAnalysis, type StemTerm, type KoreanStemOptions } from './analysis/korean-stem.js'
export { englishTerms, ENGLISH_STOP_WORDS } from './analysis/english.js'
export { charGrams, type Gram } from './analysis/grams.js'
export { choseongOf, completionOf } from './analysis/query.js'
export { SynonymMatcher, parseGlossary, attachSynonyms, type SynonymTerm, type SynonymMatch, type WordAnalysis } from './analysis/synonyms.js'
export * from './index/index.js'
export * from './query/index.js'
