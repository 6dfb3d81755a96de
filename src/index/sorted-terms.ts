// The term dictionary of a loaded index. The file stores terms in ascending order, so a sorted array
// (binary search for a prefix) and a hash map (exact lookup) are all a read-only index needs: no radix
// tree to build at load time, and none of MiniSearch's code in the browser bundle. Postings stay encoded
// in the file's bytes until a term is first read (most of a large index is never touched by a session).

import { decodePostings } from './postings.js'
import type { FieldPostings, TermDictionary } from './search-core.js'

/** UTF-16 code-unit order (the order of the file's terms), as a sort comparator. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The first index of `sorted` whose string is not below `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

export class SortedTerms implements TermDictionary {
  readonly #sorted: string[] = []
  /** Where each term's postings start in `source`. */
  readonly #offsets: number[] = []
  readonly #decoded: (FieldPostings | undefined)[] = []
  readonly #position = new Map<string, number>()

  /** `source`: the terms section, which the postings offsets point into. */
  constructor(readonly source: Uint8Array) {}

  /** Appends a term; it must sort after every term appended before (the loader checks). */
  push(term: string, offset: number): void {
    this.#position.set(term, this.#sorted.length)
    this.#sorted.push(term)
    this.#offsets.push(offset)
  }

  get size(): number {
    return this.#sorted.length
  }

  /** Term `i` (ascending order) and where its postings start in `source`. */
  encoded(i: number): [term: string, offset: number] {
    return [this.#sorted[i]!, this.#offsets[i]!]
  }

  #postings(i: number): FieldPostings {
    return (this.#decoded[i] ??= decodePostings(this.source, this.#offsets[i]!))
  }

  get(term: string): FieldPostings | undefined {
    const i = this.#position.get(term)
    return i === undefined ? undefined : this.#postings(i)
  }

  /**
   * Terms starting with `prefix`, in descending order: the order MiniSearch's radix tree (filled from
   * the same file) yields them, so prefix expansions add up their scores in the same order, to the bit.
   */
  *atPrefix(prefix: string): IterableIterator<[string, FieldPostings]> {
    const sorted = this.#sorted
    const lo = lowerBound(sorted, prefix)
    let end = lo
    while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++
    while (end > lo) {
      end--
      yield [sorted[end]!, this.#postings(end)]
    }
  }

  /** Every term in ascending order. */
  *[Symbol.iterator](): IterableIterator<[string, FieldPostings]> {
    for (let i = 0; i < this.#sorted.length; i++) yield [this.#sorted[i]!, this.#postings(i)]
  }
}
