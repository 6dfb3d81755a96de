/**
 * Derives SINO_KOREAN_SHAPES (src/analysis/sino-korean.ts) from the readings of the `hanja` package, a
 * devDependency: the table ships, the package does not. A unit test checks that the committed table equals
 * this derivation. Print it with:
 *
 *   npx tsx scripts/sino-korean-table.ts
 *
 * A syllable counts as Sino-Korean when it is the reading of at least MIN_CHARACTERS characters of the CJK
 * Unified Ideographs block (U+4E00–U+9FFF), word-initially (with the initial-sound rule: 락 → 낙) or not.
 * The threshold drops readings that only a few rare characters have (쌀, 톨), which would make native and
 * transliterated syllables look Sino-Korean.
 */
import hanjaModule from 'hanja'

// `hanja` is CommonJS with an `exports.default`: Node's ESM loader hands over the whole exports object,
// bundlers (tsx) the default member.
const hanja = 'translate' in hanjaModule ? hanjaModule : (hanjaModule as unknown as { default: typeof hanjaModule }).default

/** How many characters must share a reading for it to count. */
export const MIN_CHARACTERS = 3

/** The Sino-Korean syllables, as derived from `hanja`'s readings. */
export function sinoKoreanSyllables(): Set<string> {
  const counts = new Map<string, number>()
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const character = String.fromCharCode(code)
    const initial = hanja.translate(character, 'SUBSTITUTION')
    const medial = hanja.translate(`中${character}`, 'SUBSTITUTION').slice(1)
    for (const reading of new Set([initial, medial])) {
      if (/^[\uac00-\ud7a3]$/.test(reading)) counts.set(reading, (counts.get(reading) ?? 0) + 1)
    }
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_CHARACTERS).map(([syllable]) => syllable))
}

/** The packed shape table (see SINO_KOREAN_SHAPES for the layout). */
export function sinoKoreanShapes(syllables: ReadonlySet<string> = sinoKoreanSyllables()): string {
  const bits: number[] = []
  for (let vowel = 0; vowel < 21; vowel++) {
    for (let initial = 0; initial < 19; initial++) {
      const base = 0xac00 + initial * 588 + vowel * 28
      let open = 0
      let closed = 0
      for (let final = 0; final < 28; final++) {
        if (!syllables.has(String.fromCharCode(base + final))) continue
        if (final === 0) open = 1
        else closed = 1
      }
      bits.push(open, closed)
    }
  }
  let table = ''
  for (let k = 0; k < bits.length; k += 6) {
    let sixBits = 0
    for (let j = 0; j < 6; j++) sixBits |= (bits[k + j] ?? 0) << j
    table += String.fromCharCode(48 + sixBits)
  }
  return table
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(sinoKoreanShapes()))
