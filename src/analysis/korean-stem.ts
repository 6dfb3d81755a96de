/**
 * Korean token filter: one eojeol (a run of Hangul syllables) → its content stem(s). Strips particles,
 * copula, light verbs and endings by longest match with guards, then plural 들, derivational 적 (and
 * offers the base of -성/-화 as a second term), then splits long compounds.
 */
import { finalIndex, vowelIndex } from './hangul.js'
import { DETERMINED_NOUNS, DETERMINERS, NOT_DETERMINED } from './korean-affixes.js'
import { compoundParts, endsWithBlockedDerivation, looksLikeLoanword } from './korean-compound.js'
import { lexiconParts, MAX_LEXICON_WORD } from './korean-lexicon.js'
import { adnominalStem, irregularAdjectiveStem, isRequest, passiveBase } from './korean-predicate.js'
import { hasNativeSyllable } from './sino-korean.js'
import { BLOCKED_ENDINGS, DERIVATION_ALTERNATIVES, KOREAN_STOP_WORDS, TWO_SYLLABLE_NOUNS } from './korean-guards.js'
import { MAX_NOUN_TAIL, MAX_PREDICATE_TAIL, NOUN_TAILS, PREDICATE_TAILS, type Tail, type TailCondition, type TailKind } from './korean-tails.js'

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
  /**
   * Noun stems known from the collection (`lexicon` analyzer option): they split compounds (`버스정류장` →
   * `버스`, `정류장`) and keep nouns whole that only look like they end in a particle (`경기도`).
   */
  readonly lexicon?: ReadonlySet<string> | undefined
}

/** Particles that may follow a one-syllable noun (방이, 점도, 씨의); TWO_SYLLABLE_NOUNS guards the rest. */
const SINGLE_SYLLABLE_STEM_TAILS = '을를은는에이가의도와과'

function conditionHolds(condition: TailCondition, prev: number): boolean {
  if (condition === 'A') return true
  const fin = finalIndex(prev)
  if (condition === 'C') return fin !== 0
  if (condition === 'V') return fin === 0
  return fin === 0 || fin === 8
}

/**
 * True when a guard keeps `tail` on the word: the noun ends in what looks like the tail (정확도), or in
 * what looks like the tail's first syllable with a particle after it (결과를 is 결과+를, not 결+과를).
 */
function blocked(word: string, stemLength: number, tail: string): boolean {
  const endings = BLOCKED_ENDINGS.get(tail)
  if (endings !== undefined) for (const e of endings) if (word.endsWith(e)) return true
  if (tail.length < 2) return false
  const head = BLOCKED_ENDINGS.get(tail.charAt(0))
  if (head === undefined) return false
  const nounEnd = stemLength + 1
  for (const e of head) if (nounEnd >= e.length && word.startsWith(e, nounEnd - e.length)) return true
  return false
}

/** Finals (ㄴ, ㅇ) that end Sino-Korean noun syllables but (almost) no native predicate stem. */
const NOUN_LIKE_FINALS = new Set([4, 21])

/**
 * True when the stem before 지만 is rather the head of a noun in 지 (이미지만, 메시지만, 스토리지만): it ends
 * in an open ㅣ syllable other than those verb stems end in (남기, 늘리, 보이, 여겨지, 미치, 밝히), or it
 * looks like a loanword.
 */
function nounBeforeJiman(word: string, stemLength: number): boolean {
  const last = word.charCodeAt(stemLength - 1)
  return (last - 0xac00) % 588 === 560 /* ㅣ, no final */ && (!'기리이지치히'.includes(word.charAt(stemLength - 1)) || looksLikeLoanword(word.slice(0, stemLength)))
}

/**
 * True when a one-syllable root before a light-verb tail is a 하다 verb of its own (편해요 → 편하, not
 * 편+하다): the tail has two syllables or more, and the word is no noun in -해/-함 with a particle (북한,
 * 피해도, 결함을).
 */
function isOneSyllableHaVerb(word: string): boolean {
  return word.length > 2 && isHaTail(word, 1) && !word.endsWith('해도') && word.charCodeAt(1) !== 0xd568 /* 함 */
}

