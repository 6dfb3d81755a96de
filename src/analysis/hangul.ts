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

/** Initial consonants in syllable order, as compatibility jamo. */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'

/** Finals in syllable order ('' = none), compound ones spelled as their two parts (ㄺ → ㄹㄱ). */
const FINALS = ',ㄱ,ㄲ,ㄱㅅ,ㄴ,ㄴㅈ,ㄴㅎ,ㄷ,ㄹ,ㄹㄱ,ㄹㅁ,ㄹㅂ,ㄹㅅ,ㄹㅌ,ㄹㅍ,ㄹㅎ,ㅁ,ㅂ,ㅂㅅ,ㅅ,ㅆ,ㅇ,ㅈ,ㅊ,ㅋ,ㅌ,ㅍ,ㅎ'.split(',')

/** True for one compatibility jamo that can begin a syllable (ㅇ, ㄲ; not ㄳ or a vowel). */
export function isInitialJamo(ch: string): boolean {
  return ch.length === 1 && INITIALS.includes(ch)
}

/** Final of a Hangul syllable, compound finals as two jamo (닭 → 'ㄹㄱ'); '' for none; undefined for no syllable. */
export function finalJamo(ch: string): string | undefined {
  const c = ch.charCodeAt(0)
  return isHangulSyllable(c) ? FINALS[finalIndex(c)] : undefined
}

/**
 * The syllable `ch` with its final replaced by `final`, spelled as `finalJamo` spells it ('' for none).
 *
 * @example
 * withFinal('닭', 'ㄹ') // '달'
 * withFinal('하', 'ㅂ') // '합'
 */
export function withFinal(ch: string, final: string): string {
  const c = ch.charCodeAt(0)
  return String.fromCharCode(c - finalIndex(c) + FINALS.indexOf(final))
}

/**
 * Initial consonant of each Hangul syllable of `text` (양자 → ㅇㅈ), keeping whitespace and jamo ㄱ..ㅎ and
 * dropping the rest: what es-hangul's getChoseong gives for normalized text.
 */
export function initialsOf(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    if (isHangulSyllable(c)) out += INITIALS[Math.floor((c - SYLLABLE_BASE) / 588)]
    // Leading conjoining jamo (NFD Hangul) are initials too.
    else if (c >= 0x1100 && c <= 0x1112) out += INITIALS[c - 0x1100]
    else if (/^[\sㄱ-ㅎ]$/.test(ch)) out += ch.normalize('NFD')
  }
  return out
}
