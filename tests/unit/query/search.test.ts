import { describe, expect, it } from 'vitest'
import { OptionsError, QuerySyntaxError } from '../../../src/model/errors.js'
import { DEFAULT_PRIORS } from '../../../src/index/defaults.js'
import { buildIndex } from '../../../src/build/index.js'
import { fixturePapers } from '../index/fixtures.js'

const index = buildIndex(fixturePapers())
const ids = (q: string, options = {}) => index.search(q, { limit: 100, ...options }).hits.map((h) => h.id)

describe('query syntax, end to end', () => {
  it.each([
    ['Korean word, inflected in the text', '양자화', ['2401.00001', '2312.00008', '2502.00012']],
    ['English word, stemmed', 'quantizing', ['2401.00001', '2312.00008']],
    ['compound found through grams', '언어모델', ['2403.00006']],
  ])('words: %s', (_name, query, expected) => {
    const found = ids(query)
    for (const id of expected) expect(found, query).toContain(id)
  })

  it('words are OR-ed and ranked: a paper matching more words ranks first', () => {
    const found = ids('양자화 서베이')
    expect(found[0]).toBe('2312.00008')
    expect(found).toContain('2402.00004')
    expect(found).toContain('2401.00001')
  })

  it('"phrases" must appear as written (normalized)', () => {
    expect(ids('"chain of thought"')).toEqual(['2401.00002'])
    expect(ids('"thought of chain"')).toEqual([])
    expect(ids('"언어 모델"').sort()).toEqual(['2401.00001', '2502.00012'])
  })

  it('-exclude removes hits, for words and phrases', () => {
    expect(ids('양자화')).toContain('2312.00008')
    expect(ids('양자화 -survey')).not.toContain('2312.00008')
    expect(ids('양자화 -"저비트 양자화"')).not.toContain('2312.00008')
    expect(ids('양자화 -"저비트 양자화"')).toContain('2401.00001')
  })

  it('author: restricts to papers of that author (any part of the name, any case)', () => {
    expect(ids('author:"Denny Zhou"').sort()).toEqual(['2401.00001', '2401.00002', '2501.00009'])
    expect(ids('author:zhou 양자화')).toEqual(['2401.00001'])
  })

  it('title: restricts to papers with the words in the title', () => {
    expect(ids('title:survey').sort()).toEqual(['2312.00008', '2402.00004'])
    expect(ids('title:quantization 양자화').sort()).toEqual(['2312.00008', '2401.00001'])
  })

  it.each([
    ['year:2023', ['2312.00007', '2312.00008']],
    ['month:2024-02', ['2402.00003', '2402.00004']],
    ['votes:>=100', ['2401.00001', '2501.00009']],
    ['has:video', ['2402.00003', '2501.00009']],
    ['has:code year:2025', ['2502.00011']],
  ])('%s filters', (query, expected) => {
    expect(ids(query).sort()).toEqual(expected)
  })

  it('an invalid value throws QuerySyntaxError', () => {
    expect(() => index.search('year:20x4')).toThrow(QuerySyntaxError)
  })

  it('accepts a structured query', () => {
    const r = index.search({ text: '양자화', exclude: ['survey'], filter: { year: 2024 } })
    expect(r.hits.map((h) => h.id)).toEqual(['2401.00001'])
    expect(() => index.search({ text: 5 } as never)).toThrow(QuerySyntaxError)
  })

  it('a query of words the index does not have finds nothing (not the whole corpus)', () => {
    expect(index.search('zzzzqqq').total).toBe(0)
  })
})

