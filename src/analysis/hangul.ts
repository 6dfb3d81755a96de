/** Small Hangul syllable predicates used in tight loops (pure arithmetic on the Unicode syllable block). */

const SYLLABLE_BASE = 0xac00
const SYLLABLE_LAST = 0xd7a3

/** True for a precomposed Hangul syllable (가..힣). */
export function isHangulSyllable(c: number): boolean {
  return c >= SYLLABLE_BASE && c <= SYLLABLE_LAST
}

/** Index of the final consonant (0 = none, 8 = ㄹ) of a Hangul syllable code. */
export function finalIndex(c: number): number {
  return (c - SYLLABLE_BASE) % 28
}

/** Index of the vowel (0 = ㅏ … 18 = ㅡ, 20 = ㅣ) of a Hangul syllable code. */
export function vowelIndex(c: number): number {
  return Math.floor(((c - SYLLABLE_BASE) % 588) / 28)
}

/** True when `word` is non-empty and made only of Hangul syllables. */
export function isAllSyllables(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) if (!isHangulSyllable(word.charCodeAt(i))) return false
  return true
}
