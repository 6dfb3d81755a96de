// Corrupt, foreign and crafted index files: each one loads correctly or throws IndexFormatError, and
// nothing (not even a crafted file with a valid checksum) pollutes Object.prototype.
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../bench/synthetic-corpus.js'
import { crc32 } from '../../src/index/crc32.js'
import { IndexFormatError } from '../../src/model/errors.js'
import type { Paper } from '../../src/model/paper.js'
import { loadIndex, loadIndexAsync, type PaperIndex } from '../../src/query/paper-index.js'
import { buildIndex, openIndex } from '../../src/build/index.js'
import { extraPaper, fixturePapers } from '../unit/index/fixtures.js'
import { expectNoPollution, reportCounts } from './support.js'

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf']

/** The fixture papers plus papers whose ids, titles, summaries and authors are prototype keys. */
function hostilePapers(): Paper[] {
  const papers = fixturePapers()
  for (const key of PROTO_KEYS) {
    const paper = extraPaper(key, `${key} ${key}.polluted title`, `${key} 요약 ${key} polluted`)
    paper.authors = [key, `${key} Person`]
    paper.links = { code: [`https://github.com/${key}/${key}`], project: [] }
    papers.push(paper)
  }
  return papers
}

/** Exercises a loaded index the way an app would; any non-typed error fails the test. */
function exercise(index: PaperIndex): void {
  for (const q of ['양자화 model', '', 'author:zhou', '"언어 모델" -survey', '__proto__ constructor prototype', 'author:__proto__', 'title:constructor']) {
    index.search(q, { facets: ['author', 'year', 'month', 'votes', 'media', 'hasCode'], highlight: true })
  }
  index.suggest('ㅇㅈ')
  index.suggest('__pr')
  index.suggest('constr')
  index.stats()
}

/**
 * Loads `bytes` with loadIndexAsync (which inflates gzip with the platform's DecompressionStream, then
 * runs loadIndex); returns 'loaded' or the IndexFormatError problem. Anything else throws.
 */
async function loadOutcome(bytes: Uint8Array): Promise<string> {
  try {
    const index = await loadIndexAsync(bytes)
    exercise(index)
    return 'loaded'
  } catch (error) {
    if (error instanceof IndexFormatError && error.message.startsWith('hanseek: ')) return error.problem
    throw error
  } finally {
    expectNoPollution()
  }
}

const good = buildIndex(hostilePapers()).serialize()
const goodGzip = buildIndex(hostilePapers()).serialize({ gzip: true })

/** Splits an uncompressed index into its header JSON and body, and rebuilds one with a valid checksum. */
function parts(bytes: Uint8Array): { header: string; body: Uint8Array } {
  const headerSize = new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true)
  return { header: new TextDecoder().decode(bytes.subarray(16, 16 + headerSize)), body: bytes.subarray(16 + headerSize, bytes.length - 4) }
}
function envelope(header: string, body: Uint8Array, version = 1): Uint8Array {
  const h = new TextEncoder().encode(header)
  const out = new Uint8Array(16 + h.length + body.length + 4)
  out.set(good.subarray(0, 8))
  const view = new DataView(out.buffer)
  view.setUint32(8, version, true)
  view.setUint32(12, h.length, true)
  out.set(h, 16)
  out.set(body, 16 + h.length)
  view.setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true)
  return out
}
function withChecksum(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice()
  new DataView(out.buffer).setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true)
  return out
}

