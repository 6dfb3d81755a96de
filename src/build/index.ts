// The `hanseek/build` entry: build an index from papers, open an index file for updates, serialize; and
// the built-in glossary buildIndex records in every index. Browser-safe (no `node:` import), but
// bundles what a search page never needs: MiniSearch, deflate and the glossary text.
export { WritablePaperIndex, buildIndex, openIndex } from './writable-index.js'
export type { BuildOptions } from './writable-index.js'
export type { SerializeOptions } from './serialize.js'
export { createDefaultAnalyzer } from '../analysis/default-analyzer.js'
export { GLOSSARY, AMBIGUOUS_ACRONYMS } from '../analysis/glossary.js'
export { summarizeGlossary, type GlossarySummary } from '../analysis/glossary-summary.js'
export { learnCompoundLexicon, DEFAULT_LEXICON_LEARNING, type LexiconLearningOptions } from '../analysis/lexicon-learner.js'
