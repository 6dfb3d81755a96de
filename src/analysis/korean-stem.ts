/**
 * Korean token filter: one eojeol (a run of Hangul syllables) → its content stem(s). Strips particles,
 * copula, light verbs and endings by longest match with guards, then plural 들, derivational 적 (and
 * offers the base of -성/-화 as a second term), then splits long compounds.
 */
import { finalIndex } from './hangul.js'
import { BLOCKED_DERIVATIONS, BLOCKED_ENDINGS, DERIVATION_ALTERNATIVES, KOREAN_STOP_WORDS } from './korean-guards.js'
import { MAX_NOUN_TAIL, MAX_PREDICATE_TAIL, NOUN_TAILS, PREDICATE_TAILS, type Tail, type TailCondition } from './korean-tails.js'

/** A stem term with its span relative to the start of the eojeol. */
export interface StemTerm {
  readonly term: string
  readonly start: number
  readonly end: number
  /** True for a term that is part of (or a base of) another term of the same eojeol. */
  readonly part?: boolean
}

/** Result of analysing one eojeol. */
export interface EojeolAnalysis {
  /** Word-view terms (may be empty for pure grammar such as `했다` or `이를`). */
  readonly terms: readonly StemTerm[]
  /** Length of the leading surface that carries content (the stem's span), used for grams and wholes. */
  readonly keep: number
  /** True when the whole eojeol is grammar (a particle, copula or light-verb form). */
  readonly grammatical: boolean
}

/** Options of the Korean stage. */
export interface KoreanStemOptions {
  /** Split 4-syllable noun stems into 2+2 parts (`언어모델` → `언어`, `모델`) in addition to the whole. */
  readonly splitCompounds: boolean
}

const SINGLE_SYLLABLE_STEM_TAILS = new Set(['을', '를', '은', '는', '에'])

function conditionHolds(condition: TailCondition, prev: number): boolean {
  if (condition === 'A') return true
  const fin = finalIndex(prev)
  if (condition === 'C') return fin !== 0
  if (condition === 'V') return fin === 0
  return fin === 0 || fin === 8
}

function blocked(word: string, tail: string): boolean {
  const endings = BLOCKED_ENDINGS.get(tail)
  if (endings === undefined) return false
  for (const e of endings) if (word.endsWith(e)) return true
  return false
}

function acceptTail(word: string, stemLength: number, tail: string, info: Tail): boolean {
  if (!conditionHolds(info.condition, word.charCodeAt(stemLength - 1))) return false
  if (tail.length === 1 && stemLength < 2 && !SINGLE_SYLLABLE_STEM_TAILS.has(tail)) return false
  return !blocked(word, tail)
}

function longestTail(word: string, table: ReadonlyMap<string, Tail>, maxTail: number): number {
  const n = word.length
  for (let k = Math.min(maxTail, n - 1); k >= 1; k--) {
    const tail = word.slice(n - k)
    const info = table.get(tail)
    if (info !== undefined && acceptTail(word, n - k, tail, info)) return n - k
  }
  return n
}

function endsWithBlockedDerivation(stem: string): boolean {
  for (const b of BLOCKED_DERIVATIONS) if (stem.endsWith(b)) return true
  return false
}

/** A 4-syllable stem looks like a loanword when it has a syllable Sino-Korean never uses (스, 트, 션 …). */
function looksLikeLoanword(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i) - 0xac00
    const vowel = Math.floor((c % 588) / 28)
    const fin = c % 28
    // ㅡ with no final (스, 트, 크, 프 …) and ㅕ+ㄴ with ㅅ/ㅈ/ㅊ initial (션, 젼) mark transliteration.
    if (vowel === 18 && fin === 0) return true
    const initial = Math.floor(c / 588)
    if (vowel === 6 && fin === 4 && (initial === 9 || initial === 12 || initial === 14)) return true
    // ㅔ/ㅐ with ㅋ/ㅌ/ㅍ initial (케, 테, 페, 캐, 패) and ㅓ+ㅁ (컴, 럼) are rare outside loanwords.
    if ((vowel === 5 || vowel === 1) && (initial === 15 || initial === 16 || initial === 17)) return true
  }
  return false
}

function isStopStem(stem: string): boolean {
  return KOREAN_STOP_WORDS.has(stem)
}

/**
 * Analyses one eojeol made only of Hangul syllables.
 *
 * @example
 * analyzeEojeol('모델들은', { splitCompounds: true }).terms.map(t => t.term) // ['모델']
 * analyzeEojeol('향상시켰다', { splitCompounds: true }).terms.map(t => t.term) // ['향상']
 */
export function analyzeEojeol(word: string, options: KoreanStemOptions): EojeolAnalysis {
  if (NOUN_TAILS.has(word) || PREDICATE_TAILS.has(word)) return { terms: [], keep: 0, grammatical: true }
  if (isStopStem(word)) return { terms: [], keep: 0, grammatical: false }
  let stemLength = longestTail(word, NOUN_TAILS, MAX_NOUN_TAIL)
  let nominal = true
  if (stemLength === word.length) {
    const predicate = longestTail(word, PREDICATE_TAILS, MAX_PREDICATE_TAIL)
    if (predicate < word.length) {
      stemLength = predicate
      nominal = false
    }
  }
  let stem = word.slice(0, stemLength)
  if (nominal) {
    while (stem.length >= 3 && stem.endsWith('들')) stem = stem.slice(0, -1)
    if (stem.length >= 3 && stem.endsWith('적') && !endsWithBlockedDerivation(stem)) stem = stem.slice(0, -1)
  }
  if (isStopStem(stem)) return { terms: [], keep: 0, grammatical: false }
  const terms: StemTerm[] = [{ term: stem, start: 0, end: stem.length }]
  if (nominal && stem.length >= 3) {
    const last = stem.charAt(stem.length - 1)
    if (DERIVATION_ALTERNATIVES.has(last) && !endsWithBlockedDerivation(stem)) {
      terms.push({ term: stem.slice(0, -1), start: 0, end: stem.length - 1, part: true })
    }
  }
  if (options.splitCompounds && nominal && stem.length === 4 && !looksLikeLoanword(stem)) {
    terms.push({ term: stem.slice(0, 2), start: 0, end: 2, part: true })
    terms.push({ term: stem.slice(2), start: 2, end: 4, part: true })
  }
  return { terms, keep: stem.length, grammatical: false }
}

/** True when `word` (Hangul syllables) is only grammar: a particle, copula or light-verb form (`는`, `했다`). */
export function isGrammatical(word: string): boolean {
  return NOUN_TAILS.has(word) || PREDICATE_TAILS.has(word)
}
