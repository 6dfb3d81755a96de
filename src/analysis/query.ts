/**
 * Query stage: the index chain applied per query word, plus what a search box needs: completion of the
 * last word while typing (including a Hangul syllable still being composed by an IME) and choseong
 * (initial-consonant) words.
 */
import { canBeChoseong, combineCharacter, disassembleCompleteCharacter } from 'es-hangul'
import { normalize } from './normalize.js'
import type { QueryCompletion, QueryWord, Token } from './types.js'

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x202f
}

/** Whitespace-separated pieces of `text` as [start, end) pairs. */
function pieces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let i = 0
  const n = text.length
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++
    if (i >= n) break
    const start = i
    while (i < n && !isSpace(text.charCodeAt(i))) i++
    out.push([start, i])
  }
  return out
}

/**
 * The choseong string of a word made only of Hangul initial consonants (`ㅇㅈㅎ`), or undefined.
 *
 * @example
 * choseongOf('ㅇㅈㅎ') // 'ㅇㅈㅎ'
 * choseongOf('양자') // undefined
 */
export function choseongOf(normalizedWord: string): string | undefined {
  if (normalizedWord.length === 0) return undefined
  for (const ch of normalizedWord) if (!canBeChoseong(ch)) return undefined
  return normalizedWord
}

function trimNonWord(s: string): string {
  // Completion works on the word itself, not on quotes or punctuation typed around it.
  return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
}

/**
 * How the last, possibly unfinished, word should be completed.
 *
 * @example
 * completionOf('양잫') // { prefix: '양자', nextInitial: 'ㅎ', typed: '양잫' }
 * completionOf('Transf') // { prefix: 'transf' }
 */
export function completionOf(word: string): QueryCompletion | undefined {
  const typed = trimNonWord(normalize(word).text)
  if (typed.length === 0) return undefined
  const last = typed.charAt(typed.length - 1)
  const head = typed.slice(0, -1)
  if (canBeChoseong(last) && head.length > 0 && !choseongOf(typed)) {
    // `양자ㅎ`: the consonant typed so far begins the next syllable.
    return { prefix: head, nextInitial: last, typed }
  }
  const parts = disassembleCompleteCharacter(last)
  if (parts !== undefined && parts.jongseong !== '') {
    // The final consonant may still move into the next syllable (양잫 → 양자 + ㅎ → 양자화; 닭 → 달 + ㄱ).
    const jong = parts.jongseong
    const nextInitial = jong.charAt(jong.length - 1)
    if (canBeChoseong(nextInitial)) {
      const rest = jong.slice(0, -1)
      const prefix = head + combineCharacter(parts.choseong, parts.jungseong, rest)
      return { prefix, nextInitial, typed }
    }
  }
  return { prefix: typed }
}

/**
 * Splits a query into words and analyses each with `analyze` (the index-time chain), so every term of a
 * query word is a term the same word produces inside a document.
 */
export function analyzeQueryText(text: string, analyze: (piece: string) => Token[], prefixLast: boolean): QueryWord[] {
  const words: QueryWord[] = []
  const spans = pieces(text)
  for (let w = 0; w < spans.length; w++) {
    const [start, end] = spans[w] as [number, number]
    const piece = text.slice(start, end)
    const terms: Token[] = []
    const grams: Token[] = []
    for (const token of analyze(piece)) {
      const shifted: Token = { ...token, start: token.start + start, end: token.end + start }
      if (token.view === 'gram') grams.push(shifted)
      else terms.push(shifted)
    }
    const word: QueryWord = { text: piece, start, end, terms, grams }
    const choseong = choseongOf(normalize(piece).text)
    if (choseong !== undefined) word.choseong = choseong
    const isLastAndOpen = w === spans.length - 1 && end === text.length
    if (prefixLast && isLastAndOpen && choseong === undefined) {
      const completion = completionOf(piece)
      if (completion !== undefined) word.completion = completion
    }
    words.push(word)
  }
  return words
}
