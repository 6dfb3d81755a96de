// The mutable core of a WritablePaperIndex: MiniSearch (inverted index, BM25 statistics) plus the
// columnar document store, kept in step. Rows are MiniSearch short ids. Removal goes through MiniSearch
// `remove` with the stored texts (not `discard`), so posting lists and IDF stay exactly those of a fresh
// build. It is a SearchCore, so the query side searches it with the same code as a loaded index.

import MiniSearch from 'minisearch'
import type { Analyzer, TermsByView } from '../analysis/types.js'
import { OptionsError } from '../model/errors.js'
import type { Paper } from '../model/paper.js'
import { DocumentStore } from '../index/document-store.js'
import { FIELD_SOURCE, FIELD_VIEW, INDEX_FIELDS, type IndexedDocument, type IndexField } from '../index/fields.js'
import { ensureCapacity } from '../index/growable.js'
import type { FieldPostings, IndexSettings, SearchCore, TermDictionary } from '../index/search-core.js'
import type { StoredPaper } from '../index/stored-paper.js'
import { internalsOf, type MiniSearchInternals } from './minisearch-internals.js'

/** The text a paper's summary is indexed and stored as: its text, plus any section missing from it. */
export function summaryFieldText(paper: Paper): string {
  const text = paper.summary.text
  const missing = paper.summary.sections.filter((s) => s.text && !text.includes(s.text)).map((s) => `${s.label}: ${s.text}`)
  return missing.length === 0 ? text : [text, ...missing].filter(Boolean).join('\n')
}

/** The stored form of a paper. */
export function toStoredPaper(paper: Paper): StoredPaper {
  return {
    id: paper.id,
    url: paper.url,
    title: paper.title,
    date: paper.date,
    dates: paper.dates.length > 0 ? [...paper.dates] : [paper.date],
    votes: paper.votes,
    authors: [...paper.authors],
    moreAuthors: paper.moreAuthors === true,
    media: paper.media ? { kind: paper.media.kind, url: paper.media.url } : null,
    summary: summaryFieldText(paper),
    links: { code: [...paper.links.code], project: [...paper.links.project] },
  }
}

function indexedDocument(paper: StoredPaper): IndexedDocument {
  return { id: paper.id, title: paper.title, summary: paper.summary, authors: paper.authors.join('\n') }
}

/**
 * Terms of `text` per view: the analyzer's `analyzeTerms` fast path when it has one, else `analyze`
 * grouped by view (same multiset of terms).
 */
export function termsByView(analyzer: Analyzer, text: string): TermsByView {
  if (analyzer.analyzeTerms) return analyzer.analyzeTerms(text)
  const out: TermsByView = { word: [], gram: [] }
  for (const token of analyzer.analyze(text)) out[token.view].push(token.term)
  return out
}

/**
 * Creates the MiniSearch instance of an index. Fields come in pairs (word view, gram view) analyzed from
 * the same text, and MiniSearch visits a document's fields in order, so the analysis of the word field is
 * reused for the gram field that follows it.
 */
export function miniSearchOptions(analyzer: Analyzer) {
  let lastText: string | undefined
  let lastTerms: TermsByView = { word: [], gram: [] }
  const tokenize = (text: string, fieldName?: string): string[] => {
    if (text !== lastText) {
      lastTerms = termsByView(analyzer, text)
      lastText = text
    }
    return lastTerms[FIELD_VIEW[(fieldName ?? 'summary') as IndexField] ?? 'word']
  }
  return {
    fields: [...INDEX_FIELDS],
    idField: 'id',
    storeFields: [],
    autoVacuum: false,
    tokenize,
    processTerm: (term: string) => term,
    extractField: (document: IndexedDocument, field: string) =>
      field === 'id' ? document.id : document[FIELD_SOURCE[field as IndexField]],
  }
}

const newFieldPostings = (): FieldPostings => new Map()

export class IndexCore implements SearchCore {
  readonly miniSearch: MiniSearch<IndexedDocument>
  readonly internals: MiniSearchInternals
  /** Per field id, the field length (unique terms) of each row, as MiniSearch counts it. */
  lengths: Uint32Array[] = INDEX_FIELDS.map(() => new Uint32Array(0))
  /** Bumped on every change; caches derived from the index compare against it. */
  revision = 0

  constructor(
    readonly analyzer: Analyzer,
    readonly settings: IndexSettings,
    readonly store: DocumentStore = new DocumentStore(),
    miniSearch?: MiniSearch<IndexedDocument>,
  ) {
    this.miniSearch = miniSearch ?? new MiniSearch<IndexedDocument>(miniSearchOptions(analyzer))
    this.internals = internalsOf(this.miniSearch)
  }

