// Validation of the typed values of `year:`, `month:`, `votes:` and `has:`. Each parser either returns a
// clean value or throws a QuerySyntaxError that names the field, the value and where it starts.
import { QuerySyntaxError } from '../model/errors.js'
import type { NumberRange } from '../model/search.js'
import { HAS_VALUES, MAX_YEAR_RANGE, type HasValue } from './query-syntax.js'

function invalid(field: string, value: string, position: number, expected: string): QuerySyntaxError {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
  return new QuerySyntaxError(
    `invalid ${field}: value "${shown}" at position ${position} of the query; expected ${expected}`,
    position,
  )
}

const YEAR = /^\d{4}$/
const YEAR_RANGE = /^(\d{4})\.\.(\d{4})$/
const MONTH = /^(\d{4})-(\d{1,2})$/
const INTEGER = /^\d{1,15}$/

/** The comma-separated parts of `value`, each read by `read` with its position in the query; duplicates dropped. */
function commaList<T>(value: string, position: number, read: (part: string, at: number) => T[]): T[] {
  let at = position
  return [
    ...new Set(
      value.split(',').flatMap((part) => {
        const values = read(part, at)
        at += part.length + 1
        return values
      }),
    ),
  ]
}

/** `2024`, `2023,2024` or `2022..2024` → the years, in the order given, without duplicates. */
export function parseYearValue(value: string, position: number): number[] {
  return commaList(value, position, (part, at) => {
    const range = YEAR_RANGE.exec(part)
    if (range) {
      const from = Number(range[1])
      const to = Number(range[2])
      if (from > to || to - from >= MAX_YEAR_RANGE)
        throw invalid('year', part, at, `an ascending range of at most ${MAX_YEAR_RANGE} years, e.g. year:2022..2024`)
      return Array.from({ length: to - from + 1 }, (_, i) => from + i)
    }
    if (YEAR.test(part)) return [Number(part)]
    throw invalid('year', part, at, 'a four-digit year such as year:2024, year:2023,2024 or year:2022..2024')
  })
}

/** `2024-02`, `2024-2` or `2024-01,2024-02` → months as `YYYY-MM`, without duplicates. */
export function parseMonthValue(value: string, position: number): string[] {
  return commaList(value, position, (part, at) => {
    const match = MONTH.exec(part)
    const month = match ? Number(match[2]) : 0
    if (!match || month < 1 || month > 12)
      throw invalid('month', part, at, 'a month as YYYY-MM between 01 and 12, e.g. month:2024-02')
    return [`${match[1]}-${String(month).padStart(2, '0')}`]
  })
}

/** `>=10`, `>10`, `<=5`, `<5`, `=10`, `10`, `10..50`, `10..`, `..50` (also `≥` and `≤`) → a range. */
export function parseVotesValue(value: string, position: number): NumberRange {
  const expected = 'a whole number with an optional comparison, e.g. votes:>=10, votes:<5, votes:10..50 or votes:10'
  const number = (text: string): number => {
    if (!INTEGER.test(text)) throw invalid('votes', value, position, expected)
    return Number(text)
  }
  const normalized = value.replace(/^≥/u, '>=').replace(/^≤/u, '<=')
  const dots = normalized.indexOf('..')
  if (dots >= 0) {
    const low = normalized.slice(0, dots)
    const high = normalized.slice(dots + 2)
    if (low === '' && high === '') throw invalid('votes', value, position, expected)
    const range: NumberRange = {}
    if (low !== '') range.gte = number(low)
    if (high !== '') range.lte = number(high)
    if (range.gte !== undefined && range.lte !== undefined && range.gte > range.lte)
      throw invalid('votes', value, position, 'a range whose lower bound is not above its upper bound')
    return range
  }
  for (const [operator, key] of [
    ['>=', 'gte'],
    ['<=', 'lte'],
    ['>', 'gt'],
    ['<', 'lt'],
  ] as const) {
    if (normalized.startsWith(operator)) return { [key]: number(normalized.slice(operator.length)) }
  }
  const exact = number(normalized.startsWith('=') ? normalized.slice(1) : normalized)
  return { gte: exact, lte: exact }
}

/** `code`, `video` or `image` (any case). */
export function parseHasValue(value: string, position: number): HasValue {
  const lower = value.toLowerCase() as HasValue
  if (!HAS_VALUES.includes(lower)) throw invalid('has', value, position, `one of has:${HAS_VALUES.join(', has:')}`)
  return lower
}

/** Intersects two vote ranges (several `votes:` words must all hold), keeping the tighter bound of each kind. */
export function intersectRanges(a: NumberRange, b: NumberRange): NumberRange {
  const out: NumberRange = { ...a }
  for (const key of ['gte', 'gt', 'lte', 'lt'] as const) {
    const bound = b[key]
    const kept = out[key]
    if (bound !== undefined) out[key] = kept === undefined ? bound : key[0] === 'g' ? Math.max(kept, bound) : Math.min(kept, bound)
  }
  return out
}
