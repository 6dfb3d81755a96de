/**
 * Predicate stems that suffix stripping alone cannot reach, recovered by regular rules of Korean
 * conjugation (no dictionary):
 * - `-어/-아 지다` (passive/inchoative) after a contracted infinitive: 알려지 → 알리, 밝혀진 → 밝히,
 *   만들어진 → 만들, 주어진 → 주, 전해지 → 전하;
 * - ㅂ-irregular adjectives before 운/울/워: 가까운 → 가깝, 새로운 → 새롭, 어려워서 → 어렵;
 * - 르-irregular adnominal 른: 빠른 → 빠르.
 */
import { finalIndex, vowelIndex } from './hangul.js'
import { looksLikeLoanword } from './korean-compound.js'
import { REQUESTS } from './korean-tails.js'
import { isSinoFinal } from './sino-korean.js'

const BASE = 0xac00

function initialIndex(c: number): number {
  return Math.floor((c - BASE) / 588)
}

function syllable(initial: number, vowel: number, final: number): string {
  return String.fromCharCode(BASE + initial * 588 + vowel * 28 + final)
}

/** Vowel indexes (Unicode Hangul order); an enum so that the values are inlined. */
const enum V {
  A = 0,
  AE = 1,
  EO = 4,
  YEO = 6,
  O = 8,
  WA = 9,
  U = 13,
  WEO = 14,
  EU = 18,
  I = 20,
}
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

/**
 * True for a request after the infinitive of a verb (찾아줘, 알려주세요, 보여줄래): an instruction to the
 * search box with nothing to search for. (After a light verb a tail rule keeps the noun: 설명해줘 → 설명.)
 */
export function isRequest(word: string): boolean {
  for (const request of REQUESTS) {
    const at = word.length - request.length - 1
    if (at >= 0 && word.endsWith(request) && infinitiveBase(word.slice(0, at), word.charCodeAt(at)) !== undefined) return true
  }
  return false
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

/**
 * Whole eojeols that are conjugated forms of very common short predicates, as pairs of form and stem:
 * one-syllable adnominals (큰 → 크, 긴 → 길, 갈 → 가) and ㅅ-irregular adnominals (나은 → 낫). Only forms that
 * are rarely a noun of their own are listed (간, 본, 전, 산, 날 are left alone).
 */
const SHORT_FORMS = new Map(
  ['큰크', '긴길', '갈가', '쓸쓰', '쓴쓰', '낸내', '나은낫'].map((p) => [p.slice(0, -1), p.slice(-1)] as const),
)

/** Syllables (without their final) that end a predicate stem far more often than a noun: 열리+ㄴ, 마치+ㄴ, 지나+ㄴ. */
const ADNOMINAL_BASES = '리치나'
/** Nouns that end in one of those syllables plus ㄴ (재난 is not 재나+ㄴ). */
const NOT_ADNOMINAL = '재난 비난 고난 부친 모친'
/** Auxiliary verbs after an infinitive (알려준 = 알리+어 주+ㄴ, 들어간 = 들+어 가+ㄴ): their stems, without a final. */
const AUXILIARY_BASES = '오가주보두내'

/**
 * The predicate stem of an adnominal or infinitive eojeol that no tail rule reaches (the ending is a
 * final consonant or a lone 어/아), or undefined:
 * - common short forms: 큰 → 크, 긴 → 길, 나은 → 낫;
 * - ㄴ/ㄹ after a tense-initial ㅡ syllable (예쁜 → 예쁘, 바쁜 → 바쁘), which loanwords do not use;
 * - ㄴ/ㄹ after 리/치/나 (열린 → 열리, 마친 → 마치, 뛰어난 → 뛰어나), not in loanword-looking stems;
 * - an auxiliary 오/가/주/보/두/내 + ㄴ/ㄹ after an infinitive: the main verb (알려준 → 알리, 들어간 → 들);
 * - 어/아 after a final Sino-Korean never uses (있어 → 있, 찾아 → 찾, 좋아 → 좋).
 *
 * @example
 * adnominalStem('열린') // '열리'
 * adnominalStem('시간') // undefined
 */
export function adnominalStem(word: string): string | undefined {
  const short = SHORT_FORMS.get(word)
  if (short !== undefined || word.length < 2) return short
  const n = word.length
  const last = word.charCodeAt(n - 1)
  const fin = finalIndex(last)
  const open = last - fin
  if (fin === 0 && (open === 0xc5b4 /* 어 */ || open === 0xc544) /* 아 */) {
    // ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅍ ㅎ and the clusters end native predicate stems only (있어, 찾아, 같아, 좋아, 없어)
    return isSinoFinal(finalIndex(word.charCodeAt(n - 2))) ? undefined : word.slice(0, -1)
  }
  if (fin !== 4 && fin !== 8) return undefined
  const stem = word.slice(0, -1) + String.fromCharCode(open)
  const initial = initialIndex(last)
  if (vowelIndex(last) === V.EU && (initial === 1 || initial === 4 || initial === 8 || initial === 10)) return stem
  if (n >= 3 && AUXILIARY_BASES.includes(String.fromCharCode(open))) {
    const main = infinitiveBase(word.slice(0, n - 2), word.charCodeAt(n - 2))
    if (main !== undefined) return main
  }
  const base = String.fromCharCode(open)
  if (!ADNOMINAL_BASES.includes(base) || NOT_ADNOMINAL.includes(word) || looksLikeLoanword(word)) return undefined
  // 날 after 나 is the noun 'day' (이날, 봄날) more often than a future adnominal; 치+ㄹ is rarer than 칠.
  return base === '리' || fin === 4 ? stem : undefined
}
