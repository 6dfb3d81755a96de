// SortedTerms (the term dictionary of a loaded index) against MiniSearch's SearchableMap filled the way
// openIndex fills it (the file's ascending order): same lookups, same prefix scans in the same order.
import fc from 'fast-check'
import SearchableMap from 'minisearch/SearchableMap'
import { describe, expect, it } from 'vitest'
import type { FieldPostings } from '../../../src/index/search-core.js'
import { SortedTerms } from '../../../src/index/sorted-terms.js'
import { ByteWriter } from '../../../src/build/byte-writer.js'

/** Postings of `term` as the terms section encodes them: field 0, one row (the term's length), tf 1. */
function both(terms: string[]): { sorted: SortedTerms; tree: SearchableMap<FieldPostings> } {
  const unique = [...new Set(terms)].sort()
  const w = new ByteWriter()
  const offsets = unique.map((term) => {
    const offset = w.length
    w.uint(1)
    w.uint(0)
    w.uint(1)
    w.uint(term.length)
    w.uint(0)
    return offset
  })
  const sorted = new SortedTerms(w.finish())
  const tree = new SearchableMap<FieldPostings>()
  unique.forEach((term, i) => {
    sorted.push(term, offsets[i]!)
    tree.set(term, new Map([[0, new Map([[term.length, 1]])]]))
  })
  return { sorted, tree }
}

const keys = (entries: Iterable<[string, FieldPostings]>) => [...entries].map(([term]) => term)

describe('SortedTerms', () => {
  const { sorted } = both(['양자', '양자화', '양자화기', '언어', 'trans', 'transformer', 'transfer', 'tran'])

  it.each([
    ['양자', ['양자화기', '양자화', '양자']],
    ['양자화', ['양자화기', '양자화']],
    ['tran', ['transformer', 'transfer', 'trans', 'tran']],
    ['transf', ['transformer', 'transfer']],
    ['x', []],
    ['', ['언어', '양자화기', '양자화', '양자', 'transformer', 'transfer', 'trans', 'tran']],
  ])('atPrefix(%j) yields %j (descending)', (prefix, expected) => {
    expect(keys(sorted.atPrefix(prefix))).toEqual(expected)
  })

  it('looks up exact terms (decoding their postings once), iterates in ascending order and counts terms', () => {
    expect(sorted.get('양자화')?.get(0)?.get(3)).toBe(1)
    expect(sorted.get('양자화')).toBe(sorted.get('양자화'))
    expect(sorted.get('양')).toBeUndefined()
    expect(keys(sorted)).toEqual(['tran', 'trans', 'transfer', 'transformer', '양자', '양자화', '양자화기', '언어'])
    expect(sorted.size).toBe(8)
  })

  it('agrees with SearchableMap on lookups and on prefix scans, order included', () => {
    const term = fc.string({ unit: fc.constantFrom('a', 'b', 'ab', '가', '각', '\ud83d\ude00'), maxLength: 6 })
    fc.assert(
      fc.property(fc.array(term, { maxLength: 40 }), fc.array(term, { maxLength: 8 }), (terms, probes) => {
        const { sorted: s, tree } = both(terms)
        expect(keys(s).sort()).toEqual(keys(tree).sort())
        for (const probe of probes) {
          expect(s.get(probe)).toEqual(tree.get(probe))
          expect(keys(s.atPrefix(probe))).toEqual(keys(tree.atPrefix(probe)))
        }
      }),
    )
  })
})