  get size(): number {
    return this.store.liveCount
  }

  get terms(): TermDictionary {
    return this.internals._index
  }

  get documentCount(): number {
    return this.internals._documentCount
  }

  get averageFieldLengths(): readonly number[] {
    return this.internals._avgFieldLength
  }

  rowOf(id: string): number | undefined {
    return this.internals._idToShortId.get(id)
  }

  /** Adds a paper; throws OptionsError when its id is already indexed. */
  add(paper: Paper): void {
    this.addWithCache(paper, undefined)
  }

  /**
   * Adds papers in order, as `add` one by one would, but keeps a term → postings hash map for the batch
   * so that each term of each document costs a hash lookup instead of a radix-tree walk (dropped after
   * the batch, so it never outlives a build).
   */
  addAll(papers: readonly Paper[]): void {
    const termCache = papers.length > 1 ? new Map<string, FieldPostings>() : undefined
    for (const paper of papers) this.addWithCache(paper, termCache)
  }

  private addWithCache(paper: Paper, termCache: Map<string, FieldPostings> | undefined): void {
    if (typeof paper?.id !== 'string' || paper.id === '') throw new OptionsError('a paper without an id cannot be indexed')
    if (this.internals._idToShortId.has(paper.id)) {
      throw new OptionsError(`paper '${paper.id}' is already in the index (use replace() to update it)`)
    }
    const stored = toStoredPaper(paper)
    const row = this.addToMiniSearch(indexedDocument(stored), termCache)
    this.store.set(row, stored)
    const lengths = this.internals._fieldLength.get(row) ?? []
    for (let f = 0; f < this.lengths.length; f++) {
      const column = ensureCapacity(this.lengths[f]!, row + 1)
      column[row] = lengths[f] ?? 0
      this.lengths[f] = column
    }
    this.revision++
  }

  /** Term frequencies of one field, reused across fields and documents (cleared before each use). */
  private readonly termCounts = new Map<string, number>()

  /**
   * What `MiniSearch.add` does, with the same resulting state (tested: byte-identical files, equal
   * results after removal through `MiniSearch.remove`), but terms are counted first, so each distinct
   * term of a field is looked up once (in `termCache` when given, else in the radix tree), and nothing is
   * allocated per term except new posting maps.
   */
  private addToMiniSearch(document: IndexedDocument, termCache: Map<string, FieldPostings> | undefined): number {
    const ms = this.internals
    const row = ms.addDocumentId(document.id)
    const counts = this.termCounts
    const index = ms._index
    let analyzedText: string | undefined
    let terms: TermsByView = { word: [], gram: [] }
    for (let fieldId = 0; fieldId < INDEX_FIELDS.length; fieldId++) {
      const field = INDEX_FIELDS[fieldId]!
      const text = document[FIELD_SOURCE[field]]
      if (text !== analyzedText) {
        terms = termsByView(this.analyzer, text)
        analyzedText = text
      }
      counts.clear()
      for (const term of terms[FIELD_VIEW[field]]) {
        if (term) counts.set(term, (counts.get(term) ?? 0) + 1)
      }
      ms.addFieldLength(row, fieldId, ms._documentCount - 1, counts.size)
      for (const [term, tf] of counts) {
        let data = termCache?.get(term)
        if (data === undefined) {
          data = index.fetch(term, newFieldPostings)
          termCache?.set(term, data)
        }
        const postings = data.get(fieldId)
        if (postings) postings.set(row, tf)
        else data.set(fieldId, new Map<number, number>().set(row, tf))
      }
    }
    counts.clear()
    return row
  }

  /** Removes a paper by id; throws OptionsError when it is not indexed. */
  remove(id: string): void {
    const row = this.rowOf(id)
    if (row === undefined) throw new OptionsError(`paper '${id}' is not in the index`)
    this.miniSearch.remove(indexedDocument(this.store.paper(row)))
    deleteRow(this.store, row)
    for (const column of this.lengths) if (row < column.length) column[row] = 0
    this.revision++
  }
}

/**
 * Frees a row of the store: its strings are dropped, its slot stays unused (rows are MiniSearch short
 * ids). Here rather than on DocumentStore because only a writable index removes papers.
 */
function deleteRow(store: DocumentStore, row: number): void {
  if (!store.alive[row]) return
  store.alive[row] = 0
  store.liveCount--
  store.ids[row] = undefined
  store.urls[row] = ''
  store.titles[row] = ''
  store.summaries[row] = ''
  store.dates[row] = []
  store.authorIds[row] = new Uint32Array(0)
  store.mediaUrls[row] = ''
  store.codeLinks[row] = []
  store.projectLinks[row] = []
}
