// Decoding one term's postings from the terms section of an index file (written by src/build/serialize.ts).

import { ByteReader } from './binary.js'
import type { FieldPostings } from './search-core.js'

/**
 * The postings at `offset` of `source`: field count, then per field its id, its size, and per row the
 * row delta (minus one) and the term frequency (minus one).
 */
export function decodePostings(source: Uint8Array, offset: number): FieldPostings {
  const r = new ByteReader(source)
  r.position = offset
  const out: FieldPostings = new Map()
  for (let fields = r.uint(); fields > 0; fields--) {
    const fieldId = r.uint()
    const postings = new Map<number, number>()
    let row = -1
    for (let size = r.uint(); size > 0; size--) {
      row += r.uint() + 1
      postings.set(row, r.uint() + 1)
    }
    out.set(fieldId, postings)
  }
  return out
}
