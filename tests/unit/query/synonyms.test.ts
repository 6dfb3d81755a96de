import { describe, expect, it } from 'vitest'
import { buildIndex } from '../../../src/build/index.js'
import { extraPaper } from '../index/fixtures.js'

// Each concept is written in one form only: English in one paper, Korean or transliterated in another.
const papers = [
  extraPaper('2601.00001', 'Routing Tokens in Sparse Mixture-of-Experts', 'We study load balancing of experts.'),
  extraPaper('2601.00002', 'Prompt Leakage Attacks', '전문가 혼합 구조에서 다른 사용자의 입력이 새어 나가는 문제를 다룹니다.'),
  extraPaper('2601.00003', 'Reward Shaping for Agents', '강화 학습 에이전트의 보상을 설계합니다.'),
  extraPaper('2601.00004', 'Policy Learning at Scale', 'Scaling reinforcement learning for robot policies.'),
  extraPaper('2601.00005', 'Counting Fabricated Facts', '언어 모델의 할루시네이션 빈도를 측정합니다.'),
  extraPaper('2601.00006', 'Weather Maps from Satellites', '위성 사진으로 날씨 지도를 만듭니다.'),
  extraPaper('2601.00007', 'Image Synthesis', '디퓨전 모델로 이미지를 만듭니다.'),
]

const withSynonyms = buildIndex(papers)
const without = buildIndex(papers, { analyzer: { synonyms: false } })
const ids = (index: typeof withSynonyms, q: string) => index.search(q, { limit: 10 }).hits.map((h) => h.id)

describe('glossary synonyms in search', () => {
  it.each([
    ['Korean query, English paper', '전문가 혼합 모델에서', '2601.00001'],
    ['English query, Korean paper', 'mixture of experts', '2601.00002'],
    ['acronym query, Korean paper', 'MoE', '2601.00002'],
    ['Korean query (closed up), English paper', '강화학습으로', '2601.00004'],
    ['acronym query, both spellings', 'RL', '2601.00003'],
    ['English query, transliterated paper', 'hallucination', '2601.00005'],
    ['translation query, transliterated paper', '환각을', '2601.00005'],
    ['translation query, transliterated paper', '확산으로', '2601.00007'],
  ])('%s: %s finds %s, which it misses without synonyms', (_name, query, id) => {
    expect(ids(withSynonyms, query)).toContain(id)
    expect(ids(without, query)).not.toContain(id)
  })

  it('a paper with the query own form ranks above one with a synonym', () => {
    const found = ids(withSynonyms, '강화 학습')
    expect(found.indexOf('2601.00003')).toBeGreaterThanOrEqual(0)
    expect(found.indexOf('2601.00003')).toBeLessThan(found.indexOf('2601.00004'))
  })

  it('unrelated papers stay out', () => {
    expect(ids(withSynonyms, '전문가 혼합')).not.toContain('2601.00006')
  })
})
