// Defaults of the index and of ranking, gathered in one place. Ranking defaults are recorded in the
// index file, so a loaded index ranks exactly like the one that was built.

import type { IndexField } from './fields.js'

/** Per-field weights of BM25 scores. */
export type FieldBoosts = Record<IndexField, number>

/**
 * Title matches count more than summary matches; the gram view (character bigrams) is weighted below
 * the word view: it rescues compounds and spacing variants without outvoting whole-word matches.
 */
export const DEFAULT_FIELD_BOOSTS: Readonly<FieldBoosts> = {
  title: 2,
  titleGram: 1,
  summary: 1,
  summaryGram: 0.5,
  authors: 1.5,
}

/**
 * Weights of the ranking priors: the relevance score is multiplied by
 * `1 + votes * v + recency * r`, where `v` = log(1 + votes) / log(1 + 1000) capped at 1, and
 * `r` = 0.5 ^ (age in days / 365), age counted from the newest paper of the index. With these defaults a
 * hit gains at most 8%, so a match more than 8% weaker never outranks a stronger one.
 */
export const DEFAULT_PRIORS = { votes: 0.05, recency: 0.03 } as const

/** Vote count at which the vote prior saturates. */
export const VOTES_SATURATION = 1000
/** Half-life of the recency prior, in days. */
export const RECENCY_HALF_LIFE_DAYS = 365

/** MiniSearch's BM25+ parameters (its defaults). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const

/**
 * Gram-view query terms found in more than this fraction of papers are skipped: their IDF is near zero,
 * and their posting lists are the largest in the index (the main cost of a query at scale).
 */
export const MAX_GRAM_DOC_FRACTION = 0.2

/** A prefix query term expands to at most this many indexed terms (the most frequent ones). */
export const MAX_PREFIX_EXPANSIONS = 50

/** MiniSearch's weight of prefix expansions, scaled down with the length difference as MiniSearch does. */
export const PREFIX_WEIGHT = 0.375
