// The writable index of `hanseek/build`: build from papers or open an index file, add, remove, replace,
// serialize. It is a PaperIndex (search, suggest, get, stats come from the query side unchanged) whose
// core is MiniSearch-backed.

import type { AnalyzerChoice } from '../index/analyzer-resolution.js'
import { analyzerForLoad } from '../index/analyzer-resolution.js'
import { DEFAULT_FIELD_BOOSTS, DEFAULT_PRIORS, type FieldBoosts } from '../index/defaults.js'
import { loadCore } from '../index/deserialize.js'
import { INDEX_FIELDS, type IndexField } from '../index/fields.js'
import type { IndexSettings } from '../index/search-core.js'
import { OptionsError } from '../model/errors.js'
import type { Paper } from '../model/paper.js'
import { PaperIndex, type LoadOptions } from '../query/paper-index.js'
import { resolvePriors } from '../query/priors.js'
import type { PriorWeights } from '../query/search-types.js'
import { analyzerForBuild } from './analyzer-for-build.js'
import { inflateIfGzip } from './gunzip.js'
import { IndexCore } from './index-core.js'
import { openCore } from './open-core.js'
import { serializeCore, type SerializeOptions } from './serialize.js'

/**
 * Options of `buildIndex`.
 *
 * @example
 * buildIndex(papers, { boosts: { title: 3 }, priors: { votes: 0.1 } })
 */
export interface BuildOptions {
  /**
   * An Analyzer, or options of the built-in `hanseek-ko` analyzer (default: its defaults, with the
   * built-in glossary `GLOSSARY` for query synonyms unless the options give a `glossary` or `synonyms: false`).
   */
  analyzer?: AnalyzerChoice
  /** Field weights, merged over DEFAULT_FIELD_BOOSTS (fields: title, titleGram, summary, summaryGram, authors). */
  boosts?: Partial<FieldBoosts>
  /** Default prior weights of searches on this index (recorded in the file). Default DEFAULT_PRIORS. */
  priors?: PriorWeights
}

function settingsFrom(options: BuildOptions): IndexSettings {
  const boosts: FieldBoosts = { ...DEFAULT_FIELD_BOOSTS }
  for (const [field, value] of Object.entries(options.boosts ?? {})) {
    if (!(INDEX_FIELDS as readonly string[]).includes(field)) throw new OptionsError(`unknown field in boosts: ${JSON.stringify(field)} (fields: ${INDEX_FIELDS.join(', ')})`)
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) throw new OptionsError(`boost of ${field} must be a non-negative number, got ${JSON.stringify(value)}`)
    boosts[field as IndexField] = value
  }
  return { boosts, priors: resolvePriors(options.priors, DEFAULT_PRIORS) }
}

function asList<T>(value: T | T[], what: string): T[] {
  if (value === undefined || value === null) throw new OptionsError(`${what} expects a value or an array`)
  return Array.isArray(value) ? value : [value]
}

/**
 * A PaperIndex that can also be updated and serialized. Create one with `buildIndex` (from papers) or
 * `openIndex` (from an index file's bytes).
 *
 * @example
 * const index = buildIndex(papers)
 * index.add(newPapers)
 * const bytes = index.serialize({ gzip: true })
 */
export class WritablePaperIndex extends PaperIndex {
  /** @internal */
  declare readonly core: IndexCore

  /** @internal use buildIndex or openIndex */
  constructor(core: IndexCore) {
    super(core)
  }

  /**
   * Adds papers. Results afterwards equal those of an index built from scratch with the same papers.
   *
   * @throws {OptionsError} when a paper's id is already indexed (use `replace`).
   * @example
   * index.add(parseDigest(text, { file: '2025/01/02.md' }).papers)
   */
  add(papers: Paper | Paper[]): void {
    const list = asList(papers, 'add')
    const seen = new Set<string>()
    for (const paper of list) {
      if (seen.has(paper?.id)) throw new OptionsError(`paper '${paper.id}' is given twice`)
      seen.add(paper?.id)
      if (this.has(paper?.id)) throw new OptionsError(`paper '${paper.id}' is already in the index (use replace() to update it)`)
    }
    this.core.addAll(list)
  }

  /**
   * Removes papers by id.
   *
   * @throws {OptionsError} when an id is not in the index (nothing is removed then).
   * @example
   * index.remove(['2402.09368', '2402.10000'])
   */
  remove(ids: string | string[]): void {
    const list = asList(ids, 'remove')
    for (const id of list) if (!this.has(id)) throw new OptionsError(`paper '${id}' is not in the index`)
    for (const id of new Set(list)) this.core.remove(id)
  }

  /**
   * Adds papers, replacing any paper with the same id.
   *
   * @example
   * index.replace(updatedPaper)
   */
  replace(papers: Paper | Paper[]): void {
    for (const paper of asList(papers, 'replace')) {
      if (this.has(paper?.id)) this.core.remove(paper.id)
      this.core.add(paper)
    }
  }

  /**
   * The index as bytes for `loadIndex` / `openIndex` (versioned, checksummed; byte-identical for
   * identical input).
   *
   * @example
   * const bytes = index.serialize({ gzip: true })
   */
  serialize(options: SerializeOptions = {}): Uint8Array {
    return serializeCore(this.core, options)
  }
}

/**
 * Builds an index of papers.
 *
 * @throws {OptionsError} for duplicate ids or invalid options.
 * @example
 * const index = buildIndex(papers, { analyzer: { grams: 2 } })
 */
export function buildIndex(papers: Paper[], options: BuildOptions = {}): WritablePaperIndex {
  if (!Array.isArray(papers)) throw new OptionsError('buildIndex expects an array of papers')
  const index = new WritablePaperIndex(new IndexCore(analyzerForBuild(options.analyzer), settingsFrom(options)))
  index.add(papers)
  return index
}

/**
 * Opens an index file (gzip-compressed or not) for updating: what `loadIndex` reads (same checks, same
 * errors), as a WritablePaperIndex. Adding and removing papers then serializing gives the bytes a fresh
 * build of the same papers would.
 *
 * @throws {IndexFormatError} as `loadIndex` does; {OptionsError} when given a PaperIndex instead of bytes.
 * @example
 * const index = openIndex(await readFile('papers.hsk'))
 * index.replace(papers)
 * await writeFile('papers.hsk', index.serialize())
 */
export function openIndex(data: Uint8Array | ArrayBuffer, options: LoadOptions = {}): WritablePaperIndex {
  if (data instanceof PaperIndex) {
    throw new OptionsError(
      'openIndex takes the bytes of an index file, not a loaded PaperIndex (loadIndex gives read-only indexes); pass the bytes you gave loadIndex, or use buildIndex',
    )
  }
  return new WritablePaperIndex(openCore(loadCore(inflateIfGzip(data), (descriptor) => analyzerForLoad(descriptor, options.analyzer))))
}
