// Completions for search-as-you-type. Korean completes from the index's word-view vocabulary (stems
// such as 양자화 read well); a choseong word (ㅇㅈㅎ) matches terms by their initial consonants; a
// syllable still being composed (양잫) completes to terms that continue with that consonant (양자화).
// Latin completes from the words of titles as written, since the word view holds Porter stems
// (`languag`) that nobody wants to see; titles containing such a word are offered as well.
// Order: count (papers) descending, then text.

import { getChoseong } from 'es-hangul'
import type { SearchCore } from '../index/search-core.js'
import { WORD_FIELD_IDS } from '../index/fields.js'
import { compareText, lowerBound } from '../index/sorted-terms.js'
import { OptionsError } from '../model/errors.js'
import { DEFAULT_SUGGEST_LIMIT } from './defaults.js'
import { countOption } from './option-checks.js'
import { perRevision } from './per-revision.js'
import { docFrequency } from './term-scorer.js'
import { HANGUL, escapeRegExp } from './phrase-match.js'
import type { Suggestion } from './search-types.js'

const JAMO_ONLY = /^[\u3131-\u314e]+$/

interface Vocabulary {
  /** Hangul word-view terms with their choseong and paper counts, sorted by term. */
  hangul: { term: string; choseong: string; count: number }[]
  /** Lowercased title words, sorted, with the number of titles containing each. */
  titleWords: string[]
  titleWordCounts: Map<string, number>
  /** Lowercased titles by row, for title suggestions. */
  titleLower: Map<number, string>
}

/** The word-view fields: a term's paper count is its largest count among them. */
const WORD_FIELDS = WORD_FIELD_IDS.map((id) => ({ id }))

const vocabulary = perRevision((core): Vocabulary => {
  const hangul: Vocabulary['hangul'] = []
  for (const [term, data] of core.terms) {
    if (!HANGUL.test(term)) continue
    const count = docFrequency(data, WORD_FIELDS)
    if (count > 0) hangul.push({ term, choseong: getChoseong(term), count })
  }
  hangul.sort((a, b) => compareText(a.term, b.term))
  const titleWordCounts = new Map<string, number>()
  const titleLower = new Map<number, string>()
  const { alive, titles, rowCount } = core.store
  for (let row = 0; row < rowCount; row++) {
    if (!alive[row]) continue
    const lower = titles[row]!.normalize('NFKC').toLowerCase()
    titleLower.set(row, lower)
    for (const word of new Set(lower.match(/[\p{L}\p{N}][\p{L}\p{N}\-]*/gu) ?? [])) {
      titleWordCounts.set(word, (titleWordCounts.get(word) ?? 0) + 1)
    }
  }
  const titleWords = [...titleWordCounts.keys()].sort()
  return { hangul, titleWords, titleWordCounts, titleLower }
})

function byCountThenText(a: { count: number; completion: string }, b: { count: number; completion: string }): number {
  return b.count - a.count || compareText(a.completion, b.completion)
}

/** Suggestions for `input` (the last word is completed). */
export function suggestCompletions(core: SearchCore, input: string, options: { limit?: number } = {}): Suggestion[] {
  if (typeof input !== 'string') throw new OptionsError('suggest expects a string')
  // null counts as absent here (as it always has for suggest).
  const limit = countOption('suggest option limit', options.limit ?? undefined, DEFAULT_SUGGEST_LIMIT)
  const words = core.analyzer.analyzeQuery(input, { prefixLast: true })
  const last = words[words.length - 1]
  if (!last || limit === 0 || /\s$/.test(input)) return []
  const head = input.slice(0, last.start)
  const vocab = vocabulary(core)
  const terms: { completion: string; count: number }[] = []
  const choseong = last.choseong ?? (JAMO_ONLY.test(last.text) ? last.text : undefined)
  const titles: Suggestion[] = []
  if (choseong) {
    for (const entry of vocab.hangul) if (entry.choseong.startsWith(choseong)) terms.push({ completion: entry.term, count: entry.count })
  } else {
    const prefix = last.completion?.prefix ?? last.terms[0]?.term ?? last.text.toLowerCase()
    const nextInitial = last.completion?.nextInitial
    if (prefix === '') return []
    if (HANGUL.test(prefix)) {
      for (const [term, data] of core.terms.atPrefix(prefix)) {
        // A completion must extend what was typed.
        if (term === prefix) continue
        if (nextInitial && (term.length <= prefix.length || getChoseong(term[prefix.length]!) !== nextInitial)) continue
        const count = docFrequency(data, WORD_FIELDS)
        if (count > 0) terms.push({ completion: term, count })
      }
    } else {
      const typed = last.text.normalize('NFKC').toLowerCase()
      for (let i = lowerBound(vocab.titleWords, typed); i < vocab.titleWords.length; i++) {
        const word = vocab.titleWords[i]!
        if (!word.startsWith(typed)) break
        if (word === typed) continue
        terms.push({ completion: word, count: vocab.titleWordCounts.get(word)! })
      }
      if (typed.length >= 2) {
        const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(typed)}`, 'u')
        for (const [row, lower] of vocab.titleLower) {
          if (!wordStart.test(lower)) continue
          const votes = core.store.votes[row]!
          titles.push({ text: core.store.titles[row]!, completion: core.store.titles[row]!, kind: 'title', count: Math.max(0, votes), id: core.store.ids[row]! })
        }
      }
    }
  }
  terms.sort(byCountThenText)
  titles.sort(byCountThenText)
  const titleSlots = Math.min(titles.length, Math.floor(limit / 3))
  const out: Suggestion[] = terms
    .slice(0, limit - titleSlots)
    .map((t) => ({ text: head + t.completion, completion: t.completion, kind: 'term' as const, count: t.count }))
  for (const t of titles) {
    if (out.length >= limit) break
    out.push(t)
  }
  return out
}
