// Disjunctive facet counts over the whole match set: a row counts for facet F when it passes every
// filter except possibly F's own (so a selected year still shows the other years' counts, as in
// Meilisearch, Algolia and Pagefind). Counting reads typed-array columns only.

import type { DocumentStore } from '../index/document-store.js'
import { MEDIA_KINDS } from '../index/document-store.js'
import { compareText } from '../index/sorted-terms.js'
import type { FacetField, FacetValue } from '../model/search.js'
import { VOTE_BUCKETS } from './defaults.js'
import type { SearchResults } from './search-types.js'
import { FACET_BIT, FACET_FIELDS, NON_FACET_BITS, ROW_CODE, type CodeField, type CompiledFilter } from './filters.js'

/** A code as its facet value: `2024`, `2024-02`, `image`, `true`, `10-49`, `none`. */
const LABEL: Readonly<Record<CodeField, (code: number) => string>> = {
  year: String,
  month: (m) => `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`,
  media: (code) => MEDIA_KINDS[code]!,
  hasCode: (code) => String(code === 1),
  votes: (code) => VOTE_BUCKETS[code]?.value ?? 'none',
}

function byCountThenValue(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || compareText(a.value, b.value)
}

export class FacetCounter {
  readonly #fields: readonly FacetField[]
  /** Count per code, for each requested code field. */
  readonly #counts = new Map<CodeField, Map<number, number>>()
  readonly #authorCounts: Uint32Array
  readonly #touchedAuthors: number[] = []
  #votesMin = Number.POSITIVE_INFINITY
  #votesMax = Number.NEGATIVE_INFINITY
  readonly #store: DocumentStore
  readonly #filter: CompiledFilter

  constructor(fields: readonly FacetField[], store: DocumentStore, filter: CompiledFilter) {
    this.#store = store
    this.#filter = filter
    this.#fields = FACET_FIELDS.filter((f) => fields.includes(f))
    for (const f of this.#fields) if (f !== 'author') this.#counts.set(f, new Map())
    this.#authorCounts = new Uint32Array(fields.includes('author') ? store.authors.size : 0)
  }

  /** Counts `row`, given its failure mask (see failureMask). */
  add(row: number, mask: number): void {
    if (mask & NON_FACET_BITS) return
    const s = this.#store
    // mask is 0 (a hit: counts everywhere) or a single facet bit (counts for that facet only).
    for (const field of this.#fields) {
      if (mask !== 0 && mask !== FACET_BIT[field]) continue
      if (field === 'author') {
        const ids = s.authorIds[row]!
        for (let i = 0; i < ids.length; i++) if (this.#authorCounts[ids[i]!]!++ === 0) this.#touchedAuthors.push(ids[i]!)
        continue
      }
      const counts = this.#counts.get(field)!
      const code = ROW_CODE[field](s, row)
      counts.set(code, (counts.get(code) ?? 0) + 1)
      if (field === 'votes' && code < VOTE_BUCKETS.length) {
        const v = s.votes[row]!
        if (v < this.#votesMin) this.#votesMin = v
        if (v > this.#votesMax) this.#votesMax = v
      }
    }
  }

  /** The facet values (count desc, then value) and vote stats. */
  finish(authorLimit: number): Pick<SearchResults, 'facets' | 'facetStats'> {
    const facets: Partial<Record<FacetField, FacetValue[]>> = {}
    for (const field of this.#fields) {
      facets[field] = field === 'author' ? this.#authorValues(authorLimit) : this.#codeValues(field)
    }
    if (!this.#counts.has('votes')) return { facets, facetStats: {} }
    const votes = this.#votesMin <= this.#votesMax ? { min: this.#votesMin, max: this.#votesMax } : { min: null, max: null }
    return { facets, facetStats: { votes } }
  }

  /** Every counted code, and every selected one (count 0 when no row has it). */
  #codeValues(field: CodeField): FacetValue[] {
    const counts = this.#counts.get(field)!
    const label = LABEL[field]
    let selected: Set<number>
    if (field === 'votes') {
      // A vote bucket is selected when the filter's range covers it.
      const range = this.#filter.votes
      selected = new Set(range ? VOTE_BUCKETS.flatMap((b, i) => (b.min >= range.min && b.max <= range.max ? [i] : [])) : [])
    } else selected = this.#filter.selected[field]
    const values = [...counts].map(([code, count]) => ({ value: label(code), count, selected: selected.has(code) }))
    for (const code of selected) if (!counts.has(code)) values.push({ value: label(code), count: 0, selected: true })
    return values.sort(byCountThenValue)
  }

  /** The top authors by count (then name), and every selected author. */
  #authorValues(authorLimit: number): FacetValue[] {
    const sel = this.#filter.selected.author
    // Top N without sorting every touched author (a common word touches most of them).
    const names = this.#store.authors.names
    const counts = this.#authorCounts
    const before = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && names[a]! < names[b]!)
    const limit = Math.max(0, authorLimit)
    const top: number[] = []
    for (const id of this.#touchedAuthors) {
      if (top.length === limit && (limit === 0 || !before(id, top[limit - 1]!))) continue
      let i = top.length < limit ? top.length : limit - 1
      top[i] = id
      while (i > 0 && before(id, top[i - 1]!)) {
        top[i] = top[i - 1]!
        top[i - 1] = id
        i--
      }
    }
    const values = top.map((id) => ({ value: names[id]!, count: counts[id]!, selected: sel.has(id) }))
    // Selected authors are always listed, even outside the top N or with no match.
    const extra = [...sel].filter((id) => !top.includes(id)).map((id) => ({ value: names[id]!, count: counts[id] ?? 0, selected: true }))
    return [...values, ...extra.sort(byCountThenValue)]
  }
}
