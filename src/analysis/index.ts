export type { Token, TermView, AnalyzerDescriptor, Analyzer, QueryWord, QueryCompletion, QueryAnalysisOptions } from './types.js'
