// Filters compiled to typed-array checks. Values of one field are OR-ed; fields are AND-ed; the query
// string's filters and the options' filters both hold (AND). Each facet field is checked separately so
// facet counting can tell "fails only its own field" (disjunctive facets) from "fails another field".
// Year, month, media and hasCode filter (and count) a small number per row, its code (ROW_CODE); author
// filters on any of a row's author ids.

import type { DocumentStore } from '../index/document-store.js'
import { MEDIA_KINDS } from '../index/document-store.js'
import { OptionsError } from '../model/errors.js'
import type { FacetField, NumberRange, SearchFilter } from '../model/search.js'
import { VOTE_BUCKETS } from './defaults.js'

/** Bit of each facet field in a row's failure mask. */
export const FACET_BIT: Readonly<Record<FacetField, number>> = {
  year: 1,
  month: 2,
  author: 4,
  media: 8,
  hasCode: 16,
  votes: 32,
}
const DATE_BIT = 64

/** The facet fields, in the order results list them. */
export const FACET_FIELDS: readonly FacetField[] = ['year', 'month', 'author', 'media', 'hasCode', 'votes']

/** The facet fields a filter selects values of, in the order they are checked. */
export type SetField = Exclude<FacetField, 'votes'>
const SET_FIELDS = FACET_FIELDS.filter((f): f is SetField => f !== 'votes')

/** Facet fields counted by one number per row: year, yyyymm, media code, 0/1, vote bucket (last: none). */
export type CodeField = Exclude<FacetField, 'author'>

/** The code of a row in each code field. */
export const ROW_CODE: Readonly<Record<CodeField, (store: DocumentStore, row: number) => number>> = {
  year: (s, row) => Math.floor(s.dateNum[row]! / 10000),
  month: (s, row) => Math.floor(s.dateNum[row]! / 100),
  media: (s, row) => s.mediaKind[row]!,
  hasCode: (s, row) => s.hasCode[row]!,
  // The first bucket reaching the votes (the last one is open-ended); none: after the buckets.
  votes: (s, row) => {
    const v = s.votes[row]!
    return v < 0 ? VOTE_BUCKETS.length : VOTE_BUCKETS.findIndex((bucket) => v <= bucket.max)
  },
}

/** A filter ready to test rows. Absent fields do not filter. */
export interface CompiledFilter {
  /** Per field, a list of accepted codes (author ids for author): all must accept (query AND options). */
  sets: Record<SetField, Set<number>[]>
  votes: { min: number; max: number } | undefined
  /** yyyymmdd bounds. */
  date: { min: number; max: number } | undefined
  /** The codes the request selects, per field, for `FacetValue.selected`. */
  selected: Record<SetField, Set<number>>
  /** True when some field filters at all. */
  active: boolean
}

/** A filter value → its codes, or undefined when it is not a valid value of the field. */
const CODES: Readonly<Record<SetField, (value: unknown, store: DocumentStore) => number[] | undefined>> = {
  year: (v) => (Number.isInteger(v) ? [v as number] : undefined),
  month: (v) => {
    const m = typeof v === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(v) : null
    return m ? [Number(m[1]) * 100 + Number(m[2])] : undefined
  },
  author: (v, store) => (typeof v === 'string' ? store.authors.idsForExactName(v) : undefined),
  media: (v) => {
    const code = MEDIA_KINDS.indexOf(v as (typeof MEDIA_KINDS)[number])
    return code < 0 ? undefined : [code]
  },
  hasCode: (v) => (typeof v === 'boolean' ? [v ? 1 : 0] : undefined),
}

const EXPECTED: Readonly<Record<SetField, string>> = {
  year: 'an integer',
  month: 'a month such as 2024-02',
  author: 'a string',
  media: 'image, video or none',
  hasCode: 'a boolean',
}

function invalid(what: string, expected: string, value: unknown): OptionsError {
  return new OptionsError(`filter ${what} must be ${expected}, got ${JSON.stringify(value)}`)
}

