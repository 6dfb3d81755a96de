import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalize, originalSpan } from '../../../src/analysis/normalize.js'

describe('normalize', () => {
  it.each([
    ['ＧＰＴ-４o', 'gpt-4o'],
    ['LLaMA', 'llama'],
    ['모델\u200b들', '모델들'],
    ['a\u0007b', 'ab'],
    ['\ufeffstart', 'start'],
    ['\u1100\u1161\u11a8', '각'],
    ['한국어'.normalize('NFD'), '한국어'],
    ['e\u0301', 'é'],
    ['ㅇㅈㅎ', 'ㅇㅈㅎ'],
    ['full\u3000width', 'full width'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected)
  })

  it('maps normalized spans back to the original string', () => {
    const input = '한국어'.normalize('NFD') + ' 모델'
    const n = normalize(input)
    expect(n.text).toBe('한국어 모델')
    const [s, e] = originalSpan(n, 4, 6)
    expect(input.slice(s, e)).toBe('모델')
    const [s0, e0] = originalSpan(n, 0, 3)
    expect(input.slice(s0, e0).normalize('NFC')).toBe('한국어')
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalize(s).text
        expect(normalize(once).text).toBe(once)
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same text for NFC and NFD input', () => {
    const korean = fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { maxLength: 12 }).map((cs) => String.fromCharCode(...cs))
    fc.assert(
      fc.property(korean, fc.string({ maxLength: 8 }), (k, latin) => {
        const s = `${k} ${latin}`
        expect(normalize(s.normalize('NFD')).text).toBe(normalize(s.normalize('NFC')).text)
      }),
      { numRuns: 200 },
    )
  })

  it.each([
    // Indic vowel signs compose with the sign before them (Bengali ে + া → ো, Tamil ெ + ா → ொ), and so do
    // marks outside the BMP (Kaithi 𑂥 + 𑂺 → 𑂫)
    ['কোন'], ['বৌদ্ধ'], ['கொடு'], ['கோடு'], ['\u{110AB}'], ['Ḍ̇'], ['ǅ'],
  ])('gives the same text for NFC and NFD of %s', (s) => {
    expect(normalize(s.normalize('NFD')).text).toBe(normalize(s.normalize('NFC')).text)
    expect(normalize(s.normalize('NFD')).text).toBe(s.normalize('NFC').toLowerCase())
  })

  it('gives the same text for NFC and NFD input of any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        expect(normalize(s.normalize('NFD')).text).toBe(normalize(s.normalize('NFC')).text)
      }),
      { numRuns: 500 },
    )
  })
})
