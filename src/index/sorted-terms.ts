// The term dictionary of a loaded index. The file stores terms in ascending order, so a sorted array
// (binary search for a prefix) and a hash map (exact lookup) are all a read-only index needs: no radix
// tree to build at load time, and none of MiniSearch's code in the browser bundle. Iteration runs in
// ascending term order (the file's).

import type { FieldPostings, TermDictionary } from './search-core.js'

export class SortedTerms implements TermDictionary {
  private readonly sorted: string[] = []
  private readonly byTerm = new Map<string, FieldPostings>()

  /** Appends a term; it must sort after every term appended before (the loader checks). */
  push(term: string, postings: FieldPostings): void {
    this.sorted.push(term)
    this.byTerm.set(term, postings)
  }

  get size(): number {
    return this.sorted.length
  }

  get(term: string): FieldPostings | undefined {
    return this.byTerm.get(term)
  }

  /**
   * Terms starting with `prefix`, in descending order: the order MiniSearch's radix tree (filled from
   * the same file) yields them, so prefix expansions add up their scores in the same order, to the bit.
   */
  *atPrefix(prefix: string): IterableIterator<[string, FieldPostings]> {
    const sorted = this.sorted
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    let end = lo
    while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++
    while (end > lo) {
      const term = sorted[--end]!
      yield [term, this.byTerm.get(term)!]
    }
  }

  [Symbol.iterator](): IterableIterator<[string, FieldPostings]> {
    return this.byTerm.entries()
  }
}
