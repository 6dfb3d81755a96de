// Properties of the analyzer on hostile text: never throws, deterministic, NFC/NFD-stable, offsets in
// range, and linear-ish time on long input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/analysis/index.js'
import type { Token } from '../../src/analysis/types.js'
import { hostileString, reportCounts, timed, typedOrNothing } from './support.js'

const analyzer = createAnalyzer()
const termsOf = (tokens: Token[]) => tokens.map((t) => `${t.view}:${t.term}`)

describe('analyzer on hostile text', () => {
  it('never throws, is deterministic, and keeps offsets inside the input', () => {
    let inputs = 0
    fc.assert(
      fc.property(hostileString(30), (text) => {
        inputs++
        const first = typedOrNothing(() => analyzer.analyze(text), 'analyze')
        expect(first.kind).toBe('ok')
        const tokens = (first as { value: Token[] }).value
        // A second analyzer instance and a second call give the same terms and spans.
        expect(createAnalyzer().analyze(text)).toEqual(tokens)
        expect(analyzer.analyze(text)).toEqual(tokens)
        for (const t of tokens) {
          expect(t.term.length).toBeGreaterThan(0)
          expect(0 <= t.start && t.start <= t.end && t.end <= text.length).toBe(true)
        }
        const words = typedOrNothing(() => analyzer.analyzeQuery(text, { prefixLast: true }), 'analyzeQuery')
        expect(words.kind).toBe('ok')
        expect(analyzer.analyzeQuery(text, { prefixLast: true })).toEqual((words as { value: unknown }).value)
      }),
      { numRuns: 1500, seed: 71 },
    )
    reportCounts('analyzer determinism and offsets', inputs, 0)
  })

  it('gives the same terms for NFC and NFD (and compatibility-jamo-free) spellings', () => {
    let inputs = 0
    const hangul = fc.string({ unit: fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 6 })
    const mixed = fc.array(fc.oneof(hangul, fc.constantFrom(' ', '모델들은', 'GPT-4o', 'café', 'e\u0301', 'Å', '언어모델', '양자화를'), hostileString(3)), { maxLength: 10 }).map((p) => p.join(' '))
    fc.assert(
      fc.property(mixed, (text) => {
        inputs++
        const nfc = termsOf(analyzer.analyze(text.normalize('NFC')))
        expect(termsOf(analyzer.analyze(text.normalize('NFD')))).toEqual(nfc)
        expect(termsOf(analyzer.analyze(text))).toEqual(nfc)
        const q = (s: string) => analyzer.analyzeQuery(s).map((w) => [termsOf(w.terms), termsOf(w.grams)])
        expect(q(text.normalize('NFD'))).toEqual(q(text.normalize('NFC')))
      }),
      { numRuns: 1500, seed: 72 },
    )
    reportCounts('analyzer NFC/NFD stability', inputs, 0)
  })

  it('analyzes 100 KB and 1 MB of text in time proportional to its size', () => {
    const unit = '대규모 언어모델들은 양자화를 통해 GPT-4o와 LLaMA-2-7B보다 빠르게 추론합니다. '
    analyzer.analyze(unit.repeat(Math.ceil(100_000 / unit.length))) // warm-up (JIT), not measured
    // The fastest of three: a 100 KB run is short enough for one GC pause to double it.
    const runs = [0, 1, 2].map(() => timed(() => analyzer.analyze(unit.repeat(Math.ceil(100_000 / unit.length)))))
    const small = runs.reduce((a, b) => (b.ms < a.ms ? b : a))
    // Also the fastest of two: one GC pause in the 1 MB run must not look like superlinear work.
    const large = [0, 1].map(() => timed(() => analyzer.analyze(unit.repeat(Math.ceil(1_000_000 / unit.length))))).reduce((a, b) => (b.ms < a.ms ? b : a))
    const hostile = timed(() => analyzer.analyze('\ud800e\u0301\u202e👩\u200d💻ㅎㅏ'.repeat(100_000)))
    expect(large.value.length).toBeGreaterThan(small.value.length * 9)
    const ratio = large.ms / Math.max(small.ms, 1)
    console.log(`[reliability] analyzer 1 MB: ${large.ms.toFixed(0)} ms (100 KB: ${small.ms.toFixed(0)} ms, ratio ${ratio.toFixed(1)}); 1 MB hostile: ${hostile.ms.toFixed(0)} ms`)
    // Linear work gives about 10 for 10x the input; quadratic would give about 100.
    expect(ratio).toBeLessThan(45)
    reportCounts('analyzer long input', 3, 0)
  })
})
