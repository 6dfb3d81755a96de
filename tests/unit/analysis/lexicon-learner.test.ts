import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/analysis/analyzer.js'
import { AnalyzerError } from '../../../src/analysis/errors.js'
import { learnCompoundLexicon } from '../../../src/analysis/lexicon-learner.js'

// Sentences written for this test.
const texts = [
  '버스를 기다리며 정류장에서 한참 서 있었다.',
  '정류장은 공원 앞에 있고 버스는 자주 온다.',
  '새 모델은 언어를 잘 이해한다. 모델의 크기가 크다.',
  '경기도에서 열린 행사에 경기도의 주민이 모였다.',
  'GPT를 쓰는 사람은 빠른 답을 원한다.',
]

describe('learnCompoundLexicon', () => {
  it('keeps nouns seen with particles at least minCount times, sorted', () => {
    expect(learnCompoundLexicon(texts)).toBe('경기도 모델 버스 정류장')
  })

  it('counts bare occurrences towards minCount, but never learns a word seen only bare', () => {
    expect(learnCompoundLexicon(['버스를 탔다', '버스 안에서', '공원 공원 공원'])).toBe('버스')
  })

  it('is deterministic and independent of text order', () => {
    expect(learnCompoundLexicon([...texts].reverse())).toBe(learnCompoundLexicon(texts))
  })

  it('leaves out predicates, one-syllable stems, light-verb forms and Latin-attached words', () => {
    const words = learnCompoundLexicon([...texts, '친절함도 좋았다'], { minCount: 1 }).split(' ')
    expect(words).toEqual(expect.arrayContaining(['크기', '사람', '이해', '주민', '행사']))
    for (const w of ['빠른', '원한', '답', '새', 'gpt', '친절함', '친절']) expect(words).not.toContain(w)
  })

  it('leaves out fused -ㅂ니다/-ㄴ다 forms and -어지다 stems, which look like noun + copula or particle', () => {
    const words = learnCompoundLexicon(['학생을 가르칩니다', '값이 높아지도록 한다', '모델을 만듭니다', '모델이 높아지는'], { minCount: 1 }).split(' ')
    expect(words).toContain('모델')
    for (const w of ['가르칩니', '만듭니', '높아지', '높아']) expect(words).not.toContain(w)
  })

  it('bounds the size with maxWords, the most frequent first', () => {
    expect(learnCompoundLexicon(texts, { maxWords: 1 }).split(' ')).toHaveLength(1)
    expect(learnCompoundLexicon(texts, { maxWords: 0 })).toBe('')
  })

  it('gives an analyzer option that splits compounds, recorded in the descriptor', () => {
    const lexicon = learnCompoundLexicon(texts)
    const analyzer = createAnalyzer({ lexicon })
    expect(analyzer.analyze('버스정류장까지').filter((t) => t.view === 'word').map((t) => t.term)).toEqual(['버스정류장', '버스', '정류장'])
    expect(analyzer.descriptor.options).toEqual({ grams: 2, stemEnglish: true, splitCompounds: true, lexicon })
    expect(createAnalyzer({ lexicon: '' }).descriptor.options).toEqual({ grams: 2, stemEnglish: true, splitCompounds: true })
    expect(() => createAnalyzer({ lexicon: 3 as unknown as string })).toThrow(AnalyzerError)
  })
})
