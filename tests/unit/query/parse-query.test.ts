import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QuerySyntaxError } from '../../../src/model/errors.js'
import type { StructuredQuery } from '../../../src/model/search.js'
import { formatQuery, parseQuery } from '../../../src/query/parse-query.js'

describe('parseQuery: each element of the syntax', () => {
  it.each<[string, string, StructuredQuery]>([
    ['empty input', '', {}],
    ['only spaces', '  \t\n ', {}],
    ['Korean words', '양자화 모델', { text: '양자화 모델' }],
    ['mixed scripts, order kept', 'LLM 추론 reasoning', { text: 'LLM 추론 reasoning' }],
    ['phrase', '"chain of thought"', { phrases: ['chain of thought'] }],
    ['Korean phrase', '"언어 모델"', { phrases: ['언어 모델'] }],
    ['phrase whitespace collapsed', '"  a   b "', { phrases: ['a b'] }],
    ['empty phrase ignored', '"" x', { text: 'x' }],
    ['unclosed phrase runs to the end', 'x "flow match', { text: 'x', phrases: ['flow match'] }],
    ['phrase directly followed by a word', '"a b"c', { phrases: ['a b'], text: 'c' }],
    ['exclude word', 'diffusion -survey', { text: 'diffusion', exclude: ['survey'] }],
    ['exclude Korean word', '-서베이', { exclude: ['서베이'] }],
    ['exclude phrase', '-"large language"', { exclude: ['large language'] }],
    ['lone minus is text', 'a - b', { text: 'a - b' }],
    ['minus at the end is text', 'a -', { text: 'a -' }],
    ['double minus excludes a word starting with minus', '--x', { exclude: ['-x'] }],
    ['hyphen inside a word is text', 'GPT-4o state-of-the-art', { text: 'GPT-4o state-of-the-art' }],
    ['author bare', 'author:Zhou', { author: ['Zhou'] }],
    ['author quoted', 'author:"Denny Zhou"', { author: ['Denny Zhou'] }],
    ['author Korean', 'author:"김 철수"', { author: ['김 철수'] }],
    ['authors alias', 'authors:Le', { author: ['Le'] }],
    ['title bare', 'title:diffusion', { title: ['diffusion'] }],
    ['title quoted', 'title:"flow matching"', { title: ['flow matching'] }],
    ['two titles', 'title:a title:b', { title: ['a', 'b'] }],
    ['year', 'year:2024', { filter: { year: 2024 } }],
    ['year list is OR', 'year:2023,2024', { filter: { year: [2023, 2024] } }],
    ['year range expands', 'year:2022..2024', { filter: { year: [2022, 2023, 2024] } }],
    ['repeated years merge', 'year:2023 year:2024 year:2023', { filter: { year: [2023, 2024] } }],
    ['month', 'month:2024-02', { filter: { month: '2024-02' } }],
    ['month without zero', 'month:2024-2', { filter: { month: '2024-02' } }],
    ['month list', 'month:2024-01,2024-02', { filter: { month: ['2024-01', '2024-02'] } }],
    ['votes >=', 'votes:>=10', { filter: { votes: { gte: 10 } } }],
    ['votes >', 'votes:>10', { filter: { votes: { gt: 10 } } }],
    ['votes <=', 'votes:<=5', { filter: { votes: { lte: 5 } } }],
    ['votes <', 'votes:<5', { filter: { votes: { lt: 5 } } }],
    ['votes range', 'votes:10..50', { filter: { votes: { gte: 10, lte: 50 } } }],
    ['votes open range', 'votes:10..', { filter: { votes: { gte: 10 } } }],
    ['votes exact', 'votes:10', { filter: { votes: { gte: 10, lte: 10 } } }],
    ['votes =', 'votes:=7', { filter: { votes: { gte: 7, lte: 7 } } }],
    ['votes ≥', 'votes:≥3', { filter: { votes: { gte: 3 } } }],
    ['votes bounds intersect', 'votes:>=10 votes:<=50 votes:>=20', { filter: { votes: { gte: 20, lte: 50 } } }],
    ['has:code', 'has:code', { filter: { hasCode: true } }],
    ['-has:code', '-has:code', { filter: { hasCode: false } }],
    ['has:video', 'has:video', { filter: { media: 'video' } }],
    ['has:image', 'has:image', { filter: { media: 'image' } }],
    ['media OR', 'has:video has:image', { filter: { media: ['video', 'image'] } }],
    ['field names ignore case', 'Author:Le YEAR:2024 Has:Code', { author: ['Le'], filter: { year: 2024, hasCode: true } }],
    ['unknown field is text', 'foo:bar', { text: 'foo:bar' }],
    ['URL is text', 'https://arxiv.org/abs/2402.09368', { text: 'https://arxiv.org/abs/2402.09368' }],
    ['A:B from a title is text', 'Mamba:Linear-Time', { text: 'Mamba:Linear-Time' }],
    ['unknown field before a quote', 'foo:"a b"', { text: 'foo:', phrases: ['a b'] }],
    ['known field with no value is ignored (still typing)', '모델 author:', { text: '모델' }],
    ['known field with an empty quote is ignored', 'title:""', {}],
    ['unclosed quoted value runs to the end', 'author:"Denny Zho', { author: ['Denny Zho'] }],
    ['full-width colon and quotes (Korean IME)', 'author：＂Denny Zhou＂ year：２０２４', { author: ['Denny Zhou'], filter: { year: 2024 } }],
    ['typographic quotes', '“flow matching” －survey', { phrases: ['flow matching'], exclude: ['survey'] }],
    ['ideographic space separates', '언어\u3000모델', { text: '언어 모델' }],
    ['composing jamo stay text', '양잫 ㅇㅈㅎ', { text: '양잫 ㅇㅈㅎ' }],
    [
      'everything together',
      '양자화 "chain of thought" -survey author:"Denny Zhou" title:LLM year:2023,2024 month:2024-02 votes:>=10 has:code has:video',
      {
        text: '양자화',
        phrases: ['chain of thought'],
        exclude: ['survey'],
        author: ['Denny Zhou'],
        title: ['LLM'],
        filter: { year: [2023, 2024], month: '2024-02', votes: { gte: 10 }, hasCode: true, media: 'video' },
      },
    ],
  ])('%s: %s', (_name, input, expected) => {
    expect(parseQuery(input)).toEqual(expected)
  })
})