function acceptTail(word: string, stemLength: number, tail: string, info: Tail): boolean {
  if (!conditionHolds(info.condition, word.charCodeAt(stemLength - 1))) return false
  if (stemLength < 2) {
    // One-syllable stems: verbs (있고, 좋은) are common; nouns only before the plain particles.
    if (info.kind === 'light') return word.charCodeAt(0) === 0xbabb /* 못: the adverb */ || isOneSyllableHaVerb(word)
    if (TWO_SYLLABLE_NOUNS.has(word.slice(0, 2))) return false
    if (info.kind !== 'ending' && tail.length === 1 && !SINGLE_SYLLABLE_STEM_TAILS.includes(tail)) return false
    // No native predicate stem ends in ㅇ, and few in ㄴ: 현지, 경기, 원고 are nouns, not 현+지, 경+기.
    if (info.kind === 'ending' && NOUN_LIKE_FINALS.has(finalIndex(word.charCodeAt(0)))) return false
    // 사고, 무게, 화면, 표면 are nouns; a one-syllable verb before 고/게/면 needs a final (있고, 쉽게, 찾으면).
    if ('고게면'.includes(tail) && finalIndex(word.charCodeAt(0)) === 0) return false
  }
  if (tail === '지만' && nounBeforeJiman(word, stemLength)) return false
  // No verb stem ends in ㄴ or ㅇ, so 지 there ends a noun (관광지, 챌린지, 레인지), not -지 않다.
  if (tail === '지' && NOUN_LIKE_FINALS.has(finalIndex(word.charCodeAt(stemLength - 1)))) return false
  return !blocked(word, stemLength, tail)
}

/** Longest tail over both tables (a particle wins a tie); `stemLength === word.length` when none. */
function longestTail(word: string): { stemLength: number; kind: TailKind | undefined } {
  const n = word.length
  for (let k = Math.min(MAX_TAIL, n - 1); k >= 1; k--) {
    const tail = word.slice(n - k)
    const noun = NOUN_TAILS.get(tail)
    if (noun !== undefined && acceptTail(word, n - k, tail, noun)) return { stemLength: n - k, kind: noun.kind }
    const predicate = PREDICATE_TAILS.get(tail)
    if (predicate !== undefined && acceptTail(word, n - k, tail, predicate)) return { stemLength: n - k, kind: 'ending' }
  }
  return { stemLength: n, kind: undefined }
}

const MAX_TAIL = Math.max(MAX_NOUN_TAIL, MAX_PREDICATE_TAIL)

/**
 * Endings fused into the stem's last syllable as its final consonant: -ㅂ니다 (갑니다 → 가, 들립니다 →
 * 들리) and -ㄴ다 (보인다 → 보이). Returns the restored predicate stem, or undefined.
 */
function fusedEnding(word: string): string | undefined {
  const n = word.length
  if (n < 2 || word.charCodeAt(n - 1) !== 0xb2e4 /* 다 */) return undefined
  let at = n - 2
  if (word.charCodeAt(at) === 0xb2c8 /* 니 */) {
    at--
    if (at < 0 || finalIndex(word.charCodeAt(at)) !== 17 /* ㅂ */) return undefined
  } else if (finalIndex(word.charCodeAt(at)) !== 4 /* ㄴ */) {
    return undefined
  }
  const c = word.charCodeAt(at)
  const fin = finalIndex(c)
  return word.slice(0, at) + String.fromCharCode(c - fin)
}

/**
 * Undoes the past-tense contraction on a predicate stem (밝혔 → 밝히, 나왔 → 나오, 나섰 → 나서, 했 → 하):
 * the stem before 다/고/습니다 ends in a syllable with final ㅆ that fused 었/았 into the verb.
 */
