/**
 * Tokenizer stage: splits normalized text into words, and each word into runs of one script. A word is
 * what whitespace and punctuation delimit, except that joiners (`-`, `×`, `_`, and `.` between letters or
 * digits) keep `GPT-4o`, `text-to-image`, `2402.09368` together as one word of several runs.
 */

/** Script of a run. `alnum` mixes Latin letters and digits (`4o`, `t2i`). */
export type Script = 'hangul' | 'latin' | 'digit' | 'alnum' | 'han' | 'jamo'

/** A maximal stretch of one script inside a word (offsets into the normalized text). */
export interface Run {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly script: Script
  /**
   * True for a Hangul run glued directly to a preceding Latin/digit run (`LLMs와`, `VCD를`): a particle
   * candidate rather than a word of its own.
   */
  readonly afterLatin: boolean
}

/** A word: one or more runs; `joined` when joiners connect its runs (then the whole is a term too). */
export interface Word {
  readonly runs: Run[]
  readonly start: number
  readonly end: number
  readonly joined: boolean
}

const enum Kind {
  Other = 0,
  Hangul = 1,
  Letter = 2,
  Digit = 3,
  Han = 4,
  Jamo = 5,
}

/**
 * Kind of each UTF-16 code unit of normalized text, as ranges written over an all-`Other` table in order
 * (later ranges win): Latin, digits, Hangul syllables and jamo, Han, Latin-1/Extended and Greek/Cyrillic
 * letters, then the punctuation inside those letter blocks (× ÷ and Greek ; ·).
 */
const KIND_RANGES: Array<[kind: Kind, first: number, last: number]> = [
  [Kind.Letter, 0x61, 0x7a],
  [Kind.Letter, 0x41, 0x5a],
  [Kind.Digit, 0x30, 0x39],
  [Kind.Hangul, 0xac00, 0xd7a3],
  [Kind.Jamo, 0x3131, 0x318e],
  [Kind.Han, 0x4e00, 0x9fff],
  [Kind.Han, 0x3400, 0x4dbf],
  [Kind.Han, 0xf900, 0xfaff],
  [Kind.Letter, 0xc0, 0x24f],
  [Kind.Letter, 0x370, 0x4ff],
  [Kind.Other, 0xd7, 0xd7],
  [Kind.Other, 0xf7, 0xf7],
  [Kind.Other, 0x37e, 0x37e],
  [Kind.Other, 0x387, 0x387],
]

const KIND_TABLE = new Uint8Array(0x10000)
for (const [kind, first, last] of KIND_RANGES) KIND_TABLE.fill(kind, first, last + 1)

function kindOf(c: number): Kind {
  return KIND_TABLE[c] as Kind
}

/** Run groups: Latin letters and digits form one group (`gpt4o`); the other kinds are groups alone. */
function groupOf(k: Kind): number {
  return k === Kind.Digit ? Kind.Letter : k
}

function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xd7 || c === 0x5f || c === 0x2e
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019
}

/** Receives runs and word ends from `scanRuns`, in text order, without intermediate objects. */
export interface RunVisitor {
  /** One run of one script; `start`/`end` are offsets into the normalized text. */
  run(start: number, end: number, script: Script, afterLatin: boolean): void
  /** Called after the last run of each word. */
  endWord(start: number, end: number, joined: boolean): void
}

/**
 * The tokenizer loop: reports every run and word of `text` to `visitor` (the allocation-free form of
 * `segment`, used by the analyzer).
 */
export function scanRuns(text: string, visitor: RunVisitor): void {
  const n = text.length
  let i = 0
  while (i < n) {
    let k = kindOf(text.charCodeAt(i))
    if (k === Kind.Other) {
      i++
      continue
    }
    const wordStart = i
    let joined = false
    let prevGroup = 0
    let prevEnd = -1
    let lastEnd = i
    for (;;) {
      const group = groupOf(k)
      const runStart = i
      let letters = false
      let digits = false
      while (i < n) {
        const kc = kindOf(text.charCodeAt(i))
        if (kc === Kind.Other || groupOf(kc) !== group) break
        if (kc === Kind.Letter) letters = true
        else if (kc === Kind.Digit) digits = true
        i++
      }
      const script: Script =
        group === Kind.Letter
          ? letters && digits
            ? 'alnum'
            : letters
              ? 'latin'
              : 'digit'
          : group === Kind.Hangul
            ? 'hangul'
            : group === Kind.Han
              ? 'han'
              : 'jamo'
      const afterLatin = group === Kind.Hangul && prevGroup === Kind.Letter && prevEnd === runStart
      visitor.run(runStart, i, script, afterLatin)
      prevGroup = group
      prevEnd = i
      lastEnd = i
      if (i >= n) break
      const c = text.charCodeAt(i)
      const kc = kindOf(c)
      if (kc !== Kind.Other) {
        k = kc
        continue
      }
      // English possessive: the `'s` ends the word and is dropped.
      if (isApostrophe(c) && group === Kind.Letter && letters) {
        const s = i + 1 < n ? text.charCodeAt(i + 1) : 0
        const after = i + 2 < n ? kindOf(text.charCodeAt(i + 2)) : Kind.Other
        if (s === 0x73 && after !== Kind.Letter && after !== Kind.Digit) i += 2
        break
      }
      if (isJoiner(c) && i + 1 < n) {
        const next = kindOf(text.charCodeAt(i + 1))
        // `.` joins only Latin/digit runs (`2402.09368`, `gpt-3.5`), never a Korean sentence end to the
        // next word.
        if (next !== Kind.Other && (c !== 0x2e || (group === Kind.Letter && groupOf(next) === Kind.Letter))) {
          joined = true
          i++
          k = next
          prevGroup = 0
          continue
        }
      }
      break
    }
    visitor.endWord(wordStart, lastEnd, joined)
  }
}

/**
 * Splits normalized text into words and script runs, in text order.
 *
 * @example
 * segment('gpt-4o는 좋다').map(w => w.runs.map(r => r.text)) // [['gpt', '4o', '는'], ['좋다']]
 */
export function segment(text: string): Word[] {
  const words: Word[] = []
  let runs: Run[] = []
  scanRuns(text, {
    run(start, end, script, afterLatin) {
      runs.push({ text: text.slice(start, end), start, end, script, afterLatin })
    },
    endWord(start, end, joined) {
      words.push({ runs, start, end, joined })
      runs = []
    },
  })
  return words
}
