// Filters compiled to typed-array checks. Values of one field are OR-ed; fields are AND-ed; the query
// string's filters and the options' filters both hold (AND). Each facet field is checked separately so
// facet counting can tell "fails only its own field" (disjunctive facets) from "fails another field".

import type { DocumentStore } from '../index/document-store.js'
import { OptionsError } from '../model/errors.js'
import type { FacetField, MediaFacetValue, NumberRange, SearchFilter } from '../model/search.js'

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

/** A filter ready to test rows. Absent fields do not filter. */
export interface CompiledFilter {
  /** Each set field as a list of accepted sets (all must accept: query AND options). */
  years: Set<number>[]
  /** yyyymm numbers. */
  months: Set<number>[]
  /** Author ids (any of a row's authors). */
  authors: Set<number>[]
  /** Media codes (0 none, 1 image, 2 video). */
  media: Set<number>[]
  hasCode: (0 | 1)[]
  votes: { min: number; max: number } | undefined
  /** yyyymmdd bounds. */
  date: { min: number; max: number } | undefined
  /** The values the request selects, per facet field, for `FacetValue.selected`. */
  selected: { year: Set<string>; month: Set<string>; author: Set<number>; media: Set<string>; hasCode: Set<string> }
  /** True when some field filters at all. */
  active: boolean
}

function list<T>(value: T | T[] | undefined): T[] | undefined {
  if (value === undefined) return undefined
  return Array.isArray(value) ? value : [value]
}

const MEDIA_CODE: Record<MediaFacetValue, number> = { none: 0, image: 1, video: 2 }

function votesBounds(range: NumberRange, into: { min: number; max: number }): void {
  const check = (name: string, v: unknown) => {
    if (typeof v !== 'number' || Number.isNaN(v)) throw new OptionsError(`filter votes.${name} must be a number, got ${JSON.stringify(v)}`)
    return v
  }
  if (range.gte !== undefined) into.min = Math.max(into.min, Math.ceil(check('gte', range.gte)))
  if (range.gt !== undefined) into.min = Math.max(into.min, Math.floor(check('gt', range.gt)) + 1)
  if (range.lte !== undefined) into.max = Math.min(into.max, Math.floor(check('lte', range.lte)))
  if (range.lt !== undefined) into.max = Math.min(into.max, Math.ceil(check('lt', range.lt)) - 1)
}

function dateBound(value: unknown, name: string): number {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null
  if (!m) throw new OptionsError(`filter date.${name} must be an ISO date such as 2024-02-15, got ${JSON.stringify(value)}`)
  const y = Number(m[1])
  const mo = m[2] === undefined ? (name === 'gte' ? 1 : 12) : Number(m[2])
  const d = m[3] === undefined ? (name === 'gte' ? 1 : 31) : Number(m[3])
  return y * 10000 + mo * 100 + d
}

