import { describe, expect, it } from 'vitest'
import { selectTop } from '../../../src/query/top-k.js'

describe('selectTop', () => {
  const values = [5, 3, 9, 1, 9, 7, 2, 8, 6, 4, 0, 11, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20]
  const rows = Int32Array.from(values.keys())
  // Higher value first, ties by lower row.
  const before = (a: number, b: number) => (values[a] !== values[b] ? values[a]! > values[b]! : a < b)
  const expected = [...values.keys()].sort((a, b) => (before(a, b) ? -1 : 1))

  it.each([0, 1, 2, 3, 5, 10, 22, 30])('k = %d equals a full sort', (k) => {
    expect(selectTop(rows, rows.length, k, before)).toEqual(expected.slice(0, k))
  })

  it('only looks at the first `count` rows', () => {
    expect(selectTop(rows, 3, 2, before)).toEqual([2, 0])
  })
})
