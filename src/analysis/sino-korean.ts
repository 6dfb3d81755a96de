/**
 * Sino-Korean syllables: the Hangul syllables that are readings of Hanja (학, 습, 모, 형), as opposed to
 * syllables only native words and transliterations use (멀, 티, 델, 스). A stem whose head has such a
 * syllable is no compound of two-syllable Sino-Korean words, so it is not cut blindly (디노이징, 멀티모달
 * stay whole).
 *
 * The inventory is kept at the level of syllable shape, which is what fits the query-side size budget:
 * which initial + vowel pairs Hanja readings use with no final, and which with a final (only ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ
 * occur). The table is derived from the readings of the `hanja` package by scripts/sino-korean-table.ts
 * (a test checks that the two agree); only the table ships.
 */

/**
 * Bit 2 × (vowel × 19 + initial) + (0 open, 1 closed), in Unicode Hangul order, packed six bits to a
 * character (code 48 + bits): set when some Sino-Korean syllable has that shape.
 */
export const SINO_KOREAN_SHAPES = 'cc;kcl?5m<?c_080<0P000000<8P<?3L00@D40b`:`0P601010ellcl<o300`Q0700415d44@D4aA`1`0@=?m<?C^00080P1000@0500411d<<0<0`RR0RR8200010d<lcl<\\'

/**
 * True for a final (jamo index, 0 for none) that Sino-Korean readings have: none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ. Any
 * other final (ㄷ ㅅ ㅈ ㅊ ㅌ ㅍ ㅎ ㅆ, the clusters) marks a native word (깨끗, 있, 앞).
 *
 * @example
 * isSinoFinal(4) // true (ㄴ)
 * isSinoFinal(19) // false (ㅅ)
 */
export function isSinoFinal(final: number): boolean {
  // bits 0, 1, 4, 8, 16, 17, 21
  return ((0x230113 >> final) & 1) === 1
}

/**
 * True when the Hangul syllable with UTF-16 code `code` has the shape of a Sino-Korean reading (학, 모,
 * 형; not 델, 멀, 스, 갖).
 *
 * @example
 * isSinoKoreanSyllable('학'.charCodeAt(0)) // true
 * isSinoKoreanSyllable('델'.charCodeAt(0)) // false
 */
export function isSinoKoreanSyllable(code: number): boolean {
  const c = code - 0xac00
  const final = c % 28
  const bit = 2 * (Math.floor((c % 588) / 28) * 19 + Math.floor(c / 588)) + (final > 0 ? 1 : 0)
  return isSinoFinal(final) && ((SINO_KOREAN_SHAPES.charCodeAt(bit / 6) - 48) >> bit % 6) % 2 === 1
}

/**
 * True when the Hangul syllable with UTF-16 code `code` has a mark only native words have: a tense initial
 * (ㄲ ㄸ ㅃ ㅉ) or a final Sino-Korean lacks (깨끗, 따뜻, 있, 벗).
 *
 * @example
 * isNativeSyllable('끗'.charCodeAt(0)) // true
 * isNativeSyllable('델'.charCodeAt(0)) // false (not Sino-Korean either, but nothing marks it native)
 */
export function isNativeSyllable(code: number): boolean {
  const c = code - 0xac00
  // bits 1, 4, 8, 13: the initials ㄲ ㄸ ㅃ ㅉ
  return ((0x2112 >> Math.floor(c / 588)) & 1) === 1 || !isSinoFinal(c % 28)
}

/** True when a syllable of `text` (Hangul syllables only) is not Sino-Korean in shape. */
export function hasNonSinoSyllable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSinoKoreanSyllable(text.charCodeAt(i))) return true
  return false
}

/** True when a syllable of `text` (Hangul syllables only) has a native mark (깨끗, 따뜻, 비슷). */
export function hasNativeSyllable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isNativeSyllable(text.charCodeAt(i))) return true
  return false
}
