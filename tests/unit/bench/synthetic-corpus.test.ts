import { describe, expect, it } from 'vitest'
import { generateSyntheticCorpus, mulberry32, syntheticId } from '../../../bench/synthetic-corpus.js'
import type { Paper } from '../../../src/model/index.js'

// Tiny papers written for this test (not corpus text).
function paper(id: string, title: string, bullets: string[], authors: string[], votes: number | null, date: string): Paper {
  const sections = id.endsWith('1') ? [{ key: 'whatsNew', label: "What's New", text: bullets[0]! }] : []
  return {
    id, url: `https://arxiv.org/abs/${id}`, title, date, dates: [date], votes, authors, media: null,
    summary: { text: bullets.join('\n'), bullets, sections }, links: { code: [], project: [] },
    source: { file: 'test.md', line: 1 },
  }
}

const real: Paper[] = [
  paper('2401.00001', 'Alpha model', ['첫 번째 문장입니다.', '두 번째 문장.'], ['Kim A', 'Lee B'], 3, '2024-01-02'),
  paper('2401.00002', 'Beta search', ['검색을 빠르게 합니다.'], ['Park C'], null, '2024-01-03'),
  paper('2402.00003', 'Gamma tokens', ['토큰을 셉니다.', '세 번째.', '네 번째.'], ['Kim A'], 40, '2024-02-10'),
]

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and stays in [0, 1)', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    const first = Array.from({ length: 1000 }, () => a())
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(new Set(first).size).toBeGreaterThan(990)
  })

  it('gives different sequences for different seeds', () => {
    const a = mulberry32(1)
    const b = mulberry32(2)
    expect([a(), a(), a()]).not.toEqual([b(), b(), b()])
  })
})

describe('syntheticId', () => {
  it.each([
    { n: 0, want: '9000.00000' },
    { n: 1, want: '9000.00001' },
    { n: 123456, want: '9001.23456' },
    { n: 99_999_999, want: '9999.99999' },
  ])('$n → $want', ({ n, want }) => {
    expect(syntheticId(n)).toBe(want)
  })

  it('rejects numbers it cannot encode', () => {
    expect(() => syntheticId(-1)).toThrow(RangeError)
    expect(() => syntheticId(100_000_000)).toThrow(RangeError)
  })
})

describe('generateSyntheticCorpus', () => {
  it('returns the real papers unchanged at scale 1', () => {
    expect(generateSyntheticCorpus(real, { scale: 1 })).toEqual(real)
  })

  it('is deterministic for a seed and differs for another seed', () => {
    const a = generateSyntheticCorpus(real, { scale: 5, seed: 11 })
    const b = generateSyntheticCorpus(real, { scale: 5, seed: 11 })
    const c = generateSyntheticCorpus(real, { scale: 5, seed: 12 })
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c))
  })

  it('has scale × n papers with unique ids, the real ones first', () => {
    const x20 = generateSyntheticCorpus(real, { scale: 20 })
    expect(x20).toHaveLength(60)
    expect(x20.slice(0, 3)).toEqual(real)
    expect(new Set(x20.map((p) => p.id)).size).toBe(60)
    for (const p of x20.slice(3)) {
      expect(p.id).toMatch(/^9\d{3}\.\d{5}$/)
      expect(p.url).toBe(`https://arxiv.org/abs/${p.id}`)
    }
  })

  it('draws titles, bullets, authors, votes and dates only from the real papers', () => {
    const titles = new Set(real.map((p) => p.title))
    const bullets = new Set(real.flatMap((p) => p.summary.bullets))
    const authors = new Set(real.flatMap((p) => p.authors))
    const votes = new Set(real.map((p) => p.votes))
    const dates = new Set(real.map((p) => p.date))
    for (const p of generateSyntheticCorpus(real, { scale: 20, seed: 3 }).slice(3)) {
      expect(titles.has(p.title)).toBe(true)
      expect(p.summary.bullets.length).toBeGreaterThan(0)
      for (const b of p.summary.bullets) expect(bullets.has(b)).toBe(true)
      expect(p.summary.text).toBe(p.summary.bullets.join('\n'))
      for (const a of p.authors) expect(authors.has(a)).toBe(true)
      expect(votes.has(p.votes)).toBe(true)
      expect(dates.has(p.date)).toBe(true)
      if (p.summary.sections.length > 0) expect(p.summary.whatsNew).toBe(p.summary.sections[0]!.text)
    }
  })

  it('rejects a scale that is not a positive integer', () => {
    expect(() => generateSyntheticCorpus(real, { scale: 0 })).toThrow(RangeError)
    expect(() => generateSyntheticCorpus(real, { scale: 2.5 })).toThrow(RangeError)
  })
})
