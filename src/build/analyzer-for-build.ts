// The analyzer an index is built with: an Analyzer as given, or hanseek-ko options with the built-in
// glossary filled in (unless they give one or turn synonyms off). The glossary is recorded in the index
// file, which is how the query side gets it without bundling it.

import { createDefaultAnalyzer } from '../analysis/default-analyzer.js'
import type { Analyzer } from '../analysis/types.js'
import { fromChoice, type AnalyzerChoice } from '../index/analyzer-resolution.js'

/** The analyzer to build with: hanseek-ko options get the built-in glossary unless they give one or turn synonyms off. */
export function analyzerForBuild(choice: AnalyzerChoice | undefined): Analyzer {
  return fromChoice(choice, createDefaultAnalyzer)
}
