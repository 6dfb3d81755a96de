// Filters and facets for the plain MiniSearch baseline, computed the straightforward way an app on
// MiniSearch would: a filter callback on stored fields and one counting pass over every match.
import type { Paper, SearchFilter } from '../../src/model/index.js'

/** What the perf baseline stores per document: the indexed fields plus what results and facets need. */
export interface PlainStored {
  title: string
  summary: string
  authors: string
  url: string
  date: string
  votes: number | null
  media: 'image' | 'video' | 'none'
  hasCode: boolean
}

/** Stored fields of the perf baseline (indexed fields are title/summary/authors only). */
export const PLAIN_PERF_STORE_FIELDS = ['title', 'summary', 'authors', 'url', 'date', 'votes', 'media', 'hasCode'] as const

/** A paper as the perf baseline indexes and stores it. */
export function toPlainPerfDocument(p: Paper): PlainStored & { id: string } {
  return {
    id: p.id, title: p.title, summary: p.summary.text, authors: p.authors.join(', '), url: p.url, date: p.date,
    votes: p.votes, media: p.media?.kind ?? 'none', hasCode: p.links.code.length > 0,
  }
}

const asList = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

/**
 * A predicate with the filter semantics of hanseek's `SearchFilter` (values of a field OR-ed, fields AND-ed).
 *
 * @example
 * plainFilter({ year: 2024 })({ date: '2024-02-15', ... }) // true
 */
export function plainFilter(filter: SearchFilter): (doc: PlainStored) => boolean {
  const years = asList(filter.year)?.map(String)
  const months = asList(filter.month)
  const authors = asList(filter.author)?.map((a) => a.toLowerCase())
  const media = asList(filter.media)
  return (doc) => {
    if (years && !years.includes(doc.date.slice(0, 4))) return false
    if (months && !months.includes(doc.date.slice(0, 7))) return false
    if (media && !media.includes(doc.media)) return false
    if (filter.hasCode !== undefined && doc.hasCode !== filter.hasCode) return false
    if (authors) {
      const names = doc.authors.toLowerCase().split(', ')
      if (!authors.some((a) => names.includes(a))) return false
    }
    if (filter.votes) {
      const v = doc.votes
      if (v === null) return false
      const r = filter.votes
      if ((r.gte !== undefined && v < r.gte) || (r.gt !== undefined && v <= r.gt) ||
        (r.lte !== undefined && v > r.lte) || (r.lt !== undefined && v >= r.lt)) return false
    }
    if (filter.date) {
      if ((filter.date.gte && doc.date < filter.date.gte) || (filter.date.lte && doc.date > filter.date.lte)) return false
    }
    return true
  }
}

/** Vote buckets for the votes facet. */
export const VOTE_BUCKETS: readonly [label: string, min: number, max: number][] = [
  ['0-9', 0, 9], ['10-49', 10, 49], ['50-99', 50, 99], ['100+', 100, Number.POSITIVE_INFINITY],
]

/** Facet counts for the plain baseline: value → count per field, top `authorLimit` authors, vote min/max. */
export interface PlainFacets {
  year: [string, number][]
  month: [string, number][]
  author: [string, number][]
  media: [string, number][]
  hasCode: [string, number][]
  votes: [string, number][]
  votesMin: number | null
  votesMax: number | null
}

const sortCounts = (m: Map<string, number>, limit = Number.POSITIVE_INFINITY): [string, number][] =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit)

const bump = (m: Map<string, number>, key: string): void => {
  m.set(key, (m.get(key) ?? 0) + 1)
}

/** Counts every facet over all matches (one pass), sorted by count then value. */
export function plainFacets(matches: readonly PlainStored[], authorLimit = 10): PlainFacets {
  const year = new Map<string, number>()
  const month = new Map<string, number>()
  const author = new Map<string, number>()
  const media = new Map<string, number>()
  const hasCode = new Map<string, number>()
  const votes = new Map<string, number>()
  let votesMin: number | null = null
  let votesMax: number | null = null
  for (const d of matches) {
    bump(year, d.date.slice(0, 4))
    bump(month, d.date.slice(0, 7))
    for (const a of d.authors.split(', ')) if (a) bump(author, a)
    bump(media, d.media)
    bump(hasCode, String(d.hasCode))
    if (d.votes !== null) {
      votesMin = votesMin === null ? d.votes : Math.min(votesMin, d.votes)
      votesMax = votesMax === null ? d.votes : Math.max(votesMax, d.votes)
      const bucket = VOTE_BUCKETS.find(([, lo, hi]) => d.votes! >= lo && d.votes! <= hi)
      if (bucket) bump(votes, bucket[0])
    }
  }
  return {
    year: sortCounts(year), month: sortCounts(month), author: sortCounts(author, authorLimit),
    media: sortCounts(media), hasCode: sortCounts(hasCode), votes: sortCounts(votes), votesMin, votesMax,
  }
}