describe('filters and disjunctive facets', () => {
  it('facets count the whole match set, not the page', () => {
    const r = index.search('', { facets: ['year'], limit: 1 })
    expect(r.hits).toHaveLength(1)
    expect(r.facets.year).toEqual([
      { value: '2024', count: 6, selected: false },
      { value: '2025', count: 4, selected: false },
      { value: '2023', count: 2, selected: false },
    ])
  })

  it('values of one field are OR-ed, fields AND-ed', () => {
    expect(index.search('', { filter: { year: [2023, 2025] } }).total).toBe(6)
    expect(index.search('', { filter: { year: [2023, 2025], hasCode: true } }).total).toBe(2)
  })

  it("a field's counts ignore its own selection; other fields' counts honour it; selected is marked", () => {
    const r = index.search('', { filter: { year: 2024, media: 'image' }, facets: ['year', 'media', 'author'] })
    expect(r.total).toBe(1)
    // year counts: media=image applies, year selection ignored → 2024:1, 2023:1, 2025:1
    expect(r.facets.year).toEqual([
      { value: '2023', count: 1, selected: false },
      { value: '2024', count: 1, selected: true },
      { value: '2025', count: 1, selected: false },
    ])
    // media counts: year=2024 applies, media selection ignored
    expect(r.facets.media).toEqual([
      { value: 'none', count: 4, selected: false },
      { value: 'image', count: 1, selected: true },
      { value: 'video', count: 1, selected: false },
    ])
    expect(r.facets.author?.map((a) => a.value)).toEqual(['Denny Zhou', 'Mina Park'])
  })

  it('month, author (top N, selected kept), hasCode facets', () => {
    const r = index.search('', { facets: ['month', 'author', 'hasCode'], facetLimit: 2, filter: { author: 'jisoo kim' } })
    expect(r.total).toBe(2)
    expect(r.facets.author).toEqual([
      { value: 'Mina Park', count: 4, selected: false },
      { value: 'Ana Silva', count: 3, selected: false },
      { value: 'Jisoo Kim', count: 2, selected: true },
    ])
    expect(r.facets.hasCode).toEqual([{ value: 'false', count: 2, selected: false }])
    expect(r.facets.month).toEqual([
      { value: '2024-03', count: 1, selected: false },
      { value: '2025-01', count: 1, selected: false },
    ])
  })

  it('votes facet: ranges, none, min/max; a votes filter marks the ranges it covers', () => {
    const r = index.search('', { facets: ['votes'], filter: { votes: { gte: 50 } } })
    expect(r.total).toBe(4)
    expect(r.facets.votes).toEqual([
      { value: '10-49', count: 4, selected: false },
      { value: '1-9', count: 2, selected: false },
      { value: '100+', count: 2, selected: true },
      { value: '50-99', count: 2, selected: true },
      { value: '0', count: 1, selected: false },
      { value: 'none', count: 1, selected: false },
    ])
    expect(r.facetStats.votes).toEqual({ min: 0, max: 200 })
  })

  it('date range filter', () => {
    expect(index.search('', { filter: { date: { gte: '2025-01-01', lte: '2025-01-31' } } }).hits.map((h) => h.id)).toEqual(['2501.00010', '2501.00009'])
  })

  it('invalid options throw OptionsError', () => {
    expect(() => index.search('', { filter: { month: '2024-2' } })).toThrow(OptionsError)
    expect(() => index.search('', { facets: ['colour' as never] })).toThrow(OptionsError)
    expect(() => index.search('', { limit: -1 })).toThrow(OptionsError)
    expect(() => index.search('', { sort: 'random' as never })).toThrow(OptionsError)
    expect(() => index.search('x', { priors: { votes: 5 } })).toThrow(OptionsError)
  })
})

describe('browse, sorting and paging', () => {
  it('browse mode lists every paper, newest first', () => {
    const r = index.search('')
    expect(r.total).toBe(12)
    const dates = r.hits.map((h) => h.paper.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(r.hits.every((h) => h.score === 0)).toBe(true)
  })

  it('sort by votes (unknown votes last) and by date', () => {
    const byVotes = index.search('', { sort: 'votes' }).hits.map((h) => h.paper.votes)
    expect(byVotes.slice(0, 3)).toEqual([200, 120, 75])
    expect(byVotes.at(-1)).toBeNull()
    const byDate = index.search('양자화', { sort: 'date' }).hits.map((h) => h.id)
    expect(byDate).toEqual(['2502.00012', '2401.00001', '2312.00008'])
  })

  it('pages concatenate to the full list', () => {
    const full = ids('모델')
    const pages = [0, 3, 6, 9].flatMap((offset) => index.search('모델', { limit: 3, offset }).hits.map((h) => h.id))
    expect(pages).toEqual(full.slice(0, 12))
    expect(index.search('모델', { offset: 100 }).hits).toEqual([])
  })
})

describe('ranking priors', () => {
  it('are bounded: with priors, a hit moves only past hits within the prior factor', () => {
    const bound = 1 + DEFAULT_PRIORS.votes + DEFAULT_PRIORS.recency
    for (const q of ['양자화', '모델 학습', '에이전트 강화학습', 'quantization survey']) {
      const plain = index.search(q, { priors: false, limit: 100 }).hits
      const withPriors = index.search(q, { limit: 100 }).hits
      const plainScore = new Map(plain.map((h) => [h.id, h.score]))
      for (let i = 0; i < withPriors.length; i++) {
        for (let j = i + 1; j < withPriors.length; j++) {
          // i ranks above j with priors, so j's plain score is at most bound × i's.
          expect(plainScore.get(withPriors[j]!.id)!).toBeLessThanOrEqual(plainScore.get(withPriors[i]!.id)! * bound + 1e-9)
        }
      }
      withPriors.forEach((h) => {
        expect(h.score / plainScore.get(h.id)!).toBeGreaterThanOrEqual(1)
        expect(h.score / plainScore.get(h.id)!).toBeLessThanOrEqual(bound + 1e-12)
      })
    }
  })
})

describe('highlight and prefix', () => {
  it('highlights matched terms, HTML-escaped, only <mark> as markup', () => {
    const hit = index.search('양자화', { highlight: true, limit: 1 }).hits[0]!
    expect(hit.highlights?.snippet).toContain('<mark>양자화</mark>')
    expect(index.search('양자화').hits[0]?.highlights).toBeUndefined()
  })

  it('prefix: the last word is completed (search-as-you-type), including a syllable being composed', () => {
    expect(ids('quanti')).toEqual([])
    expect(ids('quanti', { prefix: true })).toContain('2401.00001')
    expect(ids('저비트 양잫', { prefix: true })).toContain('2401.00001')
    expect(ids('저비트 양잫', { prefix: true })[0]).toBe('2312.00008')
  })
})
