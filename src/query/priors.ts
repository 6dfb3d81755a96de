// Ranking priors: a bounded multiplier on the relevance score (see DEFAULT_PRIORS), so they reorder
// near-ties but never let a clearly weaker match pass a stronger one.

import { RECENCY_HALF_LIFE_DAYS, VOTES_SATURATION } from '../index/defaults.js'
import { dayNumber, type DocumentStore } from '../index/document-store.js'
import type { SearchCore } from '../index/search-core.js'
import { OptionsError } from '../model/errors.js'
import { perRevision } from './per-revision.js'
import type { PriorWeights } from './search-types.js'

const LOG_SATURATION = Math.log1p(VOTES_SATURATION)

/** Checks prior weights: each in [0, 1]. */
export function resolvePriors(given: PriorWeights | false | undefined, defaults: { votes: number; recency: number }): { votes: number; recency: number } {
  if (given === false) return { votes: 0, recency: 0 }
  const out = { votes: given?.votes ?? defaults.votes, recency: given?.recency ?? defaults.recency }
  for (const [name, value] of Object.entries(out)) {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new OptionsError(`priors.${name} must be a number from 0 to 1, got ${JSON.stringify(value)}`)
  }
  return out
}

/** The largest factor priors can apply: 1 + votes + recency weights. */
export function maxPriorFactor(weights: { votes: number; recency: number }): number {
  return 1 + weights.votes + weights.recency
}

/** Computes `row`'s multiplier; `newestDay` is the day number of the index's newest paper. */
export function priorFactor(store: DocumentStore, row: number, weights: { votes: number; recency: number }, newestDay: number): number {
  let factor = 1
  if (weights.votes > 0) {
    const v = store.votes[row]!
    if (v > 0) factor += weights.votes * Math.min(1, Math.log1p(v) / LOG_SATURATION)
  }
  if (weights.recency > 0) {
    const age = Math.max(0, newestDay - dayNumber(store.dateNum[row]!))
    factor += weights.recency * Math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS)
  }
  return factor
}

/**
 * Every row's prior factor for one set of weights, computed once per index revision (the per-row
 * arithmetic, dates included, would otherwise run for every match of every query).
 */
const lastFactors = perRevision((): { key?: string; factors?: Float64Array } => ({}))

export function priorFactors(core: SearchCore, weights: { votes: number; recency: number }, newestDay: number): Float64Array {
  const key = `${weights.votes}:${weights.recency}:${newestDay}`
  const cached = lastFactors(core)
  const store = core.store
  if (cached.key !== key || !cached.factors) {
    cached.key = key
    cached.factors = new Float64Array(store.rowCount)
    for (let row = 0; row < store.rowCount; row++) if (store.alive[row]) cached.factors[row] = priorFactor(store, row, weights, newestDay)
  }
  return cached.factors
}