function undoPastContraction(stem: string): string {
  const last = stem.charCodeAt(stem.length - 1)
  if (finalIndex(last) !== 20) return stem
  const base = last - 20
  const vowel = vowelIndex(last)
  const initial = Math.floor((last - 0xac00) / 588)
  let newVowel = vowel
  if (vowel === 6) newVowel = 20 // ㅕ → ㅣ
  else if (vowel === 9) newVowel = 8 // ㅘ → ㅗ
  else if (vowel === 14) newVowel = 13 // ㅝ → ㅜ
  else if (vowel === 10) newVowel = 11 // ㅙ → ㅚ
  else if (vowel === 1 && initial === 18) newVowel = 0 // 했 → 하
  else if (vowel !== 0 && vowel !== 4) return stem // 있, 없 … keep their own ㅆ
  if (stem.length === 1 && (vowel === 0 || vowel === 4) && newVowel === vowel) return stem
  const syllable = newVowel === vowel ? base : 0xac00 + initial * 588 + newVowel * 28
  return stem.slice(0, -1) + String.fromCharCode(syllable)
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** True for a light-verb tail of 하다 (한, 하고, 했다, 해서, 합니다 …), whose first syllable starts with ㅎ+ㅏ/ㅐ. */
function isHaTail(word: string, stemLength: number): boolean {
  const c = word.charCodeAt(stemLength)
  // 하..핳 and 해..햏 (했, 한, 할, 함, 합 are 하/해 with a final)
  return c >= 0xd558 && c <= 0xd58f
}

/** Length of a determiner that begins `stem` when the rest is a time/place noun (이날, 지난해), else 0. */
function determinerLength(stem: string): number {
  if (NOT_DETERMINED.has(stem)) return 0
  for (const d of DETERMINERS) {
    if (stem.length > d.length && stem.startsWith(d) && DETERMINED_NOUNS.has(stem.slice(d.length))) return d.length
  }
  return 0
}

/** Stop words, and question words in 뭐/뭔/뭘 (뭐야, 뭔가요, 뭘까), which no noun begins with. */
function isStopStem(stem: string): boolean {
  return KOREAN_STOP_WORDS.has(stem) || '뭐뭔뭘'.includes(stem.charAt(0))
}

/**
 * True for a causative or passive verb nominalised by -기 (높이기, 줄이기, 맞추기, 채우기, 밝히기, 일으키기),
 * not for the copula after a stop word (것이기).
 */
function isVerbNominal(word: string): boolean {
  const n = word.length
  return n >= 3 && word.endsWith('기') && '이리우추히키'.includes(word.charAt(n - 2)) && !isStopStem(word.slice(0, n - 2))
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
  let { stemLength, kind } = longestTail(word)
  if (kind === undefined && isRequest(word)) return { terms: [], keep: 0, grammatical: false }
  // -기 after a causative or passive verb (높이기, 맞추기, 밝히기; 줄이기, not the copula after 줄)
  if ((kind === undefined || (kind === 'copula' && stemLength === 1 && word.length === 3)) && isVerbNominal(word)) {
    stemLength = word.length - 1
    kind = 'ending'
  }
  const lexicon = options.lexicon
  if (lexicon !== undefined) {
    // A longer stem the collection knows as a noun wins over stripping (경기도 is not 경기+도), and a known
    // noun before a particle the rules kept on wins over keeping it (데이타+인, where 타인 is guarded).
    for (let k = Math.min(word.length, MAX_LEXICON_WORD); k > (stemLength < word.length ? stemLength : 1); k--) {
      if (!lexicon.has(word.slice(0, k))) continue
      const rest = k < word.length ? NOUN_TAILS.get(word.slice(k)) : undefined
      if (k === word.length || (rest !== undefined && rest.kind !== 'ending' && conditionHolds(rest.condition, word.charCodeAt(k - 1)))) {
        stemLength = k
        kind = 'josa'
        break
      }
    }
  }
  let nominal = kind !== 'ending'
  let stem = word.slice(0, stemLength)
  let keep = stemLength
  if (stemLength >= word.length - 1 && kind !== 'josa') {
    // Only a bare 다 (or nothing) was found: a fused -ㅂ니다/-ㄴ다 is the better reading (보인다, 갑니다).
    const fused = fusedEnding(word)
    if (fused !== undefined) {
      stem = fused
      keep = Math.max(fused.length - 1, 1)
      nominal = false
    }
  }
  if (!nominal) {
    const restored = undoPastContraction(stem)
    if (restored !== stem) {
      stem = restored
      keep = stem.length - 1
    }
  }
  if (kind === undefined || !nominal) {
    // Conjugations suffix stripping cannot undo: 알려졌다 → 알리, 주어진 → 주, 가까운 → 가깝.
    const base = passiveBase(stem) ?? (kind === undefined ? (irregularAdjectiveStem(stem) ?? adnominalStem(stem)) : undefined)
    if (base !== undefined) {
      keep = Math.max(commonPrefixLength(base, word), 1)
      stem = base
      nominal = false
    }
  }
  // Before 하다 a native root (깨끗, 따뜻, 비슷) is an adjective stem (깨끗하), not a noun with a light verb (제안+하다).
  if (kind === 'light' && (stem.length < 2 ? stem !== '못' : hasNativeSyllable(stem)) && isHaTail(word, stemLength)) {
    stem += '하'
    nominal = false
  }
  if (nominal) {
    while (stem.length >= 3 && stem.endsWith('들')) stem = stem.slice(0, -1)
    if (stem.length >= 3 && stem.endsWith('적') && !endsWithBlockedDerivation(stem)) stem = stem.slice(0, -1)
    // 기 after ㄴ/ㅇ is the suffix of devices (생성기, 변환기): the stem is the noun, as a bare 생성기 has it.
    if (stem.length >= 3 && stem.endsWith('기') && NOUN_LIKE_FINALS.has(finalIndex(stem.charCodeAt(stem.length - 2)))) stem = stem.slice(0, -1)
    keep = stem.length
  }
  if (isStopStem(stem)) return { terms: [], keep: 0, grammatical: false }
  if (nominal || determinerLength(word) > 0) {
    // 이날 → 날, 지난해 → 해 (not 지난 + light 해): the determiner carries nothing to search for.
    const whole = determinerLength(word) > 0 ? word : stem
    const at = determinerLength(whole)
    if (at > 0) return { terms: [{ term: whole.slice(at), start: at, end: whole.length }], keep: whole.length, grammatical: false }
  }
  const terms: StemTerm[] = [{ term: stem, start: 0, end: Math.max(keep, 1) }]
  if (nominal && stem.length >= 3) {
    const last = stem.charAt(stem.length - 1)
    if (DERIVATION_ALTERNATIVES.has(last) && !endsWithBlockedDerivation(stem)) {
      terms.push({ term: stem.slice(0, -1), start: 0, end: stem.length - 1, part: true })
    }
  }
  if (options.splitCompounds && nominal) {
    for (const [s, e] of (lexicon !== undefined ? lexiconParts(stem, lexicon) : undefined) ?? compoundParts(stem)) {
      const term = stem.slice(s, e)
      if (!terms.some((t) => t.term === term)) terms.push({ term, start: s, end: e, part: true })
    }
  }
  return { terms, keep: nominal ? stem.length : Math.max(keep, 1), grammatical: false }
}

/**
 * Length of the counter that begins a Hangul word written right after a number (2배로, 1월에, 15일과, 3명이):
 * its first syllable when the rest is only a particle or the copula, which a one-syllable noun elsewhere
 * does not get (배로 could be 배 or 배로); 0 otherwise (3차원, 2단계로, 3가지, 3게임, 3백만).
 *
 * @example
 * counterLength('배로') // 1
 * counterLength('차원') // 0
 */
export function counterLength(word: string): number {
  const rest = word.slice(1)
  const tail = NOUN_TAILS.get(rest)
  // Not a particle of its own (3으로, 2보다), a number word (백만, 천만) or a fused copula (게임, not 게+임).
  return tail !== undefined && !NOUN_TAILS.has(word) && !'십백천'.includes(word.charAt(0)) && (tail.kind === 'josa' || rest.charAt(0) === '이') && conditionHolds(tail.condition, word.charCodeAt(0)) ? 1 : 0
}

/** True when `word` (Hangul syllables) is only grammar: a particle, copula or light-verb form (`는`, `했다`). */
export function isGrammatical(word: string): boolean {
  return NOUN_TAILS.has(word) || PREDICATE_TAILS.has(word)
}

/**
 * The noun stem of an eojeol read as noun + particle, copula or light verb (`모델들을` → `모델`), or
 * undefined (no such tail, a one-syllable stem, a stop word): the evidence `learnCompoundLexicon` counts.
 *
 * @example
 * taggedNounStem('정류장에서') // '정류장'
 * taggedNounStem('빠른') // undefined
 */
export function taggedNounStem(word: string): string | undefined {
  const { stemLength, kind } = longestTail(word)
  // A fused -ㅂ니다/-ㄴ다 (가르칩니다) only looks like a noun + copula 다.
  if (kind === undefined || kind === 'ending' || (kind === 'copula' && fusedEnding(word) !== undefined)) return undefined
  let stem = word.slice(0, stemLength)
  while (stem.length >= 3 && stem.endsWith('들')) stem = stem.slice(0, -1)
  // A stem that itself ends in a light-verb or predicate form (친절함 in 친절함도) is no noun of its own.
  const inner = longestTail(stem).kind
  // Nor is a predicate stem in -어지다 (높아지, 만들어지) a noun of its own.
  return stem.length < 2 || isStopStem(stem) || (inner !== undefined && inner !== 'josa') || passiveBase(stem) !== undefined ? undefined : stem
}
