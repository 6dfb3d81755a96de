// Property tests of the digest parser (parseDigest / parseDigests): hostile text never makes it throw,
// every good entry of a digest survives whatever noise surrounds it and ends up searchable, and the time
// taken grows in proportion to the input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDigest, parseDigests } from '../../src/ingest/index.js'
import { buildIndex } from '../../src/build/index.js'
import { digestWithNoise, hostileString, reportCounts, timed, typedOrNothing } from './support.js'

describe('parseDigest on hostile input', () => {
  it('never throws on arbitrary text or bytes and always gives file:line diagnostics', () => {
    let inputs = 0
    const check = (content: string | Uint8Array) => {
      inputs++
      const outcome = typedOrNothing(() => parseDigest(content, { source: '2024/01/15.md' }), 'parseDigest')
      // parseDigest promises never to throw at all, not even typed errors.
      expect(outcome.kind).toBe('ok')
      const { papers, diagnostics } = (outcome as { value: ReturnType<typeof parseDigest> }).value
      for (const d of diagnostics) {
        expect(d.file).toBe('2024/01/15.md')
        expect(Number.isInteger(d.line) && d.line >= 1).toBe(true)
        expect(d.message.length).toBeGreaterThan(0)
      }
      for (const p of papers) expect(p.url).toMatch(/^https?:\/\//i)
    }
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString(40),
          fc.array(hostileString(6), { maxLength: 30 }).map((lines) => `## Daily Papers (2024-01-15)\n\n${lines.join('\n')}`),
          fc.uint8Array({ maxLength: 400 }),
        ),
        (input) => check(input),
      ),
      { numRuns: 1000, seed: 61 },
    )
    reportCounts('parseDigest arbitrary text/bytes', inputs, 0)
  })

  it('keeps every good entry among noise (lists, deep nesting, fences, html, bad headings, CRLF) and indexes it', () => {
    let inputs = 0
    let goodEntries = 0
    fc.assert(
      fc.property(digestWithNoise, ({ text, good }) => {
        inputs++
        const { papers } = parseDigest(text, { source: '2024/01/15.md' })
        const byId = new Map(papers.map((p) => [p.id, p]))
        for (const entry of good) {
          goodEntries++
          const paper = byId.get(entry.id)
          expect(paper, `entry ${entry.id} lost`).toBeDefined()
          expect(paper!.title).toBe(entry.title)
          expect(paper!.date).toBe('2024-01-15')
        }
        // And searchable: each good entry is found by the unique word of its title.
        const index = buildIndex(papers.filter((p) => good.some((g) => g.id === p.id)))
        for (const entry of good) {
          const marker = entry.title.split(' ').at(-1)!
          expect(index.search(marker).hits.map((h) => h.id)).toContain(entry.id)
        }
      }),
      { numRuns: 100, seed: 62 },
    )
    reportCounts('parseDigest digests with noise', inputs, 0, `${goodEntries} good entries all parsed and searchable`)
  }, 180_000)

  // remark's list parsing is superlinear in nesting depth (400 levels: ~6 s, 800 levels: ~40 s on this
  // machine; see the reliability report), so lists stay at a depth a digest could plausibly have.
  it('reads deep nesting (100 nested list levels, 5,000 nested quotes) without throwing', () => {
    const list = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- 레벨 ${i}`).join('\n')
    const quote = `${'>'.repeat(5000)} 깊은 인용`
    const text = `## Daily Papers (2024-01-15)\n\n### [Deep](https://arxiv.org/abs/2401.00001)\n\n${list}\n\n${quote}\n\n### [After](https://arxiv.org/abs/2401.00002)\n\n- 끝\n`
    const { papers } = parseDigest(text, { source: '2024/01/15.md' })
    expect(papers.map((p) => p.id)).toEqual(['2401.00001', '2401.00002'])
    reportCounts('parseDigest deep nesting', 2, 0, '100-level list, 5,000-level blockquote')
  })

  it('parses a 10 MB single-line digest in time linear in its size, keeping the entries around it', () => {
    const head = '## Daily Papers (2024-01-15)\n\n### [Before](https://arxiv.org/abs/2401.00001)\n\n- 앞\n\n### [Huge](https://arxiv.org/abs/2401.00002)\n\n- '
    const tail = '\n\n### [After](https://arxiv.org/abs/2401.00003)\n\n- 뒤\n'
    const unit = '한국어 요약 문장과 English words, 양자화를 다룬다. '
    const line = (bytes: number) => {
      const encoded = new TextEncoder().encode(unit).length
      return unit.repeat(Math.ceil(bytes / encoded))
    }
    const small = timed(() => parseDigest(head + line(1_000_000) + tail, { source: '2024/01/15.md' }))
    const huge = timed(() => parseDigest(head + line(10_000_000) + tail, { source: '2024/01/15.md' }))
    expect(huge.value.papers.map((p) => p.id)).toEqual(['2401.00001', '2401.00002', '2401.00003'])
    expect(huge.value.papers[1]!.summary.text.length).toBeGreaterThan(3_000_000)
    // Linear work gives a ratio near 10; quadratic would give ~100. 30 leaves room for GC and noise.
    const ratio = huge.ms / Math.max(small.ms, 1)
    console.log(`[reliability] parseDigest 10 MB line: ${huge.ms.toFixed(0)} ms (1 MB: ${small.ms.toFixed(0)} ms, ratio ${ratio.toFixed(1)})`)
    expect(ratio).toBeLessThan(30)
    reportCounts('parseDigest long single line', 2, 0, '1 MB and 10 MB')
  }, 180_000)

  it('parseDigests never throws on many hostile files and merges deterministically', () => {
    let inputs = 0
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a.md', '2024/01/15.md', '2024/01/16.md', 'x/y.md'), fc.oneof(hostileString(20), digestWithNoise.map((d) => d.text))), { maxLength: 5 }), (files) => {
        inputs++
        const inputsList = files.map(([source, content]) => ({ source, content }))
        const a = parseDigests(inputsList)
        const b = parseDigests([...inputsList].reverse())
        expect(a.papers.map((p) => p.id)).toEqual(b.papers.map((p) => p.id))
        expect(a.stats.papers).toBe(a.papers.length)
      }),
      { numRuns: 60, seed: 63 },
    )
    reportCounts('parseDigests hostile file sets', inputs, 0)
  })
})
