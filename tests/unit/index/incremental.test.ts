import { describe, expect, it } from 'vitest'
import type { Paper } from '../../../src/model/paper.js'
import { OptionsError } from '../../../src/model/errors.js'
import { loadIndex, type PaperIndex } from '../../../src/query/index.js'
import { buildIndex, openIndex } from '../../../src/build/index.js'
import { extraPaper, fixturePapers } from './fixtures.js'

const QUERIES = ['양자화', '언어 모델', 'quantization survey', '"chain of thought"', '강화학습', 'author:"Mina Park"', 'diffusion 확산', '']

/** Results of every query, with scores compared to 1e-9 (floating sums may differ in the last bits). */
function expectSameResults(actual: PaperIndex, expected: PaperIndex): void {
  expect(actual.size).toBe(expected.size)
  for (const q of QUERIES) {
    const a = actual.search(q, { facets: ['year', 'author', 'votes', 'media', 'hasCode', 'month'], limit: 100 })
    const e = expected.search(q, { facets: ['year', 'author', 'votes', 'media', 'hasCode', 'month'], limit: 100 })
    expect(a.total, q).toBe(e.total)
    expect(a.facets, q).toEqual(e.facets)
    expect(a.hits.map((h) => h.id), q).toEqual(e.hits.map((h) => h.id))
    a.hits.forEach((hit, i) => expect(Math.abs(hit.score - e.hits[i]!.score), `${q} ${hit.id}`).toBeLessThan(1e-9))
    expect(a.hits.map((h) => h.paper)).toEqual(e.hits.map((h) => h.paper))
  }
  expect(actual.suggest('양')).toEqual(expected.suggest('양'))
}

describe('add / remove / replace', () => {
  const all = fixturePapers()
  const extra: Paper[] = [
    extraPaper('2503.00100', 'Quantization Aware Training', '양자화 인식 학습으로 정확도를 회복합니다.'),
    extraPaper('2503.00101', 'Agents that Browse the Web', '웹을 탐색하는 에이전트를 강화학습으로 훈련합니다.'),
  ]

  it('add after openIndex equals a fresh build of the union', () => {
    const loaded = openIndex(buildIndex(all).serialize())
    loaded.add(extra)
    expectSameResults(loaded, buildIndex([...all, ...extra]))
  })

  it('remove after openIndex equals a fresh build without the removed papers', () => {
    const loaded = openIndex(buildIndex(all).serialize())
    loaded.remove(['2401.00001', '2402.00004'])
    const rest = all.filter((p) => p.id !== '2401.00001' && p.id !== '2402.00004')
    expectSameResults(loaded, buildIndex(rest))
    expect(loaded.has('2401.00001')).toBe(false)
    expect(loaded.get('2401.00001')).toBeUndefined()
  })

  it('replace equals a fresh build with the new version, and survives another round trip', () => {
    const index = buildIndex(all)
    const changed = { ...all[0]!, title: 'Pruning of Large Language Models', summary: { ...all[0]!.summary, text: '가지치기로 모델을 줄입니다.' } }
    index.replace(changed)
    const fresh = buildIndex([changed, ...all.slice(1)])
    expectSameResults(index, fresh)
    expectSameResults(loadIndex(index.serialize()), fresh)
    expect(index.search('pruning').hits[0]?.id).toBe('2401.00001')
  })

  it('remove then add back equals the original', () => {
    const index = buildIndex(all)
    index.remove('2403.00006')
    index.add(all.find((p) => p.id === '2403.00006')!)
    expectSameResults(index, buildIndex(all))
  })

  it('rejects duplicates and unknown ids with OptionsError, changing nothing', () => {
    const index = buildIndex(all)
    expect(() => index.add(all[0]!)).toThrow(OptionsError)
    expect(() => index.remove(['2401.00001', 'nope'])).toThrow(/not in the index/)
    expect(index.has('2401.00001')).toBe(true)
    expect(() => buildIndex([all[0]!, all[0]!])).toThrow(/given twice/)
  })
})