describe('corrupt index files', () => {
  it('a round trip with prototype keys as ids, terms, authors and links keeps every paper and answer', () => {
    const built = buildIndex(hostilePapers())
    const loaded = loadIndex(good)
    expect(loaded.size).toBe(built.size)
    for (const key of PROTO_KEYS) {
      const q = key === '__proto__' ? '__proto__' : key
      expect(loaded.search(q).hits.map((h) => h.id)).toEqual(built.search(q).hits.map((h) => h.id))
      expect(loaded.search(`author:"${key} Person"`).hits.map((h) => h.id)).toEqual([key])
      expect(loaded.get(key)?.authors).toEqual([key, `${key} Person`])
    }
    const facets = loaded.search('', { facets: ['author'], facetLimit: 100 }).facets.author!
    expect(facets.map((f) => f.value)).toEqual(expect.arrayContaining(PROTO_KEYS))
    const opened = openIndex(good)
    opened.remove(PROTO_KEYS)
    expect(opened.size).toBe(fixturePapers().length)
    expectNoPollution()
    reportCounts('index with prototype keys round trip', PROTO_KEYS.length * 3, 0)
  })

  it('truncation at every 1/16th (plain and gzip) gives IndexFormatError truncated/corrupt', async () => {
    const problems: Record<string, number> = {}
    let inputs = 0
    for (const bytes of [good, goodGzip]) {
      for (let k = 0; k < 16; k++) {
        inputs++
        const problem = await loadOutcome(bytes.subarray(0, Math.floor((bytes.length * k) / 16)))
        expect(problem).not.toBe('loaded')
        problems[problem] = (problems[problem] ?? 0) + 1
      }
    }
    expect(Object.keys(problems).every((p) => ['truncated', 'corrupt', 'foreign'].includes(p))).toBe(true)
    reportCounts('index truncated at k/16', inputs, 0, JSON.stringify(problems))
  })

  it('random bit flips (seeded) are caught by the checksum or the gzip layer', async () => {
    const random = mulberry32(6)
    const problems: Record<string, number> = {}
    let inputs = 0
    for (const bytes of [good, goodGzip]) {
      for (let i = 0; i < 200; i++) {
        inputs++
        const copy = bytes.slice()
        const flips = 1 + Math.floor(random() * 4)
        for (let f = 0; f < flips; f++) copy[Math.floor(random() * copy.length)]! ^= 1 << Math.floor(random() * 8)
        const problem = await loadOutcome(copy)
        problems[problem] = (problems[problem] ?? 0) + 1
      }
    }
    // A flip can land in the gzip header's ignored bits, or flip and flip back: then the file is intact.
    reportCounts('index random bit flips', inputs, 0, JSON.stringify(problems))
  })

  it('bit flips behind a recomputed checksum (a hand-edited file) load or throw IndexFormatError', async () => {
    const random = mulberry32(7)
    const { header } = parts(good)
    const bodyStart = 16 + new TextEncoder().encode(header).length
    const problems: Record<string, number> = {}
    let inputs = 0
    for (let i = 0; i < 150; i++) {
      inputs++
      const copy = good.slice()
      const flips = 1 + Math.floor(random() * 3)
      for (let f = 0; f < flips; f++) copy[bodyStart + Math.floor(random() * (copy.length - 4 - bodyStart))]! ^= 1 << Math.floor(random() * 8)
      const problem = await loadOutcome(withChecksum(copy))
      problems[problem] = (problems[problem] ?? 0) + 1
    }
    reportCounts('index body bit flips with valid checksum', inputs, 0, JSON.stringify(problems))
  }, 180_000)

  const { header, body } = parts(good)
  const edit = (change: (h: any) => void): string => {
    const h = JSON.parse(header)
    change(h)
    return JSON.stringify(h)
  }
  const cases: { name: string; bytes: () => Uint8Array; expected: string }[] = [
    { name: 'empty', bytes: () => new Uint8Array(0), expected: 'truncated' },
    { name: 'JSON text', bytes: () => new TextEncoder().encode('{"format":"hanseek-index"}'), expected: 'foreign' },
    { name: 'a PNG', bytes: () => Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0), expected: 'foreign' },
    // A gzip header, then a deflate block of the reserved type 3: invalid however much follows.
    { name: 'gzip of garbage', bytes: () => Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff), expected: 'corrupt' },
    // The same header then a stored block whose length field is cut off: the data ends early.
    { name: 'gzip cut inside a block', bytes: () => Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3), expected: 'truncated' },
    { name: 'future version', bytes: () => envelope(header, body, 2), expected: 'future-version' },
    { name: 'old version', bytes: () => envelope(header, body, 0), expected: 'old-version' },
    { name: 'format name', bytes: () => envelope(edit((h) => (h.format = 'other')), body), expected: 'corrupt' },
    { name: 'analyzer option unknown here', bytes: () => envelope(edit((h) => (h.analyzer.options.dictionary = 'mecab')), body), expected: 'analyzer-mismatch' },
    { name: 'analyzer version mismatch', bytes: () => envelope(edit((h) => (h.analyzer.version = '999')), body), expected: 'analyzer-mismatch' },
    { name: 'unknown analyzer', bytes: () => envelope(edit((h) => (h.analyzer.name = 'nori')), body), expected: 'unknown-analyzer' },
    { name: 'analyzer named __proto__', bytes: () => envelope(edit((h) => (h.analyzer.name = '__proto__')), body), expected: 'unknown-analyzer' },
    { name: 'analyzer named constructor', bytes: () => envelope(edit((h) => (h.analyzer.name = 'constructor')), body), expected: 'unknown-analyzer' },
    { name: 'analyzer option __proto__', bytes: () => envelope(header.replace('"options":{', '"options":{"__proto__":{"polluted":1},'), body), expected: 'analyzer-mismatch' },
    { name: 'no analyzer', bytes: () => envelope(edit((h) => (h.analyzer = null)), body), expected: 'corrupt' },
    { name: 'header __proto__ key', bytes: () => envelope(header.replace('{', '{"__proto__":{"polluted":1},'), body), expected: 'loaded' },
    { name: 'header constructor.prototype key', bytes: () => envelope(edit((h) => (h.constructor = { prototype: { polluted: 1 } })), body), expected: 'loaded' },
    { name: 'settings __proto__ key', bytes: () => envelope(header.replace('"settings":{', '"settings":{"__proto__":{"polluted":1},'), body), expected: 'loaded' },
    { name: 'boosts __proto__ key', bytes: () => envelope(header.replace('"boosts":{', '"boosts":{"__proto__":{"polluted":1},'), body), expected: 'loaded' },
    { name: 'settings null', bytes: () => envelope(edit((h) => (h.settings = null)), body), expected: 'corrupt' },
    { name: 'settings without priors', bytes: () => envelope(edit((h) => delete h.settings.priors), body), expected: 'corrupt' },
    { name: 'boost not a number', bytes: () => envelope(edit((h) => (h.settings.boosts.title = 'x')), body), expected: 'corrupt' },
    { name: 'prior out of range', bytes: () => envelope(edit((h) => (h.settings.priors.votes = 5)), body), expected: 'corrupt' },
    { name: 'section named __proto__', bytes: () => envelope(edit((h) => (h.sections[0].name = '__proto__')), body), expected: 'corrupt' },
    { name: 'section entry null', bytes: () => envelope(edit((h) => (h.sections[0] = null)), body), expected: 'corrupt' },
    { name: 'sections not an array', bytes: () => envelope(edit((h) => (h.sections = { length: 3 })), body), expected: 'corrupt' },
    { name: 'section size negative', bytes: () => envelope(edit((h) => (h.sections[0].size = -1)), body), expected: 'corrupt' },
    { name: 'header not JSON', bytes: () => envelope('{"format": ', body), expected: 'corrupt' },
    { name: 'header JSON null', bytes: () => envelope('null', body), expected: 'corrupt' },
    { name: 'trailing bytes', bytes: () => withChecksum(Uint8Array.from([...good.subarray(0, good.length - 4), 0, 0, 0, 0, 0])), expected: 'corrupt' },
    { name: 'stats null (display only)', bytes: () => envelope(edit((h) => (h.stats = null)), body), expected: 'loaded' },
  ]

  it.each(cases)('$name → $expected', async ({ bytes, expected }) => {
    expect(await loadOutcome(bytes())).toBe(expected)
  })

  it('the synchronous loadIndex refuses gzip bytes (compressed) and says to use loadIndexAsync', () => {
    expect(() => loadIndex(goodGzip)).toThrow(expect.objectContaining({ name: 'IndexFormatError', problem: 'compressed', message: expect.stringMatching(/^hanseek: .*await loadIndexAsync\(data\)/) }))
  })

  it('an analyzer given at load time must match the recorded one', () => {
    expect(() => loadIndex(good, { analyzer: { grams: 3 } })).toThrow(expect.objectContaining({ name: 'IndexFormatError', problem: 'analyzer-mismatch' }))
    expect(loadIndex(good, { analyzer: {} }).size).toBe(loadIndex(good).size)
  })

  it('reports the crafted-file table', () => {
    reportCounts('crafted index files (table)', cases.length, 0)
  })
})
