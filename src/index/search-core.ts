// What searching reads from an index, and nothing it could change: the analyzer, ranking settings, stored
// papers, the term dictionary with its BM25 statistics. Two cores provide it: the one `loadIndex` decodes
// from a file (query side, src/index/loaded-core.ts) and the MiniSearch-backed one `hanseek/build` writes
// to (src/build/index-core.ts), so search, facets, suggest and highlight exist once for both.

import type { Analyzer } from '../analysis/types.js'
import type { FieldBoosts } from './defaults.js'
import type { DocumentStore } from './document-store.js'

/** term → field id → row → term frequency (MiniSearch's own posting layout). */
export type FieldPostings = Map<number, Map<number, number>>

/** Ranking settings recorded in the index (see defaults.ts). */
export interface IndexSettings {
  boosts: FieldBoosts
  priors: { votes: number; recency: number }
}

/** Read access to the term dictionary: exact lookup, prefix scan and every term. */
export interface TermDictionary {
  get(term: string): FieldPostings | undefined
  atPrefix(prefix: string): Iterable<[string, FieldPostings]>
  [Symbol.iterator](): Iterator<[string, FieldPostings]>
}

/** A searchable index core. Rows index the document store's columns and the field lengths. */
export interface SearchCore {
  readonly analyzer: Analyzer
  readonly settings: IndexSettings
  readonly store: DocumentStore
  readonly terms: TermDictionary
  /** Papers counted by BM25's IDF. */
  readonly documentCount: number
  /** Per field id, the average field length (BM25). */
  readonly averageFieldLengths: readonly number[]
  /** Per field id, the field length (unique terms) of each row. */
  readonly lengths: readonly Uint32Array[]
  /** Bumped on every change; caches derived from the index compare against it. */
  readonly revision: number
  rowOf(id: string): number | undefined
}
