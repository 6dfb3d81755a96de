import { describe, expect, it } from 'vitest'
import { QuerySyntaxError } from '../../../src/model/errors.js'
import { MAX_QUERY_WORDS } from '../../../src/query/defaults.js'
import { checkQuerySize, queryWordCount } from '../../../src/query/query-bounds.js'
import { buildIndex } from '../../../src/build/index.js'
import type { Paper } from '../../../src/model/index.js'

describe('query size bound', () => {
  it.each([
    [{}, 0],
    [{ text: '양자화 transformer' }, 2],
    [{ text: '  언어\u3000모델  ' }, 2],
    [{ text: 'a', phrases: ['chain of thought'], title: ['x y'], author: ['Denny Zhou'], exclude: ['survey'] }, 9],
  ])('counts the words of %j', (query, words) => {
    expect(queryWordCount(query)).toBe(words)
  })

  it('accepts a query at the bound and rejects one word more with a typed error', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
    expect(() => checkQuerySize({ text: words(MAX_QUERY_WORDS) })).not.toThrow()
    expect(() => checkQuerySize({ text: words(MAX_QUERY_WORDS + 1) })).toThrow(QuerySyntaxError)
    expect(() => checkQuerySize({ text: words(MAX_QUERY_WORDS + 1) })).toThrow(/^hanseek: query too long: 257 words/)
  })

  it('makes search answer a 100 KB query with a QuerySyntaxError at once', () => {
    const paper: Paper = {
      id: '2401.00001', url: 'https://arxiv.org/abs/2401.00001', title: 'Quantized models', date: '2024-01-01',
      dates: ['2024-01-01'], votes: 1, authors: ['Kim'], media: null,
      summary: { text: '양자화 모델을 제안합니다.', bullets: ['양자화 모델을 제안합니다.'], sections: [] },
      links: { code: [], project: [] }, source: { file: 'a.md', line: 1 },
    }
    const index = buildIndex([paper])
    const huge = '양자화 모델을 '.repeat(100_000 / 8)
    expect(() => index.search(huge)).toThrow(QuerySyntaxError)
    expect(index.search('양자화').total).toBe(1)
  })
})
