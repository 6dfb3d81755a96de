// The query syntax (DESIGN.md): one left-to-right pass over the query, so any input, however long or
// odd, parses in linear time and either yields a StructuredQuery or throws a QuerySyntaxError.
import { QuerySyntaxError } from '../model/errors.js'
import type { MediaFacetValue, NumberRange, SearchFilter, StructuredQuery } from '../model/search.js'
import {
  intersectRanges,
  parseHasValue,
  parseMonthValue,
  parseVotesValue,
  parseYearValue,
} from './query-field-values.js'
import { QUERY_FIELD_ALIASES, foldQuerySyntax, isQuerySpace, type QueryFieldName } from './query-syntax.js'

export { formatQuery } from './format-query.js'

const ASCII_LETTER = /[A-Za-z]/

/** Everything collected while scanning, before it is shaped into a StructuredQuery. */
interface Collected {
  text: string[]
  phrases: string[]
  exclude: string[]
  title: string[]
  author: string[]
  years: number[]
  months: string[]
  media: MediaFacetValue[]
  votes: NumberRange | undefined
  hasCode: boolean | undefined
}

/**
 * Parses the hanseek query syntax into a {@link StructuredQuery}.
 *
 * - words in any script go to `text`, in order; `"exact phrase"` to `phrases`;
 * - `-word` and `-"a phrase"` to `exclude` (a lone `-` is a word);
 * - `author:Zhou`, `author:"Denny Zhou"`, `title:diffusion`, `title:"flow matching"` to `author`/`title`;
 * - `year:2024`, `year:2023,2024`, `year:2022..2024`, `month:2024-02`, `votes:>=10` (`>`, `<=`, `<`,
 *   `10..50`, `10`), `has:code`, `-has:code`, `has:video`, `has:image` to `filter`.
 *
 * Field names are case-insensitive; repeated fields combine (years, months and media are OR-ed, vote
 * bounds all hold). Unknown `name:value` words (URLs, `A:B` in titles) stay plain text. A known field with
 * nothing after the colon (`author:` while still typing) is ignored. An unclosed quote runs to the end.
 * Full-width `＂ ： －`, typographic quotes `“ ”` and the ideographic space, as Korean IMEs type them,
 * mean the same as their ASCII forms.
 *
 * @throws {QuerySyntaxError} for an invalid value (`year:20x4`, `month:2024-13`, `votes:>=abc`,
 *   `has:pdf`), a negated field other than `-has:code`, or `has:code` together with `-has:code`;
 *   `position` is the offset of the value in `input`.
 *
 * @example
 * parseQuery('양자화 "chain of thought" -survey author:"Denny Zhou" year:2023,2024 votes:>=10 has:code')
 * // → { text: '양자화', phrases: ['chain of thought'], exclude: ['survey'], author: ['Denny Zhou'],
 * //     filter: { year: [2023, 2024], votes: { gte: 10 }, hasCode: true } }
 */