/** Compiles the filters of the query and of the options (either may be absent). */
export function compileFilter(filters: (SearchFilter | undefined)[], store: DocumentStore): CompiledFilter {
  const out: CompiledFilter = {
    years: [],
    months: [],
    authors: [],
    media: [],
    hasCode: [],
    votes: undefined,
    date: undefined,
    selected: { year: new Set(), month: new Set(), author: new Set(), media: new Set(), hasCode: new Set() },
    active: false,
  }
  for (const filter of filters) {
    if (!filter) continue
    if (typeof filter !== 'object') throw new OptionsError('filter must be an object')
    const years = list(filter.year)
    if (years) {
      for (const y of years) if (!Number.isInteger(y)) throw new OptionsError(`filter year must be an integer, got ${JSON.stringify(y)}`)
      out.years.push(new Set(years))
      for (const y of years) out.selected.year.add(String(y))
    }
    const months = list(filter.month)
    if (months) {
      const set = new Set<number>()
      for (const m of months) {
        const match = typeof m === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(m) : null
        if (!match) throw new OptionsError(`filter month must look like 2024-02, got ${JSON.stringify(m)}`)
        set.add(Number(match[1]) * 100 + Number(match[2]))
        out.selected.month.add(m)
      }
      out.months.push(set)
    }
    const authors = list(filter.author)
    if (authors) {
      const set = new Set<number>()
      for (const name of authors) {
        if (typeof name !== 'string') throw new OptionsError(`filter author must be a string, got ${JSON.stringify(name)}`)
        for (const id of store.authors.idsForExactName(name)) {
          set.add(id)
          out.selected.author.add(id)
        }
      }
      out.authors.push(set)
    }
    const media = list(filter.media)
    if (media) {
      const set = new Set<number>()
      for (const m of media) {
        const code = MEDIA_CODE[m]
        if (code === undefined) throw new OptionsError(`filter media must be image, video or none, got ${JSON.stringify(m)}`)
        set.add(code)
        out.selected.media.add(m)
      }
      out.media.push(set)
    }
    if (filter.hasCode !== undefined) {
      if (typeof filter.hasCode !== 'boolean') throw new OptionsError(`filter hasCode must be a boolean, got ${JSON.stringify(filter.hasCode)}`)
      out.hasCode.push(filter.hasCode ? 1 : 0)
      out.selected.hasCode.add(String(filter.hasCode))
    }
    if (filter.votes !== undefined) {
      if (typeof filter.votes !== 'object' || filter.votes === null) throw new OptionsError('filter votes must be a range such as { gte: 10 }')
      out.votes ??= { min: 0, max: Number.POSITIVE_INFINITY }
      votesBounds(filter.votes, out.votes)
    }
    if (filter.date !== undefined) {
      out.date ??= { min: 0, max: 99_999_999 }
      if (filter.date.gte !== undefined) out.date.min = Math.max(out.date.min, dateBound(filter.date.gte, 'gte'))
      if (filter.date.lte !== undefined) out.date.max = Math.min(out.date.max, dateBound(filter.date.lte, 'lte'))
    }
  }
  out.active =
    out.years.length + out.months.length + out.authors.length + out.media.length + out.hasCode.length > 0 ||
    out.votes !== undefined ||
    out.date !== undefined
  return out
}

/**
 * The fields a row fails, as FACET_BIT flags (plus a date bit); 0 means the row passes every filter.
 */
export function failureMask(filter: CompiledFilter, store: DocumentStore, row: number): number {
  let mask = 0
  if (filter.years.length > 0 || filter.months.length > 0 || filter.date) {
    const date = store.dateNum[row]!
    const year = Math.floor(date / 10000)
    for (const set of filter.years) if (!set.has(year)) mask |= FACET_BIT.year
    if (filter.months.length > 0) {
      const month = Math.floor(date / 100)
      for (const set of filter.months) if (!set.has(month)) mask |= FACET_BIT.month
    }
    if (filter.date && (date < filter.date.min || date > filter.date.max)) mask |= DATE_BIT
  }
  if (filter.authors.length > 0) {
    const ids = store.authorIds[row]!
    for (const set of filter.authors) {
      let any = false
      for (let i = 0; i < ids.length; i++) if (set.has(ids[i]!)) any = true
      if (!any) mask |= FACET_BIT.author
    }
  }
  if (filter.media.length > 0) {
    const kind = store.mediaKind[row]!
    for (const set of filter.media) if (!set.has(kind)) mask |= FACET_BIT.media
  }
  for (const want of filter.hasCode) if (store.hasCode[row] !== want) mask |= FACET_BIT.hasCode
  if (filter.votes) {
    const v = store.votes[row]!
    if (v < 0 || v < filter.votes.min || v > filter.votes.max) mask |= FACET_BIT.votes
  }
  return mask
}

/** The date bit: a row failing it counts in no facet (date is a filter, not a facet). */
export const NON_FACET_BITS = DATE_BIT
