// Values derived from a whole index (the suggest vocabulary, the newest date, ...) are cached per core
// and recomputed only after a writable index changes (it bumps `revision` on every add or remove).

import type { SearchCore } from '../index/search-core.js'

/**
 * `compute` wrapped so that it runs once per core and index revision.
 *
 * @example
 * const newestDay = perRevision((core) => scanNewest(core.store))
 */
export function perRevision<T>(compute: (core: SearchCore) => T): (core: SearchCore) => T {
  const cache = new WeakMap<SearchCore, { revision: number; value: T }>()
  return (core) => {
    const cached = cache.get(core)
    if (cached?.revision === core.revision) return cached.value
    const value = compute(core)
    cache.set(core, { revision: core.revision, value })
    return value
  }
}
