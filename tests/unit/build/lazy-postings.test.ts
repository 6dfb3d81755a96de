import { describe, expect, it } from 'vitest'
import { ByteWriter } from '../../../src/build/byte-writer.js'
import { LazyFieldPostings } from '../../../src/build/lazy-postings.js'

/** Encodes field postings as the terms section does (field count, then id, size, row deltas, tf - 1). */
function encode(fields: [number, [number, number][]][]): Uint8Array {
  const w = new ByteWriter()
  w.uint(7) // unrelated leading byte, so the offset matters
  w.uint(fields.length)
  for (const [id, postings] of fields) {
    w.uint(id)
    w.uint(postings.length)
    let prev = -1
    for (const [row, tf] of postings) {
      w.uint(row - prev - 1)
      w.uint(tf - 1)
      prev = row
    }
  }
  return w.finish()
}

const FIELDS: [number, [number, number][]][] = [[0, [[1, 2], [5, 1]]], [3, [[0, 1], [200, 9]]]]
const expected = new Map(FIELDS.map(([id, p]) => [id, new Map(p)]))

describe('LazyFieldPostings', () => {
  const cases: [string, (m: Map<number, Map<number, number>>) => unknown][] = [
    ['size', (m) => m.size],
    ['get', (m) => [...(m.get(3) ?? [])]],
    ['has', (m) => [m.has(0), m.has(1)]],
    ['iterator', (m) => [...m].map(([k, v]) => [k, [...v]])],
    ['entries', (m) => [...m.entries()].map(([k, v]) => [k, [...v]])],
    ['keys', (m) => [...m.keys()]],
    ['values', (m) => [...m.values()].map((v) => [...v])],
    ['forEach', (m) => { const out: number[] = []; m.forEach((v, k) => out.push(k, v.size)); return out }],
    ['delete then size', (m) => [m.delete(0), m.size]],
    ['set then keys', (m) => [...m.set(4, new Map([[2, 1]])).keys()]],
  ]
  it.each(cases)('%s on first use equals a decoded Map', (_name, use) => {
    const lazy = new LazyFieldPostings(encode(FIELDS), 1)
    const plain = new Map([...expected].map(([k, v]) => [k, new Map(v)]))
    expect(use(lazy)).toEqual(use(plain))
  })

  it('clear before first use leaves it empty', () => {
    const lazy = new LazyFieldPostings(encode(FIELDS), 1)
    lazy.clear()
    expect(lazy.size).toBe(0)
  })
})
