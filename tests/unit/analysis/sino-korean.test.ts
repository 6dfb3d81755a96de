import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasNativeSyllable, hasNonSinoSyllable, isNativeSyllable, isSinoFinal, isSinoKoreanSyllable, SINO_KOREAN_SHAPES } from '../../../src/analysis/sino-korean.js'
import { sinoKoreanShapes, sinoKoreanSyllables } from '../../../scripts/sino-korean-table.js'

const sino = (s: string) => isSinoKoreanSyllable(s.charCodeAt(0))

describe('Sino-Korean syllables', () => {
  it('ship the table derived from the readings of the hanja package', () => {
    expect(SINO_KOREAN_SHAPES).toBe(sinoKoreanShapes())
  })

  it('count every reading of the derivation as Sino-Korean', () => {
    const syllables = [...sinoKoreanSyllables()]
    expect(syllables.length).toBeGreaterThan(400)
    expect(syllables.filter((s) => !sino(s))).toEqual([])
  })

  it.each([
    // readings of common Hanja, with the initial-sound rule (낙 for 락) too
    ...[...'학습모형언어강화인공능력낙원이성적'].map((s) => [s, true] as const),
    // transliteration (델, 멀, 티, 스, 디, 엔 with ㅔ, 퍼) and native words (갖, 뛰, 벗, 깨끗)
    ...[...'델멀티스디퍼케갖뛰벗깨끗'].map((s) => [s, false] as const),
  ])('%s → %s', (syllable, expected) => {
    expect(sino(syllable)).toBe(expected)
  })

  it('is false for every syllable with a final Sino-Korean lacks or a tense initial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0xac00, max: 0xd7a3 }), (code) => {
        if (isNativeSyllable(code)) expect(isSinoKoreanSyllable(code)).toBe(false)
      }),
    )
  })

  it.each([
    [0, true], [1, true], [4, true], [8, true], [16, true], [17, true], [21, true],
    [7, false], [19, false], [20, false], [22, false], [27, false], [9, false],
  ])('isSinoFinal(%i) → %s', (final, expected) => {
    expect(isSinoFinal(final)).toBe(expected)
  })

  it.each([
    ['깨', true], ['뛰', true], ['있', true], ['앞', true], ['벗', true], ['쌀', false], ['모', false], ['델', false],
  ])('isNativeSyllable(%s) → %s', (syllable, expected) => {
    expect(isNativeSyllable(syllable.charCodeAt(0))).toBe(expected)
  })

  it.each([
    ['언어모델', true], ['강화학습', false], ['멀티', true], ['', false],
  ])('hasNonSinoSyllable(%s) → %s', (text, expected) => {
    expect(hasNonSinoSyllable(text)).toBe(expected)
  })

  it.each([
    ['깨끗', true], ['따뜻', true], ['비슷', true], ['제안', false], ['멀티', false], ['', false],
  ])('hasNativeSyllable(%s) → %s', (text, expected) => {
    expect(hasNativeSyllable(text)).toBe(expected)
  })
})
