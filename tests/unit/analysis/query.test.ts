import { describe, expect, it } from 'vitest'
import { choseongOf, completionOf, createAnalyzer } from '../../../src/analysis/index.js'

const analyzer = createAnalyzer()

describe('analyzeQuery', () => {
  it('groups terms by query word with offsets', () => {
    const words = analyzer.analyzeQuery('모델의 성능은')
    expect(words.map((w) => [w.text, w.start, w.end, w.terms.map((t) => t.term)])).toEqual([
      ['모델의', 0, 3, ['모델']],
      ['성능은', 4, 7, ['성능']],
    ])
    expect(words[0]?.completion).toBeUndefined()
  })

  it('a query word 모델의 finds what 모델들은 produced', () => {
    const doc = new Set(analyzer.analyze('모델들은').map((t) => t.term))
    for (const t of analyzer.analyzeQuery('모델의')[0]?.terms ?? []) expect(doc.has(t.term)).toBe(true)
  })

  it.each([
    ['무엇인가요', []],
    ['있나요', []],
    ['어떻게', []],
    ['했을까', []],
    ['제안했나요', ['제안']],
  ])('question word %s → %j', (q, expected) => {
    expect(analyzer.analyzeQuery(q)[0]?.terms.map((t) => t.term)).toEqual(expected)
  })

  it('completes the last word while typing, including an IME syllable in composition', () => {
    const words = analyzer.analyzeQuery('효율적인 양잫', { prefixLast: true })
    expect(words[0]?.completion).toBeUndefined()
    expect(words[1]?.completion).toEqual({ prefix: '양자', nextInitial: 'ㅎ', typed: '양잫' })
    expect(analyzer.analyzeQuery('Transf', { prefixLast: true })[0]?.completion).toEqual({ prefix: 'transf' })
    expect(analyzer.analyzeQuery('모델 ', { prefixLast: true })[0]?.completion).toBeUndefined()
  })

  it('marks choseong-only words', () => {
    const [w] = analyzer.analyzeQuery('ㅇㅈㅎ', { prefixLast: true })
    expect(w?.choseong).toBe('ㅇㅈㅎ')
    expect(w?.completion).toBeUndefined()
  })
})

describe('completionOf', () => {
  it.each([
    ['양잫', { prefix: '양자', nextInitial: 'ㅎ', typed: '양잫' }],
    ['닭', { prefix: '달', nextInitial: 'ㄱ', typed: '닭' }],
    ['않', { prefix: '안', nextInitial: 'ㅎ', typed: '않' }],
    ['양자ㅎ', { prefix: '양자', nextInitial: 'ㅎ', typed: '양자ㅎ' }],
    ['양자', { prefix: '양자' }],
    ['"GPT', { prefix: 'gpt' }],
  ])('%s → %j', (word, expected) => {
    expect(completionOf(word)).toEqual(expected)
  })
  it('returns undefined for punctuation only', () => {
    expect(completionOf('...')).toBeUndefined()
  })
})

describe('choseongOf', () => {
  it.each([
    ['ㅇㅈㅎ', 'ㅇㅈㅎ'],
    ['ㄱ', 'ㄱ'],
    ['양자', undefined],
    ['ㅇㅏ', undefined],
  ])('%s → %s', (w, expected) => {
    expect(choseongOf(w)).toBe(expected)
  })
})
