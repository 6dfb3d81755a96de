/**
 * The analyzer indexes are built with by default: `hanseek-ko` with the built-in glossary. Kept apart from
 * `createAnalyzer` because this is the only place (with the glossary module itself) that brings the
 * glossary text into a bundle; an app that only loads and searches an index gets the glossary from the
 * index file instead.
 */
import { createAnalyzer } from './analyzer.js'
import type { AnalyzerOptions } from './defaults.js'
import { GLOSSARY } from './glossary.js'
import type { Analyzer } from './types.js'

/**
 * `options` with the built-in `GLOSSARY` filled in when they give no glossary and do not turn synonyms off.
 *
 * @example
 * withDefaultGlossary({ grams: 3 }).glossary === GLOSSARY // true
 * withDefaultGlossary({ synonyms: false }).glossary // undefined
 */
export function withDefaultGlossary(options?: AnalyzerOptions): AnalyzerOptions | undefined {
  if (options === undefined || options === null) return { glossary: GLOSSARY }
  if (typeof options !== 'object' || Array.isArray(options)) return options
  if (options.glossary !== undefined || options.synonyms === false) return options
  return { ...options, glossary: GLOSSARY }
}

/**
 * Creates the `hanseek-ko` analyzer with the built-in bilingual AI glossary for query synonyms (unless
 * `options` give their own `glossary` or `synonyms: false`). This is what `buildIndex` uses when given
 * no analyzer or analyzer options; the glossary is recorded in the descriptor, so the index file carries it.
 *
 * @example
 * const analyzer = createDefaultAnalyzer()
 * analyzer.analyzeQuery('강화학습')[0]?.synonyms?.map(t => t.term) // ['reinforc', 'learn', 'rl', ...]
 *
 * @throws AnalyzerError (`invalid-options`) for an unknown option or a value of the wrong type.
 */
export function createDefaultAnalyzer(options?: AnalyzerOptions): Analyzer {
  return createAnalyzer(withDefaultGlossary(options))
}
