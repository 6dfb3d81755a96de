// The synonym glossary travels in the index file (recorded in the analyzer descriptor of the header), so a
// loaded index expands queries exactly as the built one, without the query side importing a glossary.
import { describe, expect, it } from 'vitest'
import { createAnalyzer, createDefaultAnalyzer, GLOSSARY, summarizeGlossary } from '../../../src/analysis/index.js'
import { IndexFormatError } from '../../../src/model/errors.js'
import { loadIndex, loadIndexAsync, type PaperIndex } from '../../../src/query/index.js'
import { buildIndex } from '../../../src/build/index.js'
import { extraPaper } from './fixtures.js'

const papers = [
  extraPaper('2601.00001', 'Routing Tokens in Sparse Mixture-of-Experts', 'We study load balancing of experts.'),
  extraPaper('2601.00003', 'Reward Shaping for Agents', '강화 학습 에이전트의 보상을 설계합니다.'),
  extraPaper('2601.00004', 'Policy Learning at Scale', 'Scaling reinforcement learning for robot policies.'),
]
const ids = (index: PaperIndex, q: string) => index.search(q, { limit: 10 }).hits.map((h) => h.id)
const SMALL = 'reinforcement learning|강화학습'

describe('the glossary recorded in the index file', () => {
  it.each([
    ['default build: the built-in glossary', {}, GLOSSARY],
    ['analyzer options without a glossary: the built-in one', { analyzer: { grams: 2 } }, GLOSSARY],
    ['a custom glossary', { analyzer: { glossary: SMALL } }, SMALL],
    ['synonyms off: no glossary', { analyzer: { synonyms: false } }, undefined],
  ])('%s', async (_name, options, glossary) => {
    const built = buildIndex(papers, options)
    expect(built.analyzer.options.glossary).toBe(glossary)
    for (const loaded of [loadIndex(built.serialize()), await loadIndexAsync(built.serialize({ gzip: true }))]) {
      expect(loaded.analyzer).toEqual(built.analyzer)
      for (const q of ['강화학습', 'mixture of experts', '전문가 혼합']) expect(ids(loaded, q), q).toEqual(ids(built, q))
    }
  })

  it('a loaded default index still expands Korean to English', () => {
    const loaded = loadIndex(buildIndex(papers).serialize())
    expect(ids(loaded, '강화학습')).toContain('2601.00004')
    expect(ids(loaded, '전문가 혼합')).toContain('2601.00001')
    const off = loadIndex(buildIndex(papers, { analyzer: { synonyms: false } }).serialize())
    expect(ids(off, '전문가 혼합')).toEqual([])
  })

  it('analyzer options given at load take the glossary of the file; an Analyzer is used as given', () => {
    const bytes = buildIndex(papers).serialize()
    expect(loadIndex(bytes, { analyzer: { grams: 2 } }).analyzer.options.glossary).toBe(GLOSSARY)
    expect(ids(loadIndex(bytes, { analyzer: {} }), '전문가 혼합')).toContain('2601.00001')
    expect(ids(loadIndex(bytes, { analyzer: createDefaultAnalyzer() }), '전문가 혼합')).toContain('2601.00001')
    // The glossary changes no index term, so an analyzer with another glossary (or none) fits the file.
    const bare = loadIndex(bytes, { analyzer: createAnalyzer() })
    expect(ids(bare, '전문가 혼합')).toEqual([])
    expect(ids(loadIndex(bytes, { analyzer: createAnalyzer({ glossary: SMALL }) }), '강화학습')).toContain('2601.00004')
  })

  it('still refuses an analyzer whose index terms differ, naming the glossary by its summary only', () => {
    const bytes = buildIndex(papers).serialize()
    let error: unknown
    try {
      loadIndex(bytes, { analyzer: { grams: 3 } })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(IndexFormatError)
    expect((error as IndexFormatError).problem).toBe('analyzer-mismatch')
    const message = (error as Error).message
    expect(message).toContain(summarizeGlossary(GLOSSARY).hash)
    expect(message.length).toBeLessThan(600)
  })

  it('stats() shows the glossary as group count and hash, index.analyzer keeps the text', () => {
    const index = buildIndex(papers)
    const stats = index.stats()
    expect(stats.analyzer.options.glossary).toEqual(summarizeGlossary(GLOSSARY))
    expect(JSON.stringify(stats).length).toBeLessThan(1500)
    expect(loadIndex(index.serialize()).stats()).toEqual(stats)
  })
})