describe('parseQuery: invalid values', () => {
  it.each<[string, number, string]>([
    ['year:20x4', 5, 'year'],
    ['x year:2024,20x4', 12, 'year'],
    ['year:24', 5, 'year'],
    ['year:2024..2020', 5, 'year'],
    ['year:1000..9999', 5, 'year'],
    ['month:2024-13', 6, 'month'],
    ['month:2024-00', 6, 'month'],
    ['month:2024', 6, 'month'],
    ['votes:>=abc', 6, 'votes'],
    ['votes:>=', 6, 'votes'],
    ['votes:1.5', 6, 'votes'],
    ['votes:-3', 6, 'votes'],
    ['votes:50..10', 6, 'votes'],
    ['votes:..', 6, 'votes'],
    ['has:pdf', 4, 'has'],
    ['-author:Zhou', 0, 'author'],
    ['-year:2024', 0, 'year'],
    ['has:code -has:code', 9, 'has'],
    ['year：２０x４', 5, 'year'],
  ])('%s throws at %i naming %s', (input, position, field) => {
    let caught: unknown
    try {
      parseQuery(input)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(QuerySyntaxError)
    const error = caught as QuerySyntaxError
    expect(error.position).toBe(position)
    expect(error.message.startsWith('hanseek: ')).toBe(true)
    expect(error.message).toContain(field)
  })
})

describe('formatQuery', () => {
  it.each<[StructuredQuery, string]>([
    [{}, ''],
    [{ text: '양자화 transformer' }, '양자화 transformer'],
    [{ phrases: ['chain of thought'], exclude: ['survey', 'large language'] }, '"chain of thought" -survey -"large language"'],
    [{ author: ['Denny Zhou', 'Le'], title: ['flow matching'] }, 'title:"flow matching" author:"Denny Zhou" author:Le'],
    [{ filter: { year: [2023, 2024], month: '2024-02' } }, 'year:2023,2024 month:2024-02'],
    [{ filter: { votes: { gte: 10, lte: 50 } } }, 'votes:10..50'],
    [{ filter: { votes: { gte: 10, lte: 10 } } }, 'votes:10'],
    [{ filter: { votes: { gte: 20, lte: 10 } } }, 'votes:>=20 votes:<=10'],
    [{ filter: { votes: { gt: 1, lt: 9 } } }, 'votes:>1 votes:<9'],
    [{ filter: { hasCode: true, media: ['video', 'image'] } }, 'has:video has:image has:code'],
    [{ filter: { hasCode: false } }, '-has:code'],
    [{ exclude: ['author:x'] }, '-"author:x"'],
    [{ filter: { media: 'none', author: 'X', date: { gte: '2024-01-01' } } }, ''],
  ])('%j → %s', (query, expected) => {
    expect(formatQuery(query)).toBe(expected)
  })
})

/** Query-like strings: syntax pieces mixed with arbitrary Unicode, so the property reaches every branch. */
const queryPiece = fc.oneof(
  fc.constantFrom(
    ' ', '  ', '\t', '\u3000', '"', '“', '”', '＂', '-', '－', ':', '：', ',', '..', '>=', '<', '≥',
    'author:', 'title:', 'year:', 'month:', 'votes:', 'has:', 'AUTHOR:', 'foo:', 'http://x.y/z',
    '2024', '2024-02', '10', 'code', 'video', 'image', '모델', '모델들은', '언어모델', 'ㅇㅈㅎ', '양잫', 'GPT-4o',
  ),
  fc.string({ maxLength: 4, unit: 'grapheme' }),
  fc.string({ maxLength: 3, unit: 'binary' }),
)
const queryLike = fc.array(queryPiece, { maxLength: 14 }).map((pieces) => pieces.join(''))

function parseOrError(input: string): StructuredQuery | QuerySyntaxError {
  try {
    return parseQuery(input)
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error
    throw error
  }
}

describe('parseQuery properties', () => {
  it('never throws anything but QuerySyntaxError, and round-trips through formatQuery', () => {
    let parsed = 0
    let rejected = 0
    fc.assert(
      fc.property(fc.oneof(queryLike, fc.string({ unit: 'binary' })), (input) => {
        const first = parseOrError(input)
        if (first instanceof QuerySyntaxError) {
          rejected++
          expect(first.position).toBeGreaterThanOrEqual(0)
          expect(first.position).toBeLessThanOrEqual(input.length)
          return
        }
        parsed++
        const formatted = formatQuery(first)
        expect(parseQuery(formatted)).toEqual(first)
        expect(formatQuery(parseQuery(formatted))).toBe(formatted)
      }),
      { numRuns: 3000, seed: 20240215 },
    )
    console.log(`parseQuery property: ${parsed + rejected} inputs, ${parsed} parsed and round-tripped, ${rejected} QuerySyntaxError`)
    // Both outcomes must have been exercised, or the property proved little.
    expect(parsed).toBeGreaterThan(1000)
    expect(rejected).toBeGreaterThan(10)
  })

  it('parses a 100 KB query in linear time (work per character stays flat as the query grows)', () => {
    const unit = '모델들은 "chain of thought" -survey author:"Denny Zhou" year:2024 foo:bar '
    const time = (size: number): number => {
      const input = unit.repeat(Math.ceil(size / unit.length))
      const started = performance.now()
      for (let i = 0; i < 3; i++) parseQuery(input)
      return (performance.now() - started) / 3
    }
    time(10_000)
    const small = Math.max(time(10_000), 0.05)
    const large = time(100_000)
    // A quadratic parser would take ~100x; linear is ~10x. The wide margin absorbs noise from parallel jobs.
    expect(large / small).toBeLessThan(40)
    const unclosed = `"${'가'.repeat(100_000)}`
    expect(parseQuery(unclosed).phrases?.[0]?.length).toBe(100_000)
    expect(parseQuery('-'.repeat(100_000)).exclude?.[0]?.length).toBe(99_999)
  })
})
