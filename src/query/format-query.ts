// The inverse of parseQuery: writes a StructuredQuery back in the query syntax, for showing the active
// query (e.g. after facet clicks) and for round-trip tests.
import type { NumberRange, StructuredQuery } from '../model/search.js'
import { QUERY_FIELD_ALIASES } from './query-syntax.js'

/**
 * Writes a {@link StructuredQuery} in the query syntax, so that `parseQuery(formatQuery(q))` equals `q` for
 * every `q` that `parseQuery` returns. Order: text, phrases, exclusions, title, author, then filters.
 * Parts without a syntax (`filter.author`, `filter.date`, `media: 'none'`) are left out; text words that
 * would read as syntax (a leading `"`/`-`, `year:`...) have no escape and are written as they are.
 *
 * @example
 * formatQuery({ text: '양자화', author: ['Denny Zhou'], filter: { year: [2023, 2024], votes: { gte: 10 } } })
 * // → '양자화 author:"Denny Zhou" year:2023,2024 votes:>=10'
 */
export function formatQuery(query: StructuredQuery): string {
  const parts: string[] = []
  const text = query.text?.trim()
  if (text) parts.push(text)
  for (const phrase of query.phrases ?? []) {
    const clean = unquote(phrase)
    if (clean !== '') parts.push(`"${clean}"`)
  }
  for (const excluded of query.exclude ?? []) {
    if (excluded === '') continue
    parts.push(needsQuotes(excluded) ? `-"${unquote(excluded)}"` : `-${excluded}`)
  }
  for (const title of query.title ?? []) pushField(parts, 'title', title)
  for (const author of query.author ?? []) pushField(parts, 'author', author)

  const filter = query.filter ?? {}
  for (const field of ['year', 'month'] as const) {
    const values = toList(filter[field])
    if (values.length > 0) parts.push(`${field}:${values.join(',')}`)
  }
  if (filter.votes) parts.push(...formatVotes(filter.votes))
  for (const media of toList(filter.media)) if (media !== 'none') parts.push(`has:${media}`)
  if (filter.hasCode === true) parts.push('has:code')
  if (filter.hasCode === false) parts.push('-has:code')
  return parts.join(' ')
}

function pushField(parts: string[], field: string, value: string): void {
  if (value === '') return
  parts.push(/\s/u.test(value) || value.startsWith('"') ? `${field}:"${unquote(value)}"` : `${field}:${value}`)
}

function formatVotes(range: NumberRange): string[] {
  const out: string[] = []
  const { gte, lte } = range
  if (gte !== undefined && lte !== undefined && gte <= lte) out.push(gte === lte ? `votes:${gte}` : `votes:${gte}..${lte}`)
  else {
    if (gte !== undefined) out.push(`votes:>=${gte}`)
    if (lte !== undefined) out.push(`votes:<=${lte}`)
  }
  if (range.gt !== undefined) out.push(`votes:>${range.gt}`)
  if (range.lt !== undefined) out.push(`votes:<${range.lt}`)
  return out
}

/** An exclusion is written bare only when it re-reads as the same single excluded word. */
function needsQuotes(excluded: string): boolean {
  if (/\s/u.test(excluded) || excluded.startsWith('"')) return true
  const field = /^([A-Za-z]+):/.exec(excluded)
  return field !== null && QUERY_FIELD_ALIASES[(field[1] as string).toLowerCase()] !== undefined
}

function unquote(text: string): string {
  return text.replace(/"/g, '').replace(/\s+/gu, ' ').trim()
}

function toList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}
