// hanseek/build keeps MiniSearch (pinned to 7.2.0) as the inverted index it writes to, and reads some of
// its private state for scoring, suggestions and serialization (through IndexCore, a SearchCore). This
// file is the only description of that state.

import type MiniSearch from 'minisearch'
import type { FieldPostings } from '../index/search-core.js'

/** The subset of SearchableMap hanseek uses. */
export interface TermMap {
  get(term: string): FieldPostings | undefined
  set(term: string, value: FieldPostings): unknown
  atPrefix(prefix: string): Iterable<[string, FieldPostings]>
  fetch(term: string, initial: () => FieldPostings): FieldPostings
  [Symbol.iterator](): Iterator<[string, FieldPostings]>
  readonly size: number
}

export interface MiniSearchInternals {
  _index: TermMap
  _documentCount: number
  _nextId: number
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
  _documentIds: Map<number, string>
  _idToShortId: Map<string, number>
  addDocumentId(id: string): number
  addFieldLength(row: number, fieldId: number, count: number, length: number): void
}

export function internalsOf(miniSearch: MiniSearch<never> | MiniSearch<any>): MiniSearchInternals {
  return miniSearch as unknown as MiniSearchInternals
}
