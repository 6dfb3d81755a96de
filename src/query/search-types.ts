import type { StoredPaper } from '../index/stored-paper.js'
import type {
  FacetField,
  FacetStats,
  FacetValue,
  HitHighlights,
  SearchFilter,
  SortOrder,
  StructuredQuery,
} from '../model/search.js'

/** Weights of the ranking priors (see DEFAULT_PRIORS); 0 turns one off. */
export interface PriorWeights {
  /** Weight of log-scaled votes, in [0, 1]. */
  votes?: number
  /** Weight of recency (half-life one year, from the newest paper), in [0, 1]. */
  recency?: number
}

/**
 * Options of `PaperIndex.search`.
 *
 * @example
 * index.search('양자화', { filter: { year: 2024 }, facets: ['year', 'author'], limit: 10, highlight: true })
 */
export interface SearchOptions {
  /** Filters, merged (AND) with those written in the query string. */
  filter?: SearchFilter
  /** Facets to count over the whole match set (disjunctive: a field ignores its own selection). */
  facets?: FacetField[]
  /** Hits per page. Default 20. */
  limit?: number
  /** Hits to skip. Default 0. */
  offset?: number
  /** `relevance` (default with words), `date` (default in browse mode), or `votes`. */
  sort?: SortOrder
  /** Add `<mark>`ed title and snippet to each hit. Default false. */
  highlight?: boolean
  /** Treat the last word as a prefix (search-as-you-type). Default false. */
  prefix?: boolean
  /** Prior weights for relevance ranking, or false for pure BM25. Default: the index's settings. */
  priors?: PriorWeights | false
  /** How many author values to return. Default 10 (selected authors are always included). */
  facetLimit?: number
}

/** One search hit. `score` is the relevance score (priors included); 0 in browse mode. */
export interface SearchHit {
  id: string
  score: number
  paper: StoredPaper
  highlights?: HitHighlights
}

/** What `search` returns. */
export interface SearchResults {
  /** Number of papers matching the query and filters (all pages). */
  total: number
  hits: SearchHit[]
  facets: Partial<Record<FacetField, FacetValue[]>>
  facetStats: { votes?: FacetStats }
  /** The query as understood (parsed from the string, or the structured query given). */
  query: StructuredQuery
}

/** A completion of what the user is typing. */
export interface Suggestion {
  /** The whole query with its last word completed (`언어 모델 양자화`). */
  text: string
  /** The completed last word, or a title. */
  completion: string
  /** `term`: an indexed word; `title`: a paper title containing a word that starts with the prefix. */
  kind: 'term' | 'title'
  /** How many papers contain the term (for a title: the paper's votes, or 0). */
  count: number
  /** The paper id, for title suggestions. */
  id?: string
}