export function parseQuery(input: string): StructuredQuery {
  const source = foldQuerySyntax(input)
  const length = source.length
  const found: Collected = {
    text: [],
    phrases: [],
    exclude: [],
    title: [],
    author: [],
    years: [],
    months: [],
    media: [],
    votes: undefined,
    hasCode: undefined,
  }

  const endOfWord = (from: number): number => {
    let end = from
    while (end < length && !isQuerySpace(source[end] as string)) end++
    return end
  }
  /** Reads a quoted run starting after its opening quote; whitespace inside is collapsed to one space. */
  const readQuoted = (from: number): { value: string; next: number } => {
    let close = source.indexOf('"', from)
    if (close < 0) close = length
    return { value: collapseSpaces(source.slice(from, close)), next: Math.min(close + 1, length) }
  }
  /** A known field name followed by `:` at `from`: its canonical name and where the value starts. */
  const fieldAt = (from: number): { field: QueryFieldName | undefined; colon: number } | undefined => {
    let end = from
    while (end < length && end - from <= 8 && ASCII_LETTER.test(source[end]!)) end++
    if (end === from || source[end] !== ':') return undefined
    return { field: QUERY_FIELD_ALIASES[source.slice(from, end).toLowerCase()], colon: end }
  }

  let i = 0
  while (i < length) {
    while (i < length && isQuerySpace(source[i] as string)) i++
    if (i >= length) break
    const char = source[i]

    if (char === '"') {
      const { value, next } = readQuoted(i + 1)
      if (value !== '') found.phrases.push(value)
      i = next
      continue
    }

    if (char === '-') {
      const after = source[i + 1]
      if (after === undefined || isQuerySpace(after)) {
        found.text.push('-')
        i += 1
        continue
      }
      if (after === '"') {
        const { value, next } = readQuoted(i + 2)
        if (value !== '') found.exclude.push(value)
        i = next
        continue
      }
      const field = fieldAt(i + 1)
      if (field?.field !== undefined) {
        const { value, next } = readFieldValue(field.colon + 1)
        if (value !== '') applyNegatedField(found, field.field, value, field.colon + 1, i)
        i = next
        continue
      }
      const end = endOfWord(i + 1)
      found.exclude.push(source.slice(i + 1, end))
      i = end
      continue
    }

    const field = fieldAt(i)
    if (field !== undefined) {
      if (field.field !== undefined) {
        const { value, next } = readFieldValue(field.colon + 1)
        if (value !== '') applyField(found, field.field, value, field.colon + 1)
        i = next
        continue
      }
      if (source[field.colon + 1] === '"') {
        // An unknown field before a quote: keep the name as a word and let the quote start a phrase.
        found.text.push(source.slice(i, field.colon + 1))
        i = field.colon + 1
        continue
      }
    }
    const end = endOfWord(i)
    found.text.push(source.slice(i, end))
    i = end
  }
  return shape(found)

  function readFieldValue(from: number): { value: string; next: number } {
    if (source[from] === '"') return readQuoted(from + 1)
    const end = endOfWord(from)
    return { value: source.slice(from, end), next: end }
  }
}

function applyField(found: Collected, field: QueryFieldName, value: string, position: number): void {
  switch (field) {
    case 'author':
      found.author.push(value)
      return
    case 'title':
      found.title.push(value)
      return
    case 'year':
      found.years.push(...parseYearValue(value, position))
      return
    case 'month':
      found.months.push(...parseMonthValue(value, position))
      return
    case 'votes': {
      const range = parseVotesValue(value, position)
      found.votes = found.votes === undefined ? range : intersectRanges(found.votes, range)
      return
    }
    case 'has': {
      const what = parseHasValue(value, position)
      if (what === 'code') setHasCode(found, true, position)
      else found.media.push(what)
      return
    }
  }
}

function applyNegatedField(
  found: Collected,
  field: QueryFieldName,
  value: string,
  position: number,
  minusPosition: number,
): void {
  if (field === 'has' && parseHasValue(value, position) === 'code') {
    setHasCode(found, false, minusPosition)
    return
  }
  throw new QuerySyntaxError(
    `cannot negate the field ${field}: at position ${minusPosition} of the query; ` +
      `only -has:code is supported (to exclude words, write -word or -"a phrase")`,
    minusPosition,
  )
}

function setHasCode(found: Collected, value: boolean, position: number): void {
  if (found.hasCode !== undefined && found.hasCode !== value)
    throw new QuerySyntaxError(
      `contradictory has: field at position ${position} of the query: has:code and -has:code together match nothing`,
      position,
    )
  found.hasCode = value
}

/** One value as itself, several as a list (`year: 2024`, `year: [2023, 2024]`), none as undefined. */
function oneOrList<T>(values: T[]): T | T[] | undefined {
  const unique = [...new Set(values)]
  return unique.length > 1 ? unique : unique[0]
}

function shape(found: Collected): StructuredQuery {
  const query: StructuredQuery = {}
  if (found.text.length > 0) query.text = found.text.join(' ')
  for (const key of ['phrases', 'exclude', 'title', 'author'] as const) if (found[key].length > 0) query[key] = found[key]
  const filter: SearchFilter = { year: oneOrList(found.years), month: oneOrList(found.months), media: oneOrList(found.media), votes: found.votes, hasCode: found.hasCode }
  for (const key of Object.keys(filter) as (keyof SearchFilter)[]) if (filter[key] === undefined) delete filter[key]
  if (Object.keys(filter).length > 0) query.filter = filter
  return query
}

/** Whitespace runs as one space, none at the ends. */
function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}
