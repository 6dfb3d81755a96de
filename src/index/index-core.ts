// The mutable heart of a PaperIndex: MiniSearch (inverted index, BM25 statistics) plus the columnar
// document store, kept in step. Rows are MiniSearch short ids. Removal goes through MiniSearch `remove`
// with the stored texts (not `discard`), so posting lists and IDF stay exactly those of a fresh build.

import MiniSearch from 'minisearch'
import type { Analyzer, Token } from '../analysis/types.js'
import { OptionsError } from '../model/errors.js'
import type { Paper } from '../model/paper.js'
import { type FieldBoosts } from './defaults.js'
import { DocumentStore } from './document-store.js'
import { FIELD_SOURCE, FIELD_VIEW, INDEX_FIELDS, type IndexedDocument, type IndexField } from './fields.js'
import { ensureCapacity } from './growable.js'
import { internalsOf, type MiniSearchInternals } from './minisearch-internals.js'
import type { StoredPaper } from './stored-paper.js'

/** Ranking settings recorded in the index (see defaults.ts). */
export interface IndexSettings {
  boosts: FieldBoosts
  priors: { votes: number; recency: number }
}

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
 * Creates the MiniSearch instance of an index. Fields come in pairs (word view, gram view) analyzed from
 * the same text, and MiniSearch visits a document's fields in order, so the analysis of the word field is
 * reused for the gram field that follows it.
 */
export function miniSearchOptions(analyzer: Analyzer) {
  let lastText: string | undefined
  let lastTokens: Token[] = []
  const tokenize = (text: string, fieldName?: string): string[] => {
    if (text !== lastText) {
      lastTokens = analyzer.analyze(text)
      lastText = text
    }
    const view = FIELD_VIEW[(fieldName ?? 'summary') as IndexField] ?? 'word'
    const out: string[] = []
    for (const token of lastTokens) if (token.view === view) out.push(token.term)
    return out
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

export class IndexCore {
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

  rowOf(id: string): number | undefined {
    return this.internals._idToShortId.get(id)
  }

  /** Adds a paper; throws OptionsError when its id is already indexed. */
  add(paper: Paper): void {
    if (typeof paper?.id !== 'string' || paper.id === '') throw new OptionsError('a paper without an id cannot be indexed')
    if (this.internals._idToShortId.has(paper.id)) {
      throw new OptionsError(`paper '${paper.id}' is already in the index (use replace() to update it)`)
    }
    const stored = toStoredPaper(paper)
    const row = this.addToMiniSearch(indexedDocument(stored))
    this.store.set(row, stored)
    const lengths = this.internals._fieldLength.get(row) ?? []
    for (let f = 0; f < this.lengths.length; f++) {
      const column = ensureCapacity(this.lengths[f]!, row + 1)
      column[row] = lengths[f] ?? 0
      this.lengths[f] = column
    }
    this.revision++
  }

  /**
   * What `MiniSearch.add` does, with the same resulting state (tested: byte-identical files, equal
   * results after removal through `MiniSearch.remove`), but each distinct term of a document is looked
   * up in the radix tree once, with its frequency, instead of once per occurrence and per field.
   */
  private addToMiniSearch(document: IndexedDocument): number {
    const ms = this.internals
    const row = ms.addDocumentId(document.id)
    const byTerm = new Map<string, Map<number, number>>()
    let analyzedText: string | undefined
    let tokens: Token[] = []
    for (let fieldId = 0; fieldId < INDEX_FIELDS.length; fieldId++) {
      const field = INDEX_FIELDS[fieldId]!
      const text = document[FIELD_SOURCE[field]]
      if (text !== analyzedText) {
        tokens = this.analyzer.analyze(text)
        analyzedText = text
      }
      const view = FIELD_VIEW[field]
      const counts = new Map<string, number>()
      for (const token of tokens) {
        if (token.view !== view || !token.term) continue
        counts.set(token.term, (counts.get(token.term) ?? 0) + 1)
      }
      ms.addFieldLength(row, fieldId, ms._documentCount - 1, counts.size)
      for (const [term, tf] of counts) {
        let perField = byTerm.get(term)
        if (!perField) byTerm.set(term, (perField = new Map()))
        perField.set(fieldId, tf)
      }
    }
    for (const [term, perField] of byTerm) {
      const data = ms._index.fetch(term, () => new Map())
      for (const [fieldId, tf] of perField) {
        const postings = data.get(fieldId)
        if (postings) postings.set(row, tf)
        else data.set(fieldId, new Map([[row, tf]]))
      }
    }
    return row
  }

  /** Removes a paper by id; throws OptionsError when it is not indexed. */
  remove(id: string): void {
    const row = this.rowOf(id)
    if (row === undefined) throw new OptionsError(`paper '${id}' is not in the index`)
    this.miniSearch.remove(indexedDocument(this.store.paper(row)))
    this.store.delete(row)
    for (const column of this.lengths) if (row < column.length) column[row] = 0
    this.revision++
  }

  /** Live rows in row order. */
  liveRows(): number[] {
    const rows: number[] = []
    const alive = this.store.alive
    for (let row = 0; row < this.store.rowCount; row++) if (alive[row]) rows.push(row)
    return rows
  }
}
