// The core of an index loaded from a file: read-only, every row alive, terms in a SortedTerms.

import type { Analyzer } from '../analysis/types.js'
import type { DocumentStore } from './document-store.js'
import type { IndexSettings, SearchCore } from './search-core.js'
import type { SortedTerms } from './sorted-terms.js'

export class LoadedCore implements SearchCore {
  readonly revision = 0

  constructor(
    readonly analyzer: Analyzer,
    readonly settings: IndexSettings,
    readonly store: DocumentStore,
    readonly terms: SortedTerms,
    readonly averageFieldLengths: readonly number[],
    readonly lengths: readonly Uint32Array[],
    private readonly rows: ReadonlyMap<string, number>,
  ) {}

  get documentCount(): number {
    return this.store.liveCount
  }

  rowOf(id: string): number | undefined {
    return this.rows.get(id)
  }
}
