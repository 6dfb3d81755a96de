// Which analyzer an index uses: given at build time (an Analyzer or hanseek-ko options), and at load time
// the one the file records, looked up in the analyzer registry, or the one the caller passes (which must
// then match the file's descriptor exactly).

import { AnalyzerError, createAnalyzer, getAnalyzer, type AnalyzerOptions } from '../analysis/index.js'
import type { Analyzer, AnalyzerDescriptor } from '../analysis/types.js'
import { IndexFormatError, OptionsError } from '../model/errors.js'
import { stableStringify } from './stable-json.js'

/** An analyzer, or options of the built-in `hanseek-ko` analyzer. */
export type AnalyzerChoice = Analyzer | AnalyzerOptions

function isAnalyzer(value: unknown): value is Analyzer {
  return typeof value === 'object' && value !== null && typeof (value as Analyzer).analyze === 'function' && typeof (value as Analyzer).analyzeQuery === 'function'
}

/** The analyzer to build with. */
export function analyzerForBuild(choice: AnalyzerChoice | undefined): Analyzer {
  if (isAnalyzer(choice)) return choice
  if (choice !== undefined && (typeof choice !== 'object' || choice === null)) throw new OptionsError('the analyzer option must be an Analyzer or analyzer options')
  try {
    return createAnalyzer(choice)
  } catch (error) {
    if (error instanceof AnalyzerError) throw new OptionsError(error.message)
    throw error
  }
}

/** The analyzer to query a loaded index with; throws IndexFormatError when none fits. */
export function analyzerForLoad(recorded: AnalyzerDescriptor, choice: AnalyzerChoice | undefined): Analyzer {
  const describe = (d: AnalyzerDescriptor) => `${d.name} ${d.version} ${stableStringify(d.options ?? {})}`
  if (recorded === null || typeof recorded !== 'object' || typeof recorded.name !== 'string') {
    throw new IndexFormatError('corrupt', 'hanseek: the index file records no analyzer')
  }
  if (choice !== undefined) {
    const analyzer = analyzerForBuild(choice)
    if (stableStringify(analyzer.descriptor) !== stableStringify(recorded)) {
      throw new IndexFormatError(
        'analyzer-mismatch',
        `hanseek: the index was built with analyzer ${describe(recorded)} but the given analyzer is ${describe(analyzer.descriptor)}; load without an analyzer option or rebuild the index`,
      )
    }
    return analyzer
  }
  try {
    const analyzer = getAnalyzer(recorded)
    if (stableStringify(analyzer.descriptor) !== stableStringify(recorded)) {
      throw new IndexFormatError(
        'analyzer-mismatch',
        `hanseek: the index records analyzer ${describe(recorded)}, but this hanseek provides ${describe(analyzer.descriptor)}; rebuild the index`,
      )
    }
    return analyzer
  } catch (error) {
    if (error instanceof AnalyzerError) {
      throw new IndexFormatError(error.problem === 'unknown-analyzer' ? 'unknown-analyzer' : 'analyzer-mismatch', error.message)
    }
    throw error
  }
}
