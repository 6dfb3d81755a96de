// The core of an index loaded from a file: read-only, every row alive, terms in a SortedTerms.

import type { SearchCore } from './search-core.js'
import type { SortedTerms } from './sorted-terms.js'

export interface LoadedCore extends SearchCore {
  readonly terms: SortedTerms
}

/** A read-only core over the decoded parts of a file; `rows` gives each paper id's row. */
export function loadedCore(
  parts: Omit<LoadedCore, 'documentCount' | 'revision' | 'rowOf'>,
  rows: ReadonlyMap<string, number>,
): LoadedCore {
  return {
    ...parts,
    revision: 0,
    get documentCount() {
      return parts.store.liveCount
    },
    rowOf: (id) => rows.get(id),
  }
}
