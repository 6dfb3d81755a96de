// The public index: build from papers, load from bytes, search, suggest, update, serialize.

import { readableDescriptor } from '../analysis/glossary-summary.js'
import type { AnalyzerDescriptor } from '../analysis/types.js'
import { analyzerForBuild, analyzerForLoad, type AnalyzerChoice } from '../index/analyzer-resolution.js'
import { DEFAULT_FIELD_BOOSTS, DEFAULT_PRIORS, type FieldBoosts } from '../index/defaults.js'
import { deserializeCore } from '../index/deserialize.js'
import { INDEX_FIELDS, type IndexField } from '../index/fields.js'
import { FORMAT_NAME, FORMAT_VERSION, type CorpusStats } from '../index/format.js'
import { IndexCore, type IndexSettings } from '../index/index-core.js'
import { dateRange, serializeCore, type SerializeOptions } from '../index/serialize.js'
import type { StoredPaper } from '../index/stored-paper.js'
import { OptionsError } from '../model/errors.js'
import type { Paper } from '../model/paper.js'
import type { StructuredQuery } from '../model/search.js'
import { resolvePriors } from './priors.js'
import { runSearch } from './search.js'
import type { PriorWeights, SearchOptions, SearchResults, Suggestion } from './search-types.js'
import { suggestCompletions } from './suggest.js'

/**
 * Options of `buildIndex`.
 *
 * @example
 * buildIndex(papers, { boosts: { title: 3 }, priors: { votes: 0.1 } })
 */
export interface BuildOptions {
  /** An Analyzer, or options of the built-in `hanseek-ko` analyzer (default: its defaults). */
  analyzer?: AnalyzerChoice
  /** Field weights, merged over DEFAULT_FIELD_BOOSTS (fields: title, titleGram, summary, summaryGram, authors). */
  boosts?: Partial<FieldBoosts>
  /** Default prior weights of searches on this index (recorded in the file). Default DEFAULT_PRIORS. */
  priors?: PriorWeights
}

/**
 * Options of `loadIndex`.
 *
 * @example
 * loadIndex(bytes, { analyzer: myAnalyzer })
 */
export interface LoadOptions {
  /**
   * The analyzer to query with; it must have exactly the descriptor recorded in the file. Default: the
   * recorded analyzer, from the analyzer registry.
   */
  analyzer?: AnalyzerChoice
}

/** What `PaperIndex.stats()` reports. */
export interface IndexStats extends CorpusStats {
  format: string
  formatVersion: number
  /**
   * The analyzer's descriptor, made readable: a recorded glossary shows as its summary
   * (`{ groups, chars, hash }`) instead of its text. The full descriptor is `PaperIndex.analyzer`.
   */
  analyzer: AnalyzerDescriptor
  fields: readonly IndexField[]
  settings: IndexSettings
  /** The newest paper date (not the wall clock, so that stats are deterministic); null when empty. */
  buildDate: string | null
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
 * A searchable, serializable index of papers. Create one with `buildIndex` or `loadIndex`.
 *
 * @example
 * const index = buildIndex(papers)
 * const { total, hits, facets } = index.search('양자화 author:"Denny Zhou"', { facets: ['year'] })
 */
export class PaperIndex {
  /** @internal */
  readonly core: IndexCore

  /** @internal use buildIndex or loadIndex */
  constructor(core: IndexCore) {
    this.core = core
  }

  /** Number of papers. */
  get size(): number {
    return this.core.size
  }

  /** The analyzer the index was built with (name, version, options, including the glossary text it expands queries with). */
  get analyzer(): AnalyzerDescriptor {
    return this.core.analyzer.descriptor
  }

  /**
   * Ranked, filtered, faceted search. `query` is the query syntax (`양자화 "chain of thought" -survey
   * author:"Denny Zhou" year:2024 votes:>=10 has:code`) or a StructuredQuery. A query without words
   * lists every paper passing the filters (browse mode, newest first).
   *
   * @throws {QuerySyntaxError} for an invalid query; {OptionsError} for invalid options.
   * @example
   * index.search('언어 모델 양자화', { facets: ['year', 'author'], limit: 10, highlight: true })
   */
  search(query: string | StructuredQuery, options: SearchOptions = {}): SearchResults {
    return runSearch(this.core, query, options)
  }

