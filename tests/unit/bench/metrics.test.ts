import { describe, expect, it } from 'vitest'
import {
  firstRelevantRank,
  meanScores,
  ndcgAt,
  percentile,
  recallAt,
  reciprocalRankAt,
  scoreQuery,
} from '../../../bench/lib/metrics.js'

const log2 = Math.log2

describe('reciprocalRankAt', () => {
  it.each([
    { ranked: ['a', 'b', 'c'], relevant: ['a'], k: 10, want: 1 },
    { ranked: ['x', 'y', 'a'], relevant: ['a'], k: 10, want: 1 / 3 },
    { ranked: ['x', 'a', 'b'], relevant: ['a', 'b'], k: 10, want: 1 / 2 },
    { ranked: ['x', 'y', 'a'], relevant: ['a'], k: 2, want: 0 },
    { ranked: [], relevant: ['a'], k: 10, want: 0 },
    { ranked: ['x'], relevant: [], k: 10, want: 0 },
  ])('$ranked vs $relevant at $k = $want', ({ ranked, relevant, k, want }) => {
    expect(reciprocalRankAt(ranked, new Set(relevant), k)).toBeCloseTo(want, 12)
  })
})

describe('ndcgAt', () => {
  it.each([
    { ranked: ['a'], relevant: ['a'], k: 10, want: 1 },
    { ranked: ['x', 'a'], relevant: ['a'], k: 10, want: 1 / log2(3) },
    // Two relevant at ranks 1 and 3: (1 + 1/2) / (1 + 1/log2(3)).
    { ranked: ['a', 'x', 'b'], relevant: ['a', 'b'], k: 10, want: (1 + 1 / 2) / (1 + 1 / log2(3)) },
    // Ideal DCG is capped at k relevant ids: 3 relevant, k = 2, both top slots hit = 1.
    { ranked: ['a', 'b', 'c'], relevant: ['a', 'b', 'c'], k: 2, want: 1 },
    { ranked: ['x', 'y'], relevant: ['a'], k: 10, want: 0 },
    { ranked: ['a', 'a'], relevant: ['a', 'b'], k: 10, want: 1 / (1 + 1 / log2(3)) },
    { ranked: ['a'], relevant: [], k: 10, want: 0 },
  ])('$ranked vs $relevant at $k', ({ ranked, relevant, k, want }) => {
    expect(ndcgAt(ranked, new Set(relevant), k)).toBeCloseTo(want, 12)
  })
})

describe('recallAt', () => {
  it.each([
    { ranked: ['a', 'x', 'b'], relevant: ['a', 'b', 'c', 'd'], k: 2, want: 0.25 },
    { ranked: ['a', 'x', 'b'], relevant: ['a', 'b', 'c', 'd'], k: 3, want: 0.5 },
    { ranked: ['a', 'a'], relevant: ['a', 'b'], k: 10, want: 0.5 },
    { ranked: [], relevant: ['a'], k: 10, want: 0 },
    { ranked: ['a'], relevant: [], k: 10, want: 0 },
  ])('$ranked vs $relevant at $k = $want', ({ ranked, relevant, k, want }) => {
    expect(recallAt(ranked, new Set(relevant), k)).toBeCloseTo(want, 12)
  })
})

describe('firstRelevantRank', () => {
  it.each([
    { ranked: ['x', 'y', 'a'], relevant: ['a'], want: 3 },
    { ranked: ['a'], relevant: ['a'], want: 1 },
    { ranked: ['x'], relevant: ['a'], want: null },
  ])('$ranked vs $relevant = $want', ({ ranked, relevant, want }) => {
    expect(firstRelevantRank(ranked, new Set(relevant))).toBe(want)
  })
})

describe('scoreQuery and meanScores', () => {
  it('scores one query with all three metrics', () => {
    const s = scoreQuery(['x', 'b'], ['b'], 10)
    expect(s.mrr).toBeCloseTo(0.5, 12)
    expect(s.ndcg).toBeCloseTo(1 / log2(3), 12)
    expect(s.recall).toBe(1)
  })

  it('averages per metric and gives zeros for no queries', () => {
    expect(meanScores([
      { mrr: 1, ndcg: 0.5, recall: 1 },
      { mrr: 0, ndcg: 0.25, recall: 0.5 },
    ])).toEqual({ mrr: 0.5, ndcg: 0.375, recall: 0.75 })
    expect(meanScores([])).toEqual({ mrr: 0, ndcg: 0, recall: 0 })
  })
})

describe('percentile (nearest rank)', () => {
  it.each([
    { values: [5, 1, 3, 2, 4], q: 0.5, want: 3 },
    { values: [5, 1, 3, 2, 4], q: 0.95, want: 5 },
    { values: [5, 1, 3, 2, 4], q: 0, want: 1 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), q: 0.95, want: 95 },
    { values: [7], q: 0.5, want: 7 },
  ])('$q of $values.length values = $want', ({ values, q, want }) => {
    expect(percentile(values, q)).toBe(want)
  })

  it('is NaN for an empty sample', () => {
    expect(percentile([], 0.5)).toBeNaN()
  })
})
