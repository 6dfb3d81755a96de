// Properties of the query side on hostile input: parseQuery, search, suggest never throw anything but
// HanseekError subclasses; a 100 KB query terminates; serialize → loadIndex is a round trip for random
// papers (same bytes again, same answers).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Paper } from '../../src/model/paper.js'
import { parseQuery } from '../../src/query/parse-query.js'
import { loadIndex, loadIndexAsync } from '../../src/query/paper-index.js'
import { buildIndex, openIndex } from '../../src/build/index.js'
import { fixturePapers } from '../unit/index/fixtures.js'
import { HOSTILE_PIECES, expectNoPollution, hostileString, reportCounts, timed, typedOrNothing } from './support.js'

const index = buildIndex(fixturePapers())

describe('query side on hostile input', () => {
  it('parseQuery, search (every option) and suggest give results or a typed error', () => {
    let inputs = 0
    let typed = 0
    const options = fc.record(
      {
        limit: fc.oneof(fc.nat(50), fc.constantFrom(-1, 1.5, Number.NaN)),
        offset: fc.nat(30),
        sort: fc.constantFrom('relevance', 'date', 'votes', 'bogus'),
        highlight: fc.boolean(),
        prefix: fc.boolean(),
        facets: fc.subarray(['year', 'month', 'author', 'media', 'hasCode', 'votes']),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(hostileString(16), options, (query, opts) => {
        inputs++
        const parsed = typedOrNothing(() => parseQuery(query), 'parseQuery')
        const searched = typedOrNothing(() => index.search(query, opts as never), 'search')
        if (parsed.kind === 'typed') expect(searched.kind).toBe('typed')
        if (searched.kind === 'typed') typed++
        else {
          const results = (searched as { value: ReturnType<typeof index.search> }).value
          expect(results.hits.length).toBeLessThanOrEqual(results.total)
        }
        typedOrNothing(() => index.suggest(query), 'suggest')
        expectNoPollution()
      }),
      { numRuns: 1500, seed: 81 },
    )
    reportCounts('query parse/search/suggest', inputs, 0, `${inputs - typed} answered, ${typed} typed errors`)
  }, 180_000)

  it('a 100 KB query and a 5,000-word OR list terminate (bounded work)', () => {
    const pieces = HOSTILE_PIECES.join(' ')
    const cases = {
      hostile100k: pieces.repeat(Math.ceil(100_000 / pieces.length)).slice(0, 100_000),
      korean100k: '양자화 언어모델들은 '.repeat(10_000),
      orList: Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' '),
      quotes: '"'.repeat(100_000),
      fields: 'author:x '.repeat(10_000),
    }
    for (const [name, query] of Object.entries(cases)) {
      const run = timed(() => typedOrNothing(() => index.search(query, { highlight: true, prefix: true, facets: ['author'] }), name))
      console.log(`[reliability] ${name} (${query.length} chars): ${run.value.kind}, ${run.ms.toFixed(0)} ms`)
    }
    reportCounts('huge queries', Object.keys(cases).length, 0)
  })
})

/** Lone surrogates as U+FFFD: what UTF-8 (the index file's encoding) can hold. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')

/** Random papers made of hostile text, with unique ids. */
const paperArb = (n: number): fc.Arbitrary<Paper> =>
  fc
    .record({
      title: hostileString(8),
      summary: hostileString(20),
      authors: fc.array(hostileString(3), { maxLength: 3 }),
      votes: fc.option(fc.nat(5000), { nil: null }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ title: rawTitle, summary: rawSummary, authors: rawAuthors, votes, day }) => {
      const [title, summary] = [wellFormed(rawTitle), wellFormed(rawSummary)]
      const authors = rawAuthors.map(wellFormed)
      const date = `2024-03-${String(day).padStart(2, '0')}`
      return {
        id: `2403.${String(n).padStart(5, '0')}`,
        url: `https://arxiv.org/abs/2403.${String(n).padStart(5, '0')}`,
        title,
        date,
        dates: [date],
        votes,
        authors,
        media: null,
        summary: { text: summary, bullets: [summary], sections: [] },
        links: { code: [], project: [] },
        source: { file: '2024/03/01.md', line: 1 },
      }
    })

describe('serialize / loadIndex round trip', () => {
  it('gives identical bytes and identical answers for random hostile papers', async () => {
    let inputs = 0
    let papersTried = 0
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 8 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => paperArb(i)))),
        fc.array(hostileString(4), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (papers, queries, gzip) => {
          inputs++
          papersTried += papers.length
          const built = buildIndex(papers)
          const bytes = built.serialize({ gzip })
          // Gzip bytes go through loadIndexAsync (the platform's DecompressionStream); plain ones through loadIndex.
          const loaded = gzip ? await loadIndexAsync(bytes) : loadIndex(bytes)
          expect(openIndex(bytes).serialize({ gzip })).toEqual(bytes)
          expect(loaded.size).toBe(built.size)
          for (const p of papers) expect(loaded.get(p.id)).toEqual(built.get(p.id))
          for (const q of [...queries, '', papers[0]?.title ?? '']) {
            const a = typedOrNothing(() => built.search(q, { facets: ['author', 'year'], highlight: true }), 'search built')
            const b = typedOrNothing(() => loaded.search(q, { facets: ['author', 'year'], highlight: true }), 'search loaded')
            expect(b.kind).toBe(a.kind)
            if (a.kind === 'ok' && b.kind === 'ok') expect(b.value).toEqual(a.value)
          }
        },
      ),
      { numRuns: 60, seed: 82 },
    )
    reportCounts('serialize/load round trip', inputs, 0, `${papersTried} random papers`)
  }, 180_000)

  it('stores a lone surrogate as U+FFFD (UTF-8 cannot hold it); the loaded index still finds the paper', () => {
    const paper = fixturePapers()[0]!
    paper.title = `Broken \ud800 title quantization`
    const loaded = loadIndex(buildIndex([paper]).serialize())
    expect(loaded.get(paper.id)!.title).toBe('Broken \ufffd title quantization')
    expect(loaded.search('quantization').hits.map((h) => h.id)).toEqual([paper.id])
  })
})
