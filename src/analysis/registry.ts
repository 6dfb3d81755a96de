/**
 * Analyzers by name and version. An index records its analyzer's descriptor; loading it looks the
 * analyzer up here, so an index is never queried with a different analysis than it was built with.
 */
import { createAnalyzer } from './analyzer.js'
import { HANSEEK_KO, HANSEEK_KO_VERSION, type AnalyzerOptions } from './defaults.js'
import { AnalyzerError } from './errors.js'
import type { Analyzer, AnalyzerDescriptor } from './types.js'

/** Builds an analyzer from the options recorded in a descriptor. */
export type AnalyzerFactory = (options: Readonly<Record<string, unknown>>) => Analyzer

const factories = new Map<string, Map<string, AnalyzerFactory>>()

/**
 * Registers an analyzer under `name` and `version` (for custom analyzers; `hanseek-ko` is built in).
 * The factory must return an analyzer whose descriptor has the same name and version.
 *
 * @example
 * registerAnalyzer('my-analyzer', '1', () => myAnalyzer)
 */
export function registerAnalyzer(name: string, version: string, factory: AnalyzerFactory): void {
  if (typeof name !== 'string' || name.length === 0 || typeof version !== 'string' || version.length === 0) {
    throw new AnalyzerError('invalid-options', 'registerAnalyzer needs a non-empty name and version')
  }
  let versions = factories.get(name)
  if (versions === undefined) {
    versions = new Map()
    factories.set(name, versions)
  }
  versions.set(version, factory)
}

/**
 * The analyzer a descriptor describes (as recorded in an index).
 *
 * @example
 * const analyzer = getAnalyzer({ name: 'hanseek-ko', version: HANSEEK_KO_VERSION, options: {} })
 *
 * @throws AnalyzerError `unknown-analyzer` for a name no one registered, `unknown-version` for a version
 * this hanseek does not have (an index from a newer or older hanseek), `invalid-options` for bad options.
 */
export function getAnalyzer(descriptor: AnalyzerDescriptor): Analyzer {
  if (descriptor === null || typeof descriptor !== 'object' || typeof descriptor.name !== 'string') {
    throw new AnalyzerError('unknown-analyzer', 'analyzer descriptor must be an object with a name, version and options')
  }
  const versions = factories.get(descriptor.name)
  if (versions === undefined) {
    const known = [...factories.keys()].join(', ')
    throw new AnalyzerError('unknown-analyzer', `unknown analyzer "${descriptor.name}" (registered: ${known}); register it with registerAnalyzer() before loading`)
  }
  const factory = versions.get(String(descriptor.version))
  if (factory === undefined) {
    const known = [...versions.keys()].join(', ')
    throw new AnalyzerError(
      'unknown-version',
      `analyzer "${descriptor.name}" version "${String(descriptor.version)}" is not available (this hanseek has version ${known}); rebuild the index with this hanseek`,
    )
  }
  return factory(descriptor.options ?? {})
}

/** Names and versions of every registered analyzer. */
export function listAnalyzers(): Array<{ name: string; version: string }> {
  const out: Array<{ name: string; version: string }> = []
  for (const [name, versions] of factories) for (const version of versions.keys()) out.push({ name, version })
  return out
}

registerAnalyzer(HANSEEK_KO, HANSEEK_KO_VERSION, (options) => createAnalyzer(options as AnalyzerOptions))
