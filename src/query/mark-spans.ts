// Which parts of a text to mark: the spans of analyzed tokens whose terms matched the query, Korean-aware
// (a stem marks only itself, not the particle after it) and with the word view preferred over grams.
import type { Analyzer, Token } from '../analysis/types.js'
import { escapeHtml } from './escape-html.js'
import { MARK_CLOSE, MARK_OPEN, MAX_STEM_SCAN } from './highlight-defaults.js'

/** The index terms a hit matched, per view (as the search reports them). */
export interface MatchedTerms {
  word: ReadonlySet<string>
  gram: ReadonlySet<string>
}

/** A range of the original text to wrap in `<mark>`, with the matched terms it stands for. */
export interface MarkSpan {
  start: number
  end: number
  terms: string[]
}

/**
 * The spans of `text` to mark, sorted and merged (overlapping or touching spans become one). Word-view
 * matches come first; a gram match is kept only where no word match overlaps it, which is how `모델` is
 * found inside the compound `언어모델` without marking grams across words the word view already matched.
 *
 * @example
 * findMarkSpans('언어모델들은', { word: new Set(), gram: new Set(['모델']) }, analyzer)
 * // → [{ start: 2, end: 4, terms: ['모델'] }]
 */
export function findMarkSpans(text: string, matched: MatchedTerms, analyzer: Analyzer): MarkSpan[] {
  if (text === '' || (matched.word.size === 0 && matched.gram.size === 0)) return []
  const wordSpans: MarkSpan[] = []
  const gramSpans: MarkSpan[] = []
  for (const token of analyzer.analyze(text)) {
    const set = token.view === 'word' ? matched.word : matched.gram
    if (!set.has(token.term)) continue
    const span = tokenSpan(text, token)
    if (span.end > span.start) (token.view === 'word' ? wordSpans : gramSpans).push(span)
  }
  const words = mergeSpans(wordSpans)
  const grams = gramSpans.sort((a, b) => a.start - b.start || a.end - b.end)
  return mergeSpans([...words, ...spansOutside(words, grams)])
}

/**
 * The original-text span of a token, narrowed to the stem when the analyzer gives the stem the span of
 * its whole eojeol: `모델들은` with term `모델` marks only `모델`. The narrowed span still runs to the end
 * of a Latin or digit run, so an English stem (`studi` of `studies`) marks the whole word.
 */
function tokenSpan(text: string, token: Token): MarkSpan {
  let start = Math.max(0, Math.min(token.start, text.length))
  let end = Math.max(start, Math.min(token.end, text.length))
  const original = text.slice(start, end)
  if (original.length > token.term.length && token.term !== '') {
    const stemLength = matchingPrefixLength(original, token.term)
    if (stemLength > 0 && stemLength < original.length) {
      let narrowed = start + stemLength
      while (narrowed < end && LATIN_OR_DIGIT.test(text[narrowed]!) && LATIN_OR_DIGIT.test(text[narrowed - 1]!))
        narrowed++
      end = narrowed
    }
  }
  start = outOfSurrogatePair(text, start, -1)
  end = outOfSurrogatePair(text, end, +1)
  return { start, end, terms: [token.term] }
}

/** Length of the shortest prefix of `original` that normalizes to `term`, or 0 when none does. */
function matchingPrefixLength(original: string, term: string): number {
  const limit = Math.min(original.length, MAX_STEM_SCAN)
  for (let length = 1; length <= limit; length++) {
    const folded = foldForComparison(original.slice(0, length))
    if (folded === term) return length
    // Composition can still join the next code unit to the last syllable, so stop only once past the term.
    if (folded.length > term.length) return 0
  }
  return 0
}

/** Enough of the analyzer's normalization to compare original text with a term: NFC, width, case. */
function foldForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
}

const LATIN_OR_DIGIT = /[0-9a-z]/i

/** Moves an offset that falls between the halves of a surrogate pair to the pair's edge (`direction`). */
export function outOfSurrogatePair(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  const splits = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
  return splits ? offset + (direction < 0 ? -1 : 1) : offset
}

/** The spans of `candidates` (sorted by start) that overlap none of `taken` (sorted, disjoint): one pass. */
function spansOutside(taken: readonly MarkSpan[], candidates: readonly MarkSpan[]): MarkSpan[] {
  const kept: MarkSpan[] = []
  let next = 0
  for (const candidate of candidates) {
    while (next < taken.length && (taken[next] as MarkSpan).end <= candidate.start) next++
    const blocker = taken[next]
    if (blocker === undefined || blocker.start >= candidate.end) kept.push(candidate)
  }
  return kept
}

/** Sorts spans and merges those that overlap or touch, uniting their terms. */
export function mergeSpans(spans: MarkSpan[]): MarkSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: MarkSpan[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end)
      for (const term of span.terms) if (!last.terms.includes(term)) last.terms.push(term)
    } else merged.push({ start: span.start, end: span.end, terms: [...span.terms] })
  }
  return merged
}

/**
 * HTML for `text.slice(from, to)` with `spans` wrapped in `<mark>`; every text piece is escaped. Spans
 * must be sorted and disjoint (as {@link findMarkSpans} returns them); parts outside the range are cut off.
 *
 * @example
 * renderMarked('a<b', [{ start: 2, end: 3, terms: ['b'] }]) // 'a&lt;<mark>b</mark>'
 */
export function renderMarked(text: string, spans: readonly MarkSpan[], from = 0, to = text.length): string {
  let html = ''
  let position = from
  for (const span of spans) {
    const start = Math.max(span.start, from)
    const end = Math.min(span.end, to)
    if (end <= start || start < position) continue
    html += escapeHtml(text.slice(position, start)) + MARK_OPEN + escapeHtml(text.slice(start, end)) + MARK_CLOSE
    position = end
  }
  return html + escapeHtml(text.slice(position, to))
}
