import { describe, expect, it } from 'vitest'
import { buildIndex } from '../../../src/build/index.js'
import { PART_WEIGHT } from '../../../src/query/defaults.js'
import { PlanBuilder } from '../../../src/query/query-plan.js'
import { fixturePapers } from '../index/fixtures.js'

const index = buildIndex(fixturePapers(), { analyzer: { synonyms: false } })

/** Word-view weight of each term of the plan of `query` (1 where a spec carries no weight). */
function wordWeights(query: string): Record<string, number> {
  const plan = new PlanBuilder(index.core)
  plan.addWords(index.core.analyzer.analyzeQuery(query))
  return Object.fromEntries(plan.specs.filter((s) => s.view === 'word').map((s) => [s.term, s.weight ?? 1]))
}

describe('query plan weights', () => {
  it('counts a part below its whole but above nothing', () => {
    expect(PART_WEIGHT).toBeGreaterThan(0)
    expect(PART_WEIGHT).toBeLessThan(1)
  })

  it.each([
    // a word's parts count at PART_WEIGHT, its whole at 1
    ['언어모델', { 언어모델: 1, 언어: PART_WEIGHT, 모델: PART_WEIGHT }],
    ['gpt-4o', { 'gpt-4o': 1, gpt: PART_WEIGHT, '4o': PART_WEIGHT }],
    // a term that is a part of one word and the whole of another counts as typed
    ['언어모델 모델', { 언어모델: 1, 언어: PART_WEIGHT, 모델: 1 }],
    ['언어 모델', { 언어: 1, 모델: 1 }],
  ])('%s → %j', (query, expected) => {
    expect(wordWeights(query)).toEqual(expected)
  })

  it('ranks a paper with the whole compound above one with its parts apart', () => {
    const papers = [
      { ...fixturePapers()[0]!, id: '2601.00001', title: 'A', summary: { ...fixturePapers()[0]!.summary, text: '언어 모델을 줄입니다.' } },
      { ...fixturePapers()[0]!, id: '2601.00002', title: 'B', summary: { ...fixturePapers()[0]!.summary, text: '언어모델을 줄입니다.' } },
    ]
    const hits = buildIndex(papers).search('언어모델').hits
    expect(hits.map((h) => h.id)).toEqual(['2601.00002', '2601.00001'])
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score * 0.8)
  })
})
