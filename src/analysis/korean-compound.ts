/**
 * Compound splitting of Korean noun stems without a dictionary. Sino-Korean compounds are mostly built
 * from two-syllable words (언어+모델, 설문+조사), with one-syllable suffixes (효율+성, 대표+팀) and prefixes
 * (재+학습); loanwords (파이프라인, 트랜스포머) are not compounds of that kind and stay whole.
 */
import { NOUN_PREFIXES, NOUN_SUFFIXES } from './korean-affixes.js'
import { BLOCKED_DERIVATIONS } from './korean-guards.js'
import { hasNonSinoSyllable, isNativeSyllable, isSinoKoreanSyllable } from './sino-korean.js'

/** A [start, end) span of a part inside the stem. */
export type PartSpan = readonly [number, number]

/**
 * True when the stem looks transliterated: a syllable no Hanja reads and no native word explains in its
 * first two syllables (멀티, 데이터, 디노이징; see sino-korean.ts), or open after an open head (하이퍼,
 * 파라미터), or ㅡ with no final anywhere (인스턴스). Such stems are not split into two-syllable parts.
 */
export function looksLikeLoanword(stem: string): boolean {
  // A head of two open syllables (데이, 파라, 하이) is typical of transliteration, a closed one of Sino-Korean
  // (상담센터, 학습데이터 are two words, where a loanword may come second).
  const openHead = ((stem.charCodeAt(0) - 0xac00) % 28) + ((stem.charCodeAt(1) - 0xac00) % 28) === 0
  for (let i = 0; i < stem.length; i++) {
    const code = stem.charCodeAt(i)
    const c = code - 0xac00
    const fin = c % 28
    // ㅡ with no final (스, 트, 크, 프 …) anywhere: Sino-Korean has ㅡ only with a final (은, 극, 증).
    if (fin === 0 && Math.floor((c % 588) / 28) === 18) return true
    // A syllable no Hanja reads, unless a native mark explains it (뛰어난, 벗어나), and 우 after open ㅏ (the
    // diphthong au: 가우시안, 라우팅) mark transliteration (멀티, 디노, 데이터셋) in the head, or open after an
    // open head (하이퍼, 파라미터); a closed one there may be a loanword part of a compound (대규모모델).
    if ((i < 2 || (openHead && fin === 0)) && ((!isSinoKoreanSyllable(code) && !isNativeSyllable(code)) || (c === 0x1ab0 && (stem.charCodeAt(i - 1) - 0xac00) % 588 === 0))) return true
  }
  return false
}

/** True when the stem only looks like a base + suffix (생성, 강화, 클래식: see BLOCKED_DERIVATIONS). */
export function endsWithBlockedDerivation(stem: string): boolean {
  return BLOCKED_DERIVATIONS.some((b) => stem.endsWith(b))
}

/** Sino-Korean suffixes a loanword takes (에이전트용, 파라미터급, 피라미드식, 헤드별): the loanword is the part. */
const LOANWORD_SUFFIXES = '용별급식형화성적상간'

function push(out: PartSpan[], offset: number, start: number, end: number): void {
  out.push([offset + start, offset + end])
}

/** Parts of a three-syllable stem: noun + suffix (사실+상) or prefix + noun (재+학습), else none. */
export function threeSyllableParts(stem: string, offset: number, out: PartSpan[]): void {
  if (NOUN_SUFFIXES.has(stem.charAt(2)) && !endsWithBlockedDerivation(stem)) {
    push(out, offset, 0, 2)
    push(out, offset, 2, 3)
  } else if (NOUN_PREFIXES.has(stem.charAt(0))) {
    push(out, offset, 0, 1)
    push(out, offset, 1, 3)
  }
}

/**
 * Spans of the parts of a compound noun stem (the whole itself not included), in text order:
 * - 3 syllables: noun + known suffix, or known prefix + noun;
 * - 4 syllables: 2 + 2 (언어+모델);
 * - 5 syllables: 2 + 3, the 3-syllable part split again by the rule above (식기+세척기, 세척+기);
 * - 6 or more: two-syllable parts from the left, the last part taking an odd syllable.
 * Stems of 4 or more syllables that look like loanwords, or whose first two syllables are not both
 * Sino-Korean (see sino-korean.ts), give no parts.
 *
 * @example
 * compoundParts('언어모델') // [[0, 2], [2, 4]]
 * compoundParts('사실상') // [[0, 2], [2, 3]]
 */
export function compoundParts(stem: string): PartSpan[] {
  const n = stem.length
  const out: PartSpan[] = []
  if (n < 3) return out
  if (LOANWORD_SUFFIXES.includes(stem.charAt(n - 1)) && !endsWithBlockedDerivation(stem) && looksLikeLoanword(stem.slice(0, -1))) {
    push(out, 0, 0, n - 1)
    return out
  }
  if (n === 3) {
    threeSyllableParts(stem, 0, out)
    return out
  }
  // The parts are two-syllable Sino-Korean words: a head with a syllable no Hanja reads (멀티, 디노, 뛰어)
  // belongs to a loanword or a native word, which a blind cut only turns into junk (디노+이징).
  if (looksLikeLoanword(stem) || hasNonSinoSyllable(stem.slice(0, 2))) return out
  if (n === 4) {
    push(out, 0, 0, 2)
    push(out, 0, 2, 4)
    return out
  }
  if (n === 5) {
    push(out, 0, 0, 2)
    push(out, 0, 2, 5)
    threeSyllableParts(stem.slice(2), 2, out)
    return out
  }
  let at = 0
  while (n - at > 3) {
    push(out, 0, at, at + 2)
    at += 2
  }
  push(out, 0, at, n)
  return out
}
