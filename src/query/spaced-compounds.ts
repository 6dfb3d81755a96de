// A query word typed as one compound (인과분석) finds a paper that writes it with a space (인과 분석) only
// through its parts, which score at PART_WEIGHT, while a paper with the joined spelling also matches the
// whole. Korean spacing of compounds is free, so both spellings are common. Where a paper's summary has
// the parts side by side, it is credited with the whole as if it had it once, so the two spellings rank
// alike. The document frequency of that virtual whole is taken as at least that of the rarest part (the
// papers that write the compound spaced are among those that have it), so a compound nobody writes joined
// does not get the weight of an unseen term.

import type { QueryWord } from '../analysis/types.js'
import { FIELD_ID } from '../index/fields.js'
import type { SearchCore } from '../index/search-core.js'
import { HANGUL } from './phrase-match.js'
import { bm25, type ScoreBuffers } from './term-scorer.js'
import { selectTop } from './top-k.js'

/** The most matching papers, by score so far, whose summary is read for each compound. */
const MAX_CANDIDATES = 300

/**
 * The parts of a compound query word as a paper would space them (언어모델 → `언어 모델`), when its parts
 * spell it out; else undefined.
 *
 * @example
 * spacedForm(createAnalyzer().analyzeQuery('언어모델')[0]!) // '언어 모델'
 */
export function spacedForm(word: QueryWord): string | undefined {
  const parts = word.terms.filter((t) => t.part === true).map((t) => t.term)
  const joined = parts.join('')
  return parts.length > 1 && joined === word.terms[0]?.term && /^[가-힣]+$/.test(joined) ? parts.join(' ') : undefined
}

/** Whether `text` has `phrase` at the start of a word (인과 분석 is not in 원인과 분석). */
export function startsWordIn(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) if (!HANGUL.test(text.charAt(at - 1))) return true
  return false
}

/**
 * Credits each of the best MAX_CANDIDATES matching papers whose summary writes a compound of `words`
 * spaced, and never joined, with the compound's own score.
 */
export function creditSpacedCompounds(core: SearchCore, buffers: ScoreBuffers, words: readonly QueryWord[]): void {
  const { scores, rows } = buffers
  const summary = FIELD_ID.summary
  let candidates: number[] | undefined
  for (const word of words) {
    const phrase = spacedForm(word)
    if (phrase === undefined) continue
    const whole = core.terms.get(word.terms[0]!.term)?.get(summary)
    const parts = phrase.split(' ').map((p) => core.terms.get(p)?.get(summary) ?? new Map<number, number>())
    const df = Math.max(whole?.size ?? 0, Math.min(...parts.map((p) => p.size)))
    candidates ??= selectTop(rows, buffers.count, MAX_CANDIDATES, (x, y) => scores[x]! > scores[y]!)
    for (const row of candidates) {
      if (whole?.has(row) || !parts.every((p) => p.has(row)) || !startsWordIn(core.store.summaries[row]!, phrase)) continue
      scores[row]! += core.settings.boosts.summary * bm25(core, summary, df, 1, row)
    }
  }
}
