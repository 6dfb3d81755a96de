// Selects the first k rows of a match set in result order without sorting all of it: a bounded heap
// (worst kept row on top) costs O(n log k), which matters when a common word matches 100k papers.

/** `before(a, b)` is true when row a comes before row b in the results. */
export type RowOrder = (a: number, b: number) => boolean

/** The first `k` of `rows[0..count)` in order. */
export function selectTop(rows: Int32Array, count: number, k: number, before: RowOrder): number[] {
  if (k <= 0 || count === 0) return []
  const compare = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)
  if (k >= count / 4) return Array.from(rows.subarray(0, count)).sort(compare).slice(0, k)
  const heap: number[] = []
  // Max-heap on "comes later": heap[0] is the worst of the kept rows.
  const later = (a: number, b: number) => before(b, a)
  for (let i = 0; i < count; i++) {
    const row = rows[i]!
    if (heap.length < k) {
      heap.push(row)
      let c = heap.length - 1
      while (c > 0) {
        const p = (c - 1) >> 1
        if (!later(heap[c]!, heap[p]!)) break
        ;[heap[c], heap[p]] = [heap[p]!, heap[c]!]
        c = p
      }
    } else if (before(row, heap[0]!)) {
      heap[0] = row
      let p = 0
      for (;;) {
        const l = 2 * p + 1
        const r = l + 1
        let m = p
        if (l < k && later(heap[l]!, heap[m]!)) m = l
        if (r < k && later(heap[r]!, heap[m]!)) m = r
        if (m === p) break
        ;[heap[m], heap[p]] = [heap[p]!, heap[m]!]
        p = m
      }
    }
  }
  return heap.sort(compare)
}
