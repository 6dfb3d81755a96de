// Defaults of search, facets and suggestions, gathered in one place.

/** Hits per page. */
export const DEFAULT_LIMIT = 20
/** Author facet values returned (top N by count). */
export const DEFAULT_FACET_LIMIT = 10
/** Suggestions returned. */
export const DEFAULT_SUGGEST_LIMIT = 10

/** Vote ranges of the `votes` facet, inclusive; the last one is open-ended. Papers without votes are `none`. */
export const VOTE_BUCKETS: readonly { value: string; min: number; max: number }[] = [
  { value: '0', min: 0, max: 0 },
  { value: '1-9', min: 1, max: 9 },
  { value: '10-49', min: 10, max: 49 },
  { value: '50-99', min: 50, max: 99 },
  { value: '100+', min: 100, max: Number.POSITIVE_INFINITY },
]

/**
 * Query words are OR-ed; a paper's BM25 sum is multiplied by the number of query words it matched
 * (MiniSearch does the same per term), so papers matching more of a long question rank first.
 */
export const COORDINATION = true

/**
 * Score weight of a glossary synonym of a query word (`QueryWord.synonyms`, e.g. `moe` for `전문가 혼합`)
 * against the word's own terms (1): a paper written with another form of the concept matches, a little
 * below one using the query's own form. Tuned on the dev split of the judged queries (0.6-1.0 is a plateau there).
 */
export const SYNONYM_WEIGHT = 0.7
/**
 * Score weight of a part term of a query word (`언어`, `모델` of `언어모델`; `gpt`, `4o` of `gpt-4o`) against
 * its whole (1): a paper with the parts apart still matches, and a part from a wrong split (`알고` of
 * `알고리즘`) adds little. Chosen on the dev halves of the judged and held-out queries (0-0.5 is a plateau there).
 */
export const PART_WEIGHT = 0.5
/** Weight of a piece of a multi-word synonym (`reinforc` of `reinforcement learning`), relative to 1. */
export const SYNONYM_PART_WEIGHT = 0.35
/** Whether a piece of a multi-word synonym alone counts the query word as matched (coordination). */
export const SYNONYM_PART_COORDINATES = true

/**
 * The most words a query may have, counting free text, phrases, `title:`, `author:` and excluded words
 * together. A longer query gets a `QuerySyntaxError` instead of seconds of work: a question or a pasted
 * sentence is far below it, and the cost of a query grows with its words (each one scores its postings).
 */
export const MAX_QUERY_WORDS = 256
