/**
 * Char-filter stage: NFC, full-width → ASCII, zero-width/control removal, case folding, with a map from
 * every normalized code unit back to the span of the original string it came from.
 */

/** Normalized text plus the way back to the original string. */
export interface NormalizedText {
  /** The normalized text every later stage works on. */
  readonly text: string
  /**
   * Original start offset of each normalized code unit, or `null` when offsets are unchanged (the
   * common case: only case folding or full-width mapping, which keep lengths).
   */
  readonly starts: Int32Array | null
  /** Original end offset (exclusive) of each normalized code unit; `null` together with `starts`. */
  readonly ends: Int32Array | null
}

/**
 * Normalizes `input` for analysis. Idempotent: `normalize(normalize(x).text).text === normalize(x).text`.
 * Hangul compatibility jamo (`ㅇㅈㅎ`) are kept, because the query stage needs them.
 *
 * @example
 * normalize('ＧＰＴ-４o는').text // 'gpt-4o는'
 * normalize('\u1100\u1161').text // '가' (NFD Hangul from macOS composes)
 */
export function normalize(input: string): NormalizedText {
  // The fast path keeps offsets: nothing to remove or fold, and lowering kept the length and left NFC text
  // (lowering keeps canonical equivalence, so that is what the per-cluster path would give too). The NFC
  // check is the engine's quick check, several times faster than a character-class scan.
  if (!REMOVED_OR_WIDE.test(input)) {
    const lowered = foldFinalSigma(input.toLowerCase())
    if (lowered.length === input.length && lowered.normalize('NFC') === lowered) return { text: lowered, starts: null, ends: null }
  }
  return normalizeWithMap(input)
}

/** Maps a span of normalized text back to the original string. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { starts, ends } = normalized
  if (starts === null || ends === null) return [start, end]
  if (end <= start) {
    const at = start < starts.length ? (starts[start] ?? 0) : (ends[ends.length - 1] ?? 0)
    return [at, at]
  }
  return [starts[start] ?? 0, ends[end - 1] ?? 0]
}

// C0/C1 controls except tab, newline, vertical tab, form feed, carriage return; DEL; zero-width chars;
// soft hyphen; BOM. They are invisible and would otherwise split or glue words unpredictably.
const REMOVED_CHARS = '\\0-\\b\\x0e-\\x1f\\x7f-\\x9f\\xad\\u200b-\\u200f\\u2060\\ufeff'
/**
 * Characters that may combine with the preceding one under NFC: every mark (accents, Indic vowel signs
 * such as Bengali ে + া → ো, Tamil ெ + ா → ொ) and the Hangul conjoining vowels and finals.
 */
const COMBINING_CHARS = '\\p{M}\\u1160-\\u11ff\\ud7b0-\\ud7ff'
const REMOVED = new RegExp(`[${REMOVED_CHARS}]`)
const EVERY_REMOVED = new RegExp(`[${REMOVED_CHARS}]`, 'g')
const COMBINING = new RegExp(`[${COMBINING_CHARS}]`, 'u')

function isRemoved(c: number): boolean {
  return REMOVED.test(String.fromCodePoint(c))
}

/** True for a combining code point (marks outside the BMP, such as Brahmi vowel signs, included). */
function isCombining(c: number): boolean {
  return COMBINING.test(String.fromCodePoint(c))
}

/**
 * Final sigma: `toLowerCase` picks ς or σ from the letters around Σ, so the same word would lower
 * differently alone, in a sentence, or cut into clusters. Searching treats them as one letter (Unicode
 * case folding does the same), and the result no longer depends on context.
 */
function foldFinalSigma(text: string): string {
  return text.includes('ς') ? text.replace(/ς/g, 'σ') : text
}

/** Full-width ASCII (ＧＰＴ４) and the ideographic space, folded to their ASCII forms. */
const FULL_WIDTH = /[\u3000\uff01-\uff5e]/g
/** What the fast path cannot keep: removed characters and full width. */
const REMOVED_OR_WIDE = new RegExp(`[${REMOVED_CHARS}\\u3000\\uff01-\\uff5e]`)

function foldWidth(ch: string): string {
  return ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
}

function normalizeWithMap(input: string): NormalizedText {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const n = input.length
  let i = 0
  while (i < n) {
    const c = input.charCodeAt(i)
    if (isRemoved(c)) {
      i++
      continue
    }
    // A cluster is a starter plus following combining characters (or a surrogate pair): it is the unit
    // NFC composes, so every output unit of the cluster maps to the cluster's whole original span.
    let j = i + 1
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = input.charCodeAt(j)
      if (d >= 0xdc00 && d <= 0xdfff) j++
    }
    while (j < n) {
      const d = input.codePointAt(j) as number
      if (isCombining(d)) j += d > 0xffff ? 2 : 1
      else if (isRemoved(d) && j + 1 < n && isCombining(input.codePointAt(j + 1) as number)) j++
      else break
    }
    const cluster = stripRemoved(input.slice(i, j)).normalize('NFC')
    const folded = foldFinalSigma(cluster.replace(FULL_WIDTH, foldWidth).toLowerCase().normalize('NFC'))
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k] as string)
      starts.push(i)
      ends.push(j)
    }
    i = j
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

function stripRemoved(s: string): string {
  return s.replace(EVERY_REMOVED, '')
}
