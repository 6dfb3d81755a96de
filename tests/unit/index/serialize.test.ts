import { gunzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/analysis/index.js'
import type { Analyzer } from '../../../src/analysis/types.js'
import { IndexFormatError } from '../../../src/model/errors.js'
import { loadIndex, loadIndexAsync, type PaperIndex } from '../../../src/query/index.js'
import { buildIndex, openIndex } from '../../../src/build/index.js'
import { fixturePapers } from './fixtures.js'

const QUERIES = ['양자화', 'language models', '"chain of thought"', '강화학습 에이전트 -survey', 'author:"Mina Park" year:2024', '']

function snapshot(index: PaperIndex) {
  return QUERIES.map((q) => {
    const r = index.search(q, { facets: ['year', 'month', 'author', 'media', 'hasCode', 'votes'], limit: 50, highlight: true })
    return { total: r.total, hits: r.hits, facets: r.facets, facetStats: r.facetStats }
  })
}

function problemOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (error instanceof IndexFormatError) return error.problem
    throw error
  }
  return 'no error'
}

describe('serialize / loadIndex', () => {
  const index = buildIndex(fixturePapers())
  const bytes = index.serialize()

  it('round-trips: a loaded index gives identical results, stored papers and stats', () => {
    const loaded = loadIndex(bytes)
    expect(loaded.size).toBe(index.size)
    expect(snapshot(loaded)).toEqual(snapshot(index))
    expect(loaded.get('2401.00001')).toEqual(index.get('2401.00001'))
    expect(loaded.stats()).toEqual(index.stats())
    expect(loaded.suggest('양')).toEqual(index.suggest('양'))
  })

  it('accepts an ArrayBuffer, and gzip-compressed data through loadIndexAsync', async () => {
    const gz = index.serialize({ gzip: true })
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b])
    expect(gunzipSync(gz)).toEqual(bytes)
    const copy = bytes.slice().buffer
    expect(snapshot(loadIndex(copy))).toEqual(snapshot(index))
    expect(snapshot(await loadIndexAsync(gz))).toEqual(snapshot(index))
  })

  it('is byte-identical for two builds of the same papers, gzip included', () => {
    expect(buildIndex(fixturePapers()).serialize()).toEqual(bytes)
    expect(buildIndex(fixturePapers()).serialize({ gzip: true })).toEqual(index.serialize({ gzip: true }))
    expect(openIndex(bytes).serialize()).toEqual(bytes)
  })

  it.each([
    ['truncated', (b: Uint8Array) => b.subarray(0, b.length - 10)],
    ['truncated', (b: Uint8Array) => b.subarray(0, 5)],
    ['truncated', (b: Uint8Array) => b.subarray(0, 20)],
    ['checksum', (b: Uint8Array) => {
      const c = b.slice()
      c[c.length - 100]! ^= 0xff
      return c
    }],
    ['foreign', () => new TextEncoder().encode('{"documentCount":3}')],
    ['foreign', () => new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])],
    ['future-version', (b: Uint8Array) => {
      const c = b.slice()
      new DataView(c.buffer).setUint32(8, 99, true)
      return c
    }],
    ['old-version', (b: Uint8Array) => {
      const c = b.slice()
      new DataView(c.buffer).setUint32(8, 0, true)
      return c
    }],
    ['corrupt', (b: Uint8Array) => {
      const c = new Uint8Array(b.length + 3)
      c.set(b)
      return c
    }],
  ])('throws IndexFormatError %s', (problem, mangle) => {
    expect(problemOf(() => loadIndex(mangle(bytes)))).toBe(problem)
    try {
      loadIndex(mangle(bytes))
    } catch (error) {
      expect((error as Error).message).toMatch(/^hanseek: /)
    }
  })

  it('reports a truncated gzip file as truncated', async () => {
    const gz = index.serialize({ gzip: true })
    await expect(loadIndexAsync(gz.subarray(0, gz.length >> 1))).rejects.toMatchObject({ name: 'IndexFormatError', problem: 'truncated' })
  })

  it('refuses an analyzer other than the recorded one (analyzer-mismatch)', () => {
    expect(problemOf(() => loadIndex(bytes, { analyzer: { grams: 3 } }))).toBe('analyzer-mismatch')
    expect(loadIndex(bytes, { analyzer: createAnalyzer() }).size).toBe(index.size)
  })

  it('refuses an index built by an analyzer this hanseek does not know (unknown-analyzer), or another version', () => {
    const base = createAnalyzer()
    const custom = (name: string, version: string): Analyzer => ({
      descriptor: { name, version, options: {} },
      analyze: (t) => base.analyze(t),
      analyzeQuery: (t, o) => base.analyzeQuery(t, o),
    })
    const foreignBytes = buildIndex(fixturePapers(), { analyzer: custom('someone-else', '1') }).serialize()
    expect(problemOf(() => loadIndex(foreignBytes))).toBe('unknown-analyzer')
    const futureBytes = buildIndex(fixturePapers(), { analyzer: custom('hanseek-ko', '999') }).serialize()
    expect(problemOf(() => loadIndex(futureBytes))).toBe('analyzer-mismatch')
    // With the same custom analyzer given, it loads.
    expect(loadIndex(foreignBytes, { analyzer: custom('someone-else', '1') }).search('양자화').total).toBeGreaterThan(0)
  })
})
