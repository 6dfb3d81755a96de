import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/analysis/analyzer.js'
import { buildIndex } from '../../../src/build/index.js'
import { loadIndex } from '../../../src/query/paper-index.js'
import { spacedForm, startsWordIn } from '../../../src/query/spaced-compounds.js'
import { extraPaper, fixturePapers } from '../index/fixtures.js'

const analyzer = createAnalyzer()

describe('spacedForm', () => {
  it.each([
    ['언어모델', '언어 모델'],
    ['인과분석을', '인과 분석'],
    ['사전학습데이터', '사전 학습 데이터'],
    // no compound, or parts that do not spell the word
    ['모델', undefined],
    ['파이프라인', undefined],
    ['도메인별', undefined],
    ['gpt-4o', undefined],
  ])('%s → %s', (word, expected) => {
    expect(spacedForm(analyzer.analyzeQuery(word)[0]!)).toBe(expected)
  })
})

describe('startsWordIn', () => {
  it.each([
    ['인과 분석을 자동화합니다', '인과 분석', true],
    ['고급 인과 분석', '인과 분석', true],
    ['(인과 분석)', '인과 분석', true],
    // inside a longer word: 원인과 분석 is "cause and analysis"
    ['원인과 분석', '인과 분석', false],
    ['원인과 분석, 인과 분석', '인과 분석', true],
    ['', '인과 분석', false],
  ])('%s has %s at a word start: %s', (text, phrase, expected) => {
    expect(startsWordIn(text, phrase)).toBe(expected)
  })
})

describe('a compound typed joined finds the spaced spelling as well as the joined one', () => {
  // Three papers on top of the fixtures (which never write 인과): spaced, joined, parts apart.
  const index = buildIndex([
    ...fixturePapers(),
    extraPaper('2601.00001', 'A paper', '인과 분석을 자동화하는 에이전트를 제안합니다.'),
    extraPaper('2601.00002', 'A paper', '인과분석을 자동화하는 에이전트를 제안합니다.'),
    extraPaper('2601.00003', 'A paper', '분석 결과로 인과 관계를 찾는 에이전트입니다.'),
  ])
  const hits = index.search('인과분석', { limit: 20 }).hits
  const score = (id: string) => hits.find((h) => h.id === id)!.score

  it('ranks the joined and the spaced spelling first, well above the parts apart', () => {
    expect(hits.slice(0, 3).map((h) => h.id)).toEqual(['2601.00002', '2601.00001', '2601.00003'])
    expect(score('2601.00001') / score('2601.00003')).toBeGreaterThan(1.4)
  })

  it('scores the spaced spelling close to the joined one', () => {
    expect(score('2601.00001') / score('2601.00002')).toBeGreaterThan(0.6)
  })

  it('gives a loaded index the same ranking and scores', () => {
    const loaded = loadIndex(index.serialize()).search('인과분석', { limit: 20 }).hits
    expect(loaded.map((h) => [h.id, h.score.toFixed(9)])).toEqual(hits.map((h) => [h.id, h.score.toFixed(9)]))
  })
})
