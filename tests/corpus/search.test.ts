// The real corpus (../shared/corpus): build, search known papers (expected ids chosen by reading their
// digests), and byte-identical serialization.
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Paper } from '../../src/model/paper.js'
import { readDigestFolder } from '../../src/node/index.js'
import { loadIndex, type PaperIndex } from '../../src/query/index.js'
import { buildIndex, type WritablePaperIndex } from '../../src/build/index.js'

const corpus = path.resolve(__dirname, '../..', '../shared/corpus/daily-papers-ko/paper_logs')
let papers: Paper[]
let index: WritablePaperIndex
let bytes: Uint8Array

beforeAll(async () => {
  papers = (await readDigestFolder(corpus)).papers
  index = buildIndex(papers)
  bytes = index.serialize()
}, 180_000)

const top = (q: string, n = 3) => index.search(q, { limit: n }).hits.map((h) => h.id)

describe('search over the real corpus', () => {
  it('indexes every parsed paper', () => {
    expect(papers.length).toBeGreaterThan(5000)
    expect(index.size).toBe(papers.length)
  })

  it.each([
    ['Differential Transformer', '2410.05258', 1],
    ['MixLLM', '2412.14590', 1],
    ['차동 증폭기처럼 노이즈를 상쇄하는 어텐션', '2410.05258', 3],
    ['출력 특징별 전역 혼합 정밀도 양자화', '2412.14590', 3],
    ['혼합정밀도 양자화', '2412.14590', 10],
    ['"differential amplifiers"', '2410.05258', 3],
    ['author:"Furu Wei" 어텐션 노이즈', '2410.05258', 3],
  ])('%s → %s in the top %d', (query, id, n) => {
    expect(top(query, n)).toContain(id)
  })

  it('facets count the whole match set and filters narrow it', () => {
    const all = index.search('양자화', { facets: ['year'], limit: 1 })
    const sum = all.facets.year!.reduce((s, v) => s + v.count, 0)
    expect(sum).toBe(all.total)
    const y2024 = index.search('양자화 year:2024', { facets: ['year'] })
    expect(y2024.total).toBe(all.facets.year!.find((v) => v.value === '2024')!.count)
    expect(y2024.facets.year!.find((v) => v.value === '2024')!.selected).toBe(true)
  })

  it('serialization is byte-identical across builds and survives a round trip', () => {
    // Buffer.equals: vitest's deep equality is far too slow on 10 MB arrays.
    const again = buildIndex(papers).serialize()
    expect(again.length).toBe(bytes.length)
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
    const loaded = loadIndex(bytes)
    for (const q of ['Differential Transformer', '언어 모델 양자화', '"chain of thought"']) {
      expect(loaded.search(q, { facets: ['author'] })).toEqual(index.search(q, { facets: ['author'] }))
    }
  })
})
