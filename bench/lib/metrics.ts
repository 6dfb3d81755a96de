// Ranking metrics for the judged retrieval bench. Binary relevance: a paper is relevant or not.

/**
 * Reciprocal rank of the first relevant id within the top `k`, or 0 when none is there.
 *
 * @example
 * reciprocalRankAt(['b', 'a'], new Set(['a']), 10) // 0.5
 */
export function reciprocalRankAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const depth = Math.min(k, ranked.length)
  for (let i = 0; i < depth; i++) {
    if (relevant.has(ranked[i]!)) return 1 / (i + 1)
  }
  return 0
}

/**
 * Normalized discounted cumulative gain at `k` with binary gains (log2 discount, rank 1 undiscounted).
 * The ideal ranking puts min(k, |relevant|) relevant ids first. 0 when nothing is relevant.
 *
 * @example
 * ndcgAt(['x', 'a'], new Set(['a']), 10) // 1 / log2(3) ≈ 0.631
 */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0
  let dcg = 0
  const depth = Math.min(k, ranked.length)
  const seen = new Set<string>()
  for (let i = 0; i < depth; i++) {
    const id = ranked[i]!
    // A duplicate id in a ranking must not earn its gain twice.
    if (relevant.has(id) && !seen.has(id)) dcg += 1 / Math.log2(i + 2)
    seen.add(id)
  }
  let ideal = 0
  const idealCount = Math.min(k, relevant.size)
  for (let i = 0; i < idealCount; i++) ideal += 1 / Math.log2(i + 2)
  return dcg / ideal
}

/**
 * Fraction of the relevant ids found in the top `k`. 0 when nothing is relevant.
 *
 * @example
 * recallAt(['a', 'x', 'b'], new Set(['a', 'b', 'c', 'd']), 2) // 0.25
 */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0
  const found = new Set<string>()
  const depth = Math.min(k, ranked.length)
  for (let i = 0; i < depth; i++) {
    const id = ranked[i]!
    if (relevant.has(id)) found.add(id)
  }
  return found.size / relevant.size
}

/**
 * 1-based rank of the first relevant id anywhere in the ranking, or null when none is ranked.
 *
 * @example
 * firstRelevantRank(['x', 'y', 'a'], new Set(['a'])) // 3
 */
export function firstRelevantRank(ranked: readonly string[], relevant: ReadonlySet<string>): number | null {
  const index = ranked.findIndex((id) => relevant.has(id))
  return index < 0 ? null : index + 1
}

/** The three per-query scores the bench averages. */
export interface QueryScores {
  mrr: number
  ndcg: number
  recall: number
}

/**
 * All three metrics of one query at cut-off `k`.
 *
 * @example
 * scoreQuery(['a', 'b'], ['b'], 10) // { mrr: 0.5, ndcg: 0.63..., recall: 1 }
 */
export function scoreQuery(ranked: readonly string[], relevantIds: readonly string[], k: number): QueryScores {
  const relevant = new Set(relevantIds)
  return {
    mrr: reciprocalRankAt(ranked, relevant, k),
    ndcg: ndcgAt(ranked, relevant, k),
    recall: recallAt(ranked, relevant, k),
  }
}

/**
 * Mean of each metric over many queries; all zeros for an empty list.
 *
 * @example
 * meanScores([{ mrr: 1, ndcg: 1, recall: 1 }, { mrr: 0, ndcg: 0, recall: 0 }]) // { mrr: 0.5, ... }
 */
export function meanScores(scores: readonly QueryScores[]): QueryScores {
  if (scores.length === 0) return { mrr: 0, ndcg: 0, recall: 0 }
  let mrr = 0
  let ndcg = 0
  let recall = 0
  for (const s of scores) {
    mrr += s.mrr
    ndcg += s.ndcg
    recall += s.recall
  }
  return { mrr: mrr / scores.length, ndcg: ndcg / scores.length, recall: recall / scores.length }
}

/**
 * Value at quantile `q` (0..1) of a sample, nearest-rank method on a sorted copy; NaN for an empty sample.
 *
 * @example
 * percentile([5, 1, 3, 2, 4], 0.5) // 3
 */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]!
}
