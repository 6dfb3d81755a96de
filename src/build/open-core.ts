// A loaded (read-only) core turned into a writable, MiniSearch-backed one, for updating an index file.
// MiniSearch is restored with `MiniSearch.loadJS` for its scalar state and its term map is filled
// directly from the decoded terms, in the file's ascending order, which avoids building MiniSearch's
// intermediate JSON objects; the postings stay lazily decoded until first use.

import MiniSearch from 'minisearch'
import { INDEX_FIELDS, type IndexedDocument } from '../index/fields.js'
import type { LoadedCore } from '../index/loaded-core.js'
import { IndexCore, miniSearchOptions } from './index-core.js'
import { LazyFieldPostings } from './lazy-postings.js'

/** The writable core of the same index (it takes over `loaded`'s store and postings). */
export function openCore(loaded: LoadedCore): IndexCore {
  const count = loaded.store.rowCount
  const fieldIds: Record<string, number> = {}
  INDEX_FIELDS.forEach((field, i) => (fieldIds[field] = i))
  const miniSearch = MiniSearch.loadJS<IndexedDocument>(
    {
      documentCount: count,
      nextId: count,
      documentIds: {},
      fieldIds,
      fieldLength: {},
      averageFieldLength: [...loaded.averageFieldLengths],
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    miniSearchOptions(loaded.analyzer),
  )
  const core = new IndexCore(loaded.analyzer, loaded.settings, loaded.store, miniSearch)
  const internals = core.internals
  core.lengths = [...loaded.lengths]
  for (let row = 0; row < count; row++) {
    const id = loaded.store.ids[row]!
    internals._documentIds.set(row, id)
    internals._idToShortId.set(id, row)
    const fieldLength: number[] = new Array(INDEX_FIELDS.length)
    for (let f = 0; f < INDEX_FIELDS.length; f++) fieldLength[f] = core.lengths[f]![row]!
    internals._fieldLength.set(row, fieldLength)
  }
  const termMap = internals._index
  for (let i = 0; i < loaded.terms.size; i++) {
    const [term, offset] = loaded.terms.encoded(i)
    termMap.set(term, new LazyFieldPostings(loaded.terms.source, offset))
  }
  return core
}
