import { describe, expect, it } from 'vitest'
import { plainFacets, plainFilter, type PlainStored } from '../../../bench/lib/plain-facets.js'
import type { SearchFilter } from '../../../src/model/index.js'

// Documents written for this test.
const doc = (date: string, authors: string, votes: number | null, media: PlainStored['media'], hasCode: boolean): PlainStored =>
  ({ title: 't', summary: 's', url: 'https://example.org', date, authors, votes, media, hasCode })

const docs: PlainStored[] = [
  doc('2024-02-15', 'Kim A, Lee B', 12, 'video', true),
  doc('2024-03-01', 'Kim A', 3, 'image', false),
  doc('2025-03-10', 'Park C', null, 'none', false),
  doc('2025-03-11', 'Lee B, Park C', 150, 'image', true),
]

describe('plainFilter', () => {
  it.each<{ filter: SearchFilter; want: number[] }>([
    { filter: {}, want: [0, 1, 2, 3] },
    { filter: { year: 2024 }, want: [0, 1] },
    { filter: { year: [2024, 2025], media: 'image' }, want: [1, 3] },
    { filter: { month: '2025-03' }, want: [2, 3] },
    { filter: { author: 'park c' }, want: [2, 3] },
    { filter: { hasCode: true }, want: [0, 3] },
    { filter: { votes: { gte: 10 } }, want: [0, 3] },
    { filter: { votes: { gt: 3, lt: 150 } }, want: [0] },
    { filter: { date: { gte: '2024-03-01', lte: '2025-03-10' } }, want: [1, 2] },
  ])('$filter keeps $want', ({ filter, want }) => {
    const keep = plainFilter(filter)
    expect(docs.map((d, i) => (keep(d) ? i : -1)).filter((i) => i >= 0)).toEqual(want)
  })
})

describe('plainFacets', () => {
  it('counts every field over all matches, sorted by count then value', () => {
    const f = plainFacets(docs, 2)
    expect(f.year).toEqual([['2024', 2], ['2025', 2]])
    expect(f.month).toEqual([['2025-03', 2], ['2024-02', 1], ['2024-03', 1]])
    expect(f.author).toEqual([['Kim A', 2], ['Lee B', 2]])
    expect(f.media).toEqual([['image', 2], ['none', 1], ['video', 1]])
    expect(f.hasCode).toEqual([['false', 2], ['true', 2]])
    expect(f.votes).toEqual([['0-9', 1], ['10-49', 1], ['100+', 1]])
    expect([f.votesMin, f.votesMax]).toEqual([3, 150])
  })

  it('has no vote bounds when no match has votes', () => {
    const f = plainFacets([docs[2]!])
    expect([f.votesMin, f.votesMax]).toEqual([null, null])
    expect(f.votes).toEqual([])
  })
})
