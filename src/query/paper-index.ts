// The read-only public index of the query side: load from bytes, search, suggest, get, stats. Building
// and updating (add, remove, replace, serialize) live in `hanseek/build` (WritablePaperIndex), which
// extends this class, so both search through the same SearchCore code.

import { readableDescriptor } from '../analysis/glossary-summary.js'
import type { AnalyzerDescriptor } from '../analysis/types.js'
import { analyzerForLoad, type AnalyzerChoice } from '../index/analyzer-resolution.js'
import { dateRange } from '../index/date-range.js'
import { asBytes, loadCore } from '../index/deserialize.js'
import { gunzipNative, isGzip } from '../index/gzip.js'
import { GRAM_FIELD_IDS, INDEX_FIELDS, type IndexField } from '../index/fields.js'
import { FORMAT_NAME, FORMAT_VERSION, type CorpusStats } from '../index/format.js'
import type { IndexSettings, SearchCore } from '../index/search-core.js'
import type { StoredPaper } from '../index/stored-paper.js'
import { HanseekError } from '../model/errors.js'
import type { StructuredQuery } from '../model/search.js'
import { runSearch } from './search.js'
import type { SearchOptions, SearchResults, Suggestion } from './search-types.js'
import { suggestCompletions } from './suggest.js'

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

/**
 * A searchable, read-only index of papers. Get one with `loadIndex` (from the bytes `hanseek build` or
 * `serialize` wrote); to build, add, remove or serialize, use `hanseek/build` (`buildIndex`,
 * `openIndex`), whose WritablePaperIndex is a PaperIndex too.
 *
 * @example
 * const index = loadIndex(bytes)
 * const { total, hits, facets } = index.search('양자화 author:"Denny Zhou"', { facets: ['year'] })
 */
export class PaperIndex {
  /** @internal */
  readonly core: SearchCore

  /** @internal use loadIndex (or buildIndex / openIndex from hanseek/build) */
  constructor(core: SearchCore) {
    this.core = core
  }

  /** Number of papers. */
  get size(): number {
    return this.core.store.liveCount
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

  /** Counts, fields, analyzer, format and build date (the newest paper's date). */
  stats(): IndexStats {
    const { oldest, newest } = dateRange(this.core.store)
    let word = 0
    let gram = 0
    let postings = 0
    for (const [, fields] of this.core.terms) {
      // Bit 1: the term has word-view postings, bit 2: gram-view (titleGram, summaryGram) postings.
      let views = 0
      for (const [fieldId, map] of fields) {
        postings += map.size
        if (map.size > 0) views |= (GRAM_FIELD_IDS as readonly number[]).includes(fieldId) ? 2 : 1
      }
      word += views & 1
      gram += views >> 1
    }
    const authors = new Set<number>()
    for (const row of this.core.store.liveRows()) for (const a of this.core.store.authorIds[row]!) authors.add(a)
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
 * Loads an uncompressed index written by `hanseek build` or `WritablePaperIndex.serialize`, in Node or
 * the browser, as a read-only PaperIndex (for updates: `openIndex` from `hanseek/build`). For a
 * gzip-compressed file use `loadIndexAsync` (or `readIndexFile` from `hanseek/node`).
 *
 * @throws {IndexFormatError} with `problem`: `compressed` (gzip bytes: use loadIndexAsync), `truncated`,
 *   `corrupt`, `checksum`, `foreign`, `future-version`, `old-version`, `analyzer-mismatch` or
 *   `unknown-analyzer`.
 * @example
 * const index = loadIndex(await readFile('papers.hsk'))
 */
export function loadIndex(data: Uint8Array | ArrayBuffer, options: LoadOptions = {}): PaperIndex {
  return new PaperIndex(loadCore(data, (descriptor) => analyzerForLoad(descriptor, options.analyzer)))
}

/**
 * Loads an index like `loadIndex`, from bytes, a fetch `Response` or a `Blob`, inflating a
 * gzip-compressed file (`hanseek build --gzip`) with the platform's `DecompressionStream` (browsers,
 * Node 18+), so that a search page carries no inflate code of its own.
 *
 * @throws {IndexFormatError} as `loadIndex` does (`truncated` / `corrupt` for a bad gzip layer too);
 *   {HanseekError} for a Response that is not OK (e.g. 404).
 * @example
 * const index = await loadIndexAsync(await fetch('/papers.hsk'))
 */
export async function loadIndexAsync(data: Uint8Array | ArrayBuffer | Response | Blob, options: LoadOptions = {}): Promise<PaperIndex> {
  let bytes = data as Uint8Array | ArrayBuffer
  if (!(data instanceof ArrayBuffer || ArrayBuffer.isView(data)) && typeof (data as Blob)?.arrayBuffer === 'function') {
    const { ok, status, url } = data as Response
    if (ok === false) throw new HanseekError(`cannot load the index: the server answered ${status} for ${url || 'it'}; check the index URL`)
    bytes = await (data as Blob).arrayBuffer()
  }
  bytes = asBytes(bytes)
  return loadIndex(isGzip(bytes) ? await gunzipNative(bytes) : bytes, options)
}
