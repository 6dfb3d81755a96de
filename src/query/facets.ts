// Disjunctive facet counts over the whole match set: a row counts for facet F when it passes every
// filter except possibly F's own (so a selected year still shows the other years' counts, as in
// Meilisearch, Algolia and Pagefind). Counting reads typed-array columns only.

import type { DocumentStore } from '../index/document-store.js'
import { MEDIA_KINDS } from '../index/document-store.js'
import type { FacetField, FacetStats, FacetValue } from '../model/search.js'
import { VOTE_BUCKETS } from './defaults.js'
import { FACET_BIT, NON_FACET_BITS, type CompiledFilter } from './filters.js'

function byCountThenValue(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
}

export class FacetCounter {
  private readonly want: Record<FacetField, boolean>
  private readonly years = new Map<number, number>()
  private readonly months = new Map<number, number>()
  private readonly authorCounts: Uint32Array
  private readonly touchedAuthors: number[] = []
  private readonly media = new Uint32Array(3)
  private readonly code = new Uint32Array(2)
  private readonly voteBuckets = new Uint32Array(VOTE_BUCKETS.length + 1)
  private votesMin = Number.POSITIVE_INFINITY
  private votesMax = Number.NEGATIVE_INFINITY

  constructor(
    fields: readonly FacetField[],
    private readonly store: DocumentStore,
    private readonly filter: CompiledFilter,
  ) {
    this.want = { year: false, month: false, author: false, media: false, hasCode: false, votes: false }
    for (const f of fields) this.want[f] = true
    this.authorCounts = new Uint32Array(this.want.author ? store.authors.size : 0)
  }

  /** Counts `row`, given its failure mask (see failureMask). */
  add(row: number, mask: number): void {
    if (mask & NON_FACET_BITS) return
    const s = this.store
    const w = this.want
    // mask is 0 (a hit: counts everywhere) or a single facet bit (counts for that facet only).
    if (w.year || w.month) {
      const date = s.dateNum[row]!
      if (w.year && (mask === 0 || mask === FACET_BIT.year)) {
        const y = Math.floor(date / 10000)
        this.years.set(y, (this.years.get(y) ?? 0) + 1)
      }
      if (w.month && (mask === 0 || mask === FACET_BIT.month)) {
        const m = Math.floor(date / 100)
        this.months.set(m, (this.months.get(m) ?? 0) + 1)
      }
    }
    if (w.author && (mask === 0 || mask === FACET_BIT.author)) {
      const ids = s.authorIds[row]!
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!
        if (this.authorCounts[id] === 0) this.touchedAuthors.push(id)
        this.authorCounts[id]!++
      }
    }
    if (w.media && (mask === 0 || mask === FACET_BIT.media)) this.media[s.mediaKind[row]!]!++
    if (w.hasCode && (mask === 0 || mask === FACET_BIT.hasCode)) this.code[s.hasCode[row]!]!++
    if (w.votes && (mask === 0 || mask === FACET_BIT.votes)) {
      const v = s.votes[row]!
      if (v < 0) this.voteBuckets[VOTE_BUCKETS.length]!++
      else {
        let b = 0
        while (b < VOTE_BUCKETS.length - 1 && v > VOTE_BUCKETS[b]!.max) b++
        this.voteBuckets[b]!++
        if (v < this.votesMin) this.votesMin = v
        if (v > this.votesMax) this.votesMax = v
      }
    }
  }

  /** The facet values (count desc, then value) and vote stats. */
  finish(authorLimit: number): { facets: Partial<Record<FacetField, FacetValue[]>>; votes?: FacetStats } {
    const sel = this.filter.selected
    const facets: Partial<Record<FacetField, FacetValue[]>> = {}
    const w = this.want
    if (w.year) {
      facets.year = [...this.years].map(([y, count]) => ({ value: String(y), count, selected: sel.year.has(String(y)) }))
      for (const v of sel.year) if (!this.years.has(Number(v))) facets.year.push({ value: v, count: 0, selected: true })
      facets.year.sort(byCountThenValue)
    }
    if (w.month) {
      const label = (m: number) => `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`
      facets.month = [...this.months].map(([m, count]) => ({ value: label(m), count, selected: sel.month.has(label(m)) }))
      const present = new Set(facets.month.map((v) => v.value))
      for (const v of sel.month) if (!present.has(v)) facets.month.push({ value: v, count: 0, selected: true })
      facets.month.sort(byCountThenValue)
    }
    if (w.author) {
      // Top N without sorting every touched author (a common word touches most of them).
      const names = this.store.authors.names
      const counts = this.authorCounts
      const before = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && names[a]! < names[b]!)
      const limit = Math.max(0, authorLimit)
      const top: number[] = []
      for (const id of this.touchedAuthors) {
        if (top.length === limit && (limit === 0 || !before(id, top[limit - 1]!))) continue
        let i = top.length < limit ? top.length : limit - 1
        top[i] = id
        while (i > 0 && before(id, top[i - 1]!)) {
          top[i] = top[i - 1]!
          top[i - 1] = id
          i--
        }
      }
      const values = top.map((id) => ({ value: names[id]!, count: counts[id]!, selected: sel.author.has(id) }))
      // Selected authors are always listed, even outside the top N or with no match.
      const extra = [...sel.author].filter((id) => !top.includes(id)).map((id) => ({ value: names[id]!, count: counts[id] ?? 0, selected: true }))
      facets.author = [...values, ...extra.sort(byCountThenValue)]
    }
    if (w.media) {
      facets.media = MEDIA_KINDS.map((kind, code) => ({ value: kind, count: this.media[code]!, selected: sel.media.has(kind) }))
        .filter((v) => v.count > 0 || v.selected)
        .sort(byCountThenValue)
    }
    if (w.hasCode) {
      facets.hasCode = (['false', 'true'] as const)
        .map((value, code) => ({ value, count: this.code[code]!, selected: sel.hasCode.has(value) }))
        .filter((v) => v.count > 0 || v.selected)
        .sort(byCountThenValue)
    }
    let votes: FacetStats | undefined
    if (w.votes) {
      const range = this.filter.votes
      facets.votes = VOTE_BUCKETS.map((bucket, i) => ({
        value: bucket.value,
        count: this.voteBuckets[i]!,
        selected: range !== undefined && bucket.min >= range.min && bucket.max <= range.max,
      }))
      facets.votes.push({ value: 'none', count: this.voteBuckets[VOTE_BUCKETS.length]!, selected: false })
      facets.votes = facets.votes.filter((v) => v.count > 0 || v.selected).sort(byCountThenValue)
      votes = this.votesMin <= this.votesMax ? { min: this.votesMin, max: this.votesMax } : { min: null, max: null }
    }
    return votes ? { facets, votes } : { facets }
  }
}
