import type { PaperMedia } from './paper.js'

/** The fields a search can be faceted and filtered on. */
export type FacetField = 'year' | 'month' | 'author' | 'media' | 'hasCode' | 'votes'

/** How results are ordered. `relevance` (default) is BM25 with the optional priors. */
export type SortOrder = 'relevance' | 'date' | 'votes'

/** A numeric range; every bound is optional and inclusive unless named `gt`/`lt`. */
export interface NumberRange {
  gte?: number
  gt?: number
  lte?: number
  lt?: number
}

/**
 * Filters on stored fields. Values of one field are OR-ed (`year: [2023, 2024]`), fields are AND-ed.
 *
 * @example
 * { year: 2024, votes: { gte: 10 }, author: 'Denny Zhou', hasCode: true }
 */
export interface SearchFilter {
  year?: number | number[]
  /** `YYYY-MM`. */
  month?: string | string[]
  /** Exact author name (case- and width-insensitive). */
  author?: string | string[]
  /** `image`, `video` or `none`. */
  media?: MediaFacetValue | MediaFacetValue[]
  hasCode?: boolean
  votes?: NumberRange
  /** ISO dates, inclusive: `{ gte: '2024-01-01', lte: '2024-03-31' }`. */
  date?: { gte?: string; lte?: string }
}

export type MediaFacetValue = PaperMedia['kind'] | 'none'

/**
 * A query in structured form; `parseQuery` turns the query syntax into this, and `search` accepts either.
 *
 * @example
 * { text: '양자화 transformer', phrases: ['chain of thought'], exclude: ['survey'], filter: { year: 2024 } }
 */
export interface StructuredQuery {
  /** Free text in any script, analyzed like the documents; words are OR-ed and ranked by BM25. */
  text?: string
  /** Exact phrases that must each appear in the title or summary (after normalization). */
  phrases?: string[]
  /** Words or phrases no hit may contain. */
  exclude?: string[]
  /** Text that must match in the title (`title:diffusion`). */
  title?: string[]
  /** Author names or name parts that must match (`author:"Denny Zhou"`). */
  author?: string[]
  /** Filters given in the query string (`year:2024`, `votes:>=10`, `has:code`); merged with options.filter. */
  filter?: SearchFilter
}

/** One value of a facet with its count over the whole match set. */
export interface FacetValue {
  value: string
  count: number
  /** Whether the request's filter selects this value. */
  selected: boolean
}

/** Minimum and maximum of a numeric field over the match set (votes), null when no hit has a value. */
export interface FacetStats {
  min: number | null
  max: number | null
}

/** Highlighted fragments of a hit, HTML-escaped with `<mark>` as the only markup. */
export interface HitHighlights {
  title: string
  /** The best passage of the summary around matched terms. */
  snippet: string
  authors?: string
}