function votesBounds(range: NumberRange, into: { min: number; max: number }): void {
  for (const key of ['gte', 'gt', 'lte', 'lt'] as const) {
    const v = range[key]
    if (v === undefined) continue
    if (typeof v !== 'number' || Number.isNaN(v)) throw invalid(`votes.${key}`, 'a number', v)
    // Votes are whole numbers: gte 2.5 and gt 2.5 both mean at least 3, lte 2.5 and lt 2.5 at most 2.
    if (key === 'gte' || key === 'gt') into.min = Math.max(into.min, key === 'gte' ? Math.ceil(v) : Math.floor(v) + 1)
    else into.max = Math.min(into.max, key === 'lte' ? Math.floor(v) : Math.ceil(v) - 1)
  }
}

function dateBound(value: unknown, name: 'gte' | 'lte'): number {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null
  if (!m) throw invalid(`date.${name}`, 'an ISO date such as 2024-02-15', value)
  const y = Number(m[1])
  const mo = m[2] === undefined ? (name === 'gte' ? 1 : 12) : Number(m[2])
  const d = m[3] === undefined ? (name === 'gte' ? 1 : 31) : Number(m[3])
  return y * 10000 + mo * 100 + d
}

/** Compiles the filters of the query and of the options (either may be absent). */
export function compileFilter(filters: (SearchFilter | undefined)[], store: DocumentStore): CompiledFilter {
  const out: CompiledFilter = {
    sets: { year: [], month: [], author: [], media: [], hasCode: [] },
    votes: undefined,
    date: undefined,
    selected: { year: new Set(), month: new Set(), author: new Set(), media: new Set(), hasCode: new Set() },
    active: false,
  }
  for (const filter of filters) {
    if (!filter) continue
    if (typeof filter !== 'object') throw new OptionsError('filter must be an object')
    for (const field of SET_FIELDS) {
      const value: unknown = filter[field]
      if (value === undefined) continue
      const set = new Set<number>()
      // hasCode takes one boolean, the other fields one value or a list.
      for (const v of field !== 'hasCode' && Array.isArray(value) ? value : [value]) {
        const codes = CODES[field](v, store)
        if (!codes) throw invalid(field, EXPECTED[field], v)
        for (const code of codes) {
          set.add(code)
          out.selected[field].add(code)
        }
      }
      out.sets[field].push(set)
      out.active = true
    }
    if (filter.votes !== undefined) {
      if (typeof filter.votes !== 'object' || filter.votes === null) throw new OptionsError('filter votes must be a range such as { gte: 10 }')
      out.votes ??= { min: 0, max: Number.POSITIVE_INFINITY }
      votesBounds(filter.votes, out.votes)
      out.active = true
    }
    if (filter.date !== undefined) {
      out.date ??= { min: 0, max: 99_999_999 }
      if (filter.date.gte !== undefined) out.date.min = Math.max(out.date.min, dateBound(filter.date.gte, 'gte'))
      if (filter.date.lte !== undefined) out.date.max = Math.min(out.date.max, dateBound(filter.date.lte, 'lte'))
      out.active = true
    }
  }
  return out
}

/**
 * The fields a row fails, as FACET_BIT flags (plus a date bit); 0 means the row passes every filter.
 */
export function failureMask(filter: CompiledFilter, store: DocumentStore, row: number): number {
  let mask = 0
  for (const field of SET_FIELDS) {
    const sets = filter.sets[field]
    if (sets.length === 0) continue
    if (field === 'author') {
      const ids = store.authorIds[row]!
      for (const set of sets) if (!ids.some((id) => set.has(id))) mask |= FACET_BIT.author
    } else {
      const code = ROW_CODE[field](store, row)
      for (const set of sets) if (!set.has(code)) mask |= FACET_BIT[field]
    }
  }
  if (filter.date && (store.dateNum[row]! < filter.date.min || store.dateNum[row]! > filter.date.max)) mask |= DATE_BIT
  if (filter.votes) {
    const v = store.votes[row]!
    if (v < 0 || v < filter.votes.min || v > filter.votes.max) mask |= FACET_BIT.votes
  }
  return mask
}

/** The date bit: a row failing it counts in no facet (date is a filter, not a facet). */
export const NON_FACET_BITS = DATE_BIT
