/**
 * Predicate stems that suffix stripping alone cannot reach, recovered by regular rules of Korean
 * conjugation (no dictionary):
 * - `-어/-아 지다` (passive/inchoative) after a contracted infinitive: 알려지 → 알리, 밝혀진 → 밝히,
 *   만들어진 → 만들, 주어진 → 주, 전해지 → 전하;
 * - ㅂ-irregular adjectives before 운/울/워: 가까운 → 가깝, 새로운 → 새롭, 어려워서 → 어렵;
 * - 르-irregular adnominal 른: 빠른 → 빠르.
 */
import { finalIndex, vowelIndex } from './hangul.js'

const BASE = 0xac00

function initialIndex(c: number): number {
  return Math.floor((c - BASE) / 588)
}

function syllable(initial: number, vowel: number, final: number): string {
  return String.fromCharCode(BASE + initial * 588 + vowel * 28 + final)
}

/** Vowel index constants (Unicode Hangul order). */
const V = { A: 0, AE: 1, EO: 4, YEO: 6, WA: 9, U: 13, WEO: 14, I: 20, O: 8, EU: 18 } as const
const FINAL_B = 17
const INITIAL_IEUNG = 11
const INITIAL_H = 18

/**
 * The stem before a contracted infinitive syllable `c` (려 → 리, 워 → 우, 와 → 오, 해 → 하), or the text
 * before a plain 어/아 (만들어 → 만들); undefined when `c` is no infinitive.
 */
function infinitiveBase(before: string, c: number): string | undefined {
  if (finalIndex(c) !== 0) return undefined
  const vowel = vowelIndex(c)
  const initial = initialIndex(c)
  if (initial === INITIAL_IEUNG && (vowel === V.EO || vowel === V.A)) return before.length > 0 ? before : undefined
  if (vowel === V.YEO) return before + syllable(initial, V.I, 0)
  if (vowel === V.WEO) return before + syllable(initial, V.U, 0)
  if (vowel === V.WA) return before + syllable(initial, V.O, 0)
  if (vowel === V.AE && initial === INITIAL_H) return before + syllable(initial, V.A, 0)
  return undefined
}

/** What may follow the 지 of -어지다 inside the eojeol once the ending is stripped: nothing, or ㄴ/ㄹ. */
function isJiForm(c: number): boolean {
  // 지, 진, 질 (지 + ㄴ/ㄹ adnominal)
  const base = c - finalIndex(c)
  const fin = finalIndex(c)
  return base === 0xc9c0 /* 지 */ && (fin === 0 || fin === 4 || fin === 8)
}

/**
 * Stem of a predicate stem or whole predicate eojeol built on `-어/-아 지다` (알려지, 알려진, 만들어진),
 * or undefined. Needs at least one syllable before the infinitive, so 어지 alone is never read this way.
 */
export function passiveBase(word: string): string | undefined {
  const n = word.length
  if (n < 3 || !isJiForm(word.charCodeAt(n - 1))) return undefined
  const base = infinitiveBase(word.slice(0, n - 2), word.charCodeAt(n - 2))
  return base !== undefined && base.length > 0 ? base : undefined
}

/**
 * The adjective stem of a ㅂ-irregular form (가까운 → 가깝, 어려울 → 어렵, 새로워서 → 새롭) or of a
 * 르-irregular adnominal (빠른 → 빠르); undefined otherwise. Two syllables must precede 운/울/워, so nouns
 * (행운, 파워) and regular 우-verbs (배운, 세워) are left alone.
 */
export function irregularAdjectiveStem(word: string): string | undefined {
  const n = word.length
  const last = word.charCodeAt(n - 1)
  if (n >= 2 && last === 0xb978 /* 른 */) return word.slice(0, -1) + '르'
  // 운, 울 (adnominal), 워 / 워서 / 워요 / 워도 / 워야 (infinitive forms)
  let at = -1
  if (last === 0xc6b4 /* 운 */ || last === 0xc6b8 /* 울 */ || last === 0xc6cc /* 워 */) at = n - 1
  else if (n >= 4 && word.charCodeAt(n - 2) === 0xc6cc && '서요도야'.includes(word.charAt(n - 1))) at = n - 2
  if (at < 2) return undefined
  const prev = word.charCodeAt(at - 1)
  if (finalIndex(prev) !== 0) return undefined
  return word.slice(0, at - 1) + String.fromCharCode(prev + FINAL_B)
}
