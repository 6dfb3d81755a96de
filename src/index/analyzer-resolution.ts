// Which analyzer a loaded index queries with: the one the file records, looked up in the analyzer
// registry, or the one the caller passes (which must then match the file's descriptor). The load path
// takes the glossary the file records; only the build side (src/build/analyzer-for-build.ts) reaches the
// built-in glossary.

import { createAnalyzer } from '../analysis/analyzer.js'
import { HANSEEK_KO, type AnalyzerOptions } from '../analysis/defaults.js'
import { AnalyzerError } from '../analysis/errors.js'
import { readableDescriptor } from '../analysis/glossary-summary.js'
import { getAnalyzer } from '../analysis/registry.js'
import type { Analyzer, AnalyzerDescriptor } from '../analysis/types.js'
import { IndexFormatError, OptionsError } from '../model/errors.js'
import { stableStringify } from './stable-json.js'

/** An analyzer, or options of the built-in `hanseek-ko` analyzer. */
export type AnalyzerChoice = Analyzer | AnalyzerOptions

function isAnalyzer(value: unknown): value is Analyzer {
  return typeof value === 'object' && value !== null && typeof (value as Analyzer).analyze === 'function' && typeof (value as Analyzer).analyzeQuery === 'function'
}

/** The analyzer of a choice: the Analyzer itself, or `create(options)` (AnalyzerError → OptionsError). */
export function fromChoice(choice: AnalyzerChoice | undefined, create: (options: AnalyzerOptions | undefined) => Analyzer): Analyzer {
  if (isAnalyzer(choice)) return choice
  if (choice !== undefined && (typeof choice !== 'object' || choice === null)) throw new OptionsError('the analyzer option must be an Analyzer or analyzer options')
  try {
    return create(choice)
  } catch (error) {
    if (error instanceof AnalyzerError) throw new OptionsError(error.message)
    throw error
  }
}

/** hanseek-ko options given at load time take the glossary the file records, unless they give their own. */
function withRecordedGlossary(options: AnalyzerOptions | undefined, recorded: AnalyzerDescriptor): AnalyzerOptions | undefined {
  const glossary = recorded.name === HANSEEK_KO ? recorded.options?.glossary : undefined
  if (typeof glossary !== 'string' || options?.glossary !== undefined || options?.synonyms === false) return options
  return { ...options, glossary }
}

/**
 * The descriptor as compared at load time: a hanseek-ko glossary only changes how queries expand, never
 * the index terms, so an analyzer with another glossary (or none) fits an index all the same.
 */
function comparable(descriptor: AnalyzerDescriptor): string {
  if (descriptor?.name !== HANSEEK_KO || descriptor.options?.glossary === undefined) return stableStringify(descriptor)
  const { glossary: _glossary, ...options } = descriptor.options
  return stableStringify({ ...descriptor, options })
}

/** The analyzer to query a loaded index with; throws IndexFormatError when none fits. */
export function analyzerForLoad(recorded: AnalyzerDescriptor, choice: AnalyzerChoice | undefined): Analyzer {
  const describe = (d: AnalyzerDescriptor) => {
    const readable = readableDescriptor(d)
    return `${readable.name} ${readable.version} ${stableStringify(readable.options ?? {})}`
  }
  if (recorded === null || typeof recorded !== 'object' || typeof recorded.name !== 'string') {
    throw new IndexFormatError('corrupt', 'the index file records no analyzer')
  }
  const mismatch = (analyzer: Analyzer, given: string, advice: string) =>
    new IndexFormatError('analyzer-mismatch', `the index was built with analyzer ${describe(recorded)}, but ${given} ${describe(analyzer.descriptor)}; ${advice}`)
  if (choice !== undefined) {
    const analyzer = fromChoice(choice, (options) => createAnalyzer(withRecordedGlossary(options, recorded)))
    if (comparable(analyzer.descriptor) !== comparable(recorded)) {
      throw mismatch(analyzer, 'the given analyzer is', 'load without an analyzer option or rebuild the index')
    }
    return analyzer
  }
  try {
    const analyzer = getAnalyzer(recorded)
    if (stableStringify(analyzer.descriptor) !== stableStringify(recorded)) throw mismatch(analyzer, 'this hanseek provides', 'rebuild the index')
    return analyzer
  } catch (error) {
    if (error instanceof AnalyzerError) {
      throw new IndexFormatError(error.problem === 'unknown-analyzer' ? 'unknown-analyzer' : 'analyzer-mismatch', error.message)
    }
    throw error
  }
}