  /**
   * Completions of the last word of `prefix`: indexed Korean terms (`양자` → `양자화`), choseong
   * (`ㅇㅈㅎ` → `양자화`), a syllable still being composed (`양잫` → `양자화`), English title words and titles.
   *
   * @example
   * index.suggest('ㅇㅈㅎ', { limit: 5 }) // [{ text: '양자화', completion: '양자화', kind: 'term', count: 12 }, ...]
   */
  suggest(prefix: string, options: { limit?: number } = {}): Suggestion[] {
    return suggestCompletions(this.core, prefix, options)
  }

  /** The stored paper with this id. */
  get(id: string): StoredPaper | undefined {
    const row = this.core.rowOf(id)
    return row === undefined ? undefined : this.core.store.paper(row)
  }

  has(id: string): boolean {
    return this.core.rowOf(id) !== undefined
  }

  /**
   * Adds papers. Results afterwards equal those of an index built from scratch with the same papers.
   *
   * @throws {OptionsError} when a paper's id is already indexed (use `replace`).
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
   */
  remove(ids: string | string[]): void {
    const list = asList(ids, 'remove')
    for (const id of list) if (!this.has(id)) throw new OptionsError(`paper '${id}' is not in the index`)
    for (const id of new Set(list)) this.core.remove(id)
  }

  /** Adds papers, replacing any paper with the same id. */
  replace(papers: Paper | Paper[]): void {
    for (const paper of asList(papers, 'replace')) {
      if (this.has(paper?.id)) this.core.remove(paper.id)
      this.core.add(paper)
    }
  }

  /**
   * The index as bytes for `loadIndex` (versioned, checksummed; byte-identical for identical input).
   *
   * @example
   * const bytes = index.serialize({ gzip: true })
   */
  serialize(options: SerializeOptions = {}): Uint8Array {
    return serializeCore(this.core, options)
  }

  /** Counts, fields, analyzer, format and build date (the newest paper's date). */
  stats(): IndexStats {
    const { oldest, newest } = dateRange(this.core)
    let word = 0
    let gram = 0
    let postings = 0
    for (const [, fields] of this.core.internals._index) {
      let isWord = false
      let isGram = false
      for (const [fieldId, map] of fields) {
        if (map.size === 0) continue
        postings += map.size
        if (fieldId === 1 || fieldId === 3) isGram = true
        else isWord = true
      }
      if (isWord) word++
      if (isGram) gram++
    }
    const authors = new Set<number>()
    for (const row of this.core.liveRows()) for (const a of this.core.store.authorIds[row]!) authors.add(a)
    return {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      analyzer: readableDescriptor(this.analyzer),
      fields: INDEX_FIELDS,
      settings: this.core.settings,
      papers: this.size,
      authors: authors.size,
      terms: { word, gram },
      postings,
      oldestDate: oldest,
      newestDate: newest,
      buildDate: newest,
    }
  }
}

/**
 * Builds an index of papers.
 *
 * @throws {OptionsError} for duplicate ids or invalid options.
 * @example
 * const index = buildIndex(papers, { analyzer: { grams: 2 } })
 */
export function buildIndex(papers: Paper[], options: BuildOptions = {}): PaperIndex {
  if (!Array.isArray(papers)) throw new OptionsError('buildIndex expects an array of papers')
  const core = new IndexCore(analyzerForBuild(options.analyzer), settingsFrom(options))
  const index = new PaperIndex(core)
  index.add(papers)
  return index
}

/**
 * Loads an index serialized by `PaperIndex.serialize` (gzip-compressed or not), in Node or the browser.
 *
 * @throws {IndexFormatError} with `problem`: `truncated`, `corrupt`, `checksum`, `foreign`,
 *   `future-version`, `old-version`, `analyzer-mismatch` or `unknown-analyzer`.
 * @example
 * const index = loadIndex(new Uint8Array(await (await fetch('/papers.hsk')).arrayBuffer()))
 */
export function loadIndex(data: Uint8Array | ArrayBuffer, options: LoadOptions = {}): PaperIndex {
  const { core } = deserializeCore(data, (descriptor) => analyzerForLoad(descriptor, options.analyzer))
  return new PaperIndex(core)
}
