// Choosing the passage of a summary to show under a hit: the window holding the most distinct matched
// terms, started at a sentence or bullet when one is close, cut at word boundaries, never inside a mark.
import { SNIPPET_CONTEXT_BEFORE, SNIPPET_ELLIPSIS } from './highlight-defaults.js'
import { type MarkSpan, outOfSurrogatePair, renderMarked } from './mark-spans.js'

/** A window `[start, end)` of the text. */
export interface TextWindow {
  start: number
  end: number
}

/**
 * The snippet of `text` as HTML: the best window (see {@link chooseSnippetWindow}) with its marks,
 * `…` where the text was cut.
 *
 * @example
 * renderSnippet('첫 문장. 둘째 문장에 모델이 있다.', [{ start: 13, end: 15, terms: ['모델'] }], 160)
 * // → '첫 문장. 둘째 문장에 <mark>모델</mark>이 있다.'
 */
export function renderSnippet(text: string, spans: readonly MarkSpan[], length: number): string {
  if (text === '') return ''
  const { start, end } = chooseSnippetWindow(text, spans, length)
  const prefix = start > 0 ? SNIPPET_ELLIPSIS : ''
  const suffix = end < text.length ? SNIPPET_ELLIPSIS : ''
  return prefix + renderMarked(text, spans, start, end) + suffix
}

/**
 * The window of about `length` code units to show: around the densest cluster of distinct matched terms
 * (ties: more matches, then the earlier cluster), or the start of the text when nothing matched.
 */
export function chooseSnippetWindow(text: string, spans: readonly MarkSpan[], length: number): TextWindow {
  if (text.length <= length) return { start: 0, end: text.length }
  const cluster = densestCluster(spans, length)
  let start = cluster === undefined ? 0 : chooseStart(text, spans, cluster, length)
  start = outOfSurrogatePair(text, start, -1)
  while (start < (cluster?.start ?? text.length) && isSpace(text.charCodeAt(start))) start++
  const end = chooseEnd(text, spans, start, cluster?.end ?? start, length)
  return { start, end }
}

/** Two pointers over the sorted spans: the run fitting in `length` with the most distinct terms. */
function densestCluster(spans: readonly MarkSpan[], length: number): TextWindow | undefined {
  let best: { window: TextWindow; distinct: number; count: number } | undefined
  const counts = new Map<string, number>()
  let first = 0
  for (let last = 0; last < spans.length; last++) {
    for (const term of (spans[last] as MarkSpan).terms) counts.set(term, (counts.get(term) ?? 0) + 1)
    while (first < last && (spans[last] as MarkSpan).end - (spans[first] as MarkSpan).start > length) {
      for (const term of (spans[first] as MarkSpan).terms) {
        const left = (counts.get(term) ?? 1) - 1
        if (left === 0) counts.delete(term)
        else counts.set(term, left)
      }
      first++
    }
    const distinct = counts.size
    const count = last - first + 1
    if (best === undefined || distinct > best.distinct || (distinct === best.distinct && count > best.count)) {
      best = { window: { start: (spans[first] as MarkSpan).start, end: (spans[last] as MarkSpan).end }, distinct, count }
    }
  }
  return best?.window
}

/** Latest sentence or line start the cluster still fits after; else a word start shortly before it. */
function chooseStart(text: string, spans: readonly MarkSpan[], cluster: TextWindow, length: number): number {
  const slack = Math.max(0, length - (cluster.end - cluster.start))
  const earliest = Math.max(0, cluster.start - slack)
  for (let position = cluster.start; position >= earliest; position--) {
    if (isSentenceStart(text, position)) return position
  }
  let start = Math.max(0, cluster.start - Math.min(slack, SNIPPET_CONTEXT_BEFORE))
  for (let position = start; position < cluster.start; position++) {
    if (position === 0 || isSpace(text.charCodeAt(position - 1))) {
      start = position
      break
    }
  }
  const inside = spans.find((span) => span.start < start && start < span.end)
  return inside === undefined ? start : inside.end
}

/** About `length` after `start`, cut after a sentence or at a space, never before `mustReach` or inside a mark. */
function chooseEnd(text: string, spans: readonly MarkSpan[], start: number, mustReach: number, length: number): number {
  let end = Math.min(text.length, Math.max(start + length, mustReach))
  if (end < text.length) {
    const sentenceFloor = Math.max(mustReach, start + Math.floor(length * 0.6))
    let cut = -1
    for (let position = end; position > sentenceFloor; position--) {
      if (isSentenceEnd(text, position)) {
        cut = position
        break
      }
    }
    if (cut < 0) {
      for (let position = end; position > mustReach; position--) {
        if (isSpace(text.charCodeAt(position))) {
          cut = position
          break
        }
      }
    }
    if (cut > 0) end = cut
    const inside = spans.find((span) => span.start < end && end < span.end)
    if (inside !== undefined) end = inside.start >= mustReach ? inside.start : inside.end
    end = outOfSurrogatePair(text, end, +1)
    while (end > mustReach && end > start && isSpace(text.charCodeAt(end - 1))) end--
  }
  return end
}

function isSentenceStart(text: string, position: number): boolean {
  if (position === 0) return true
  const before = text.charCodeAt(position - 1)
  if (before === 0x0a || before === 0x0d) return !isSpace(text.charCodeAt(position))
  return isSpace(before) && !isSpace(text.charCodeAt(position)) && position >= 2 && isTerminator(text.charCodeAt(position - 2))
}

/** Whether `position` is just after a sentence terminator that is followed by a space or line end. */
function isSentenceEnd(text: string, position: number): boolean {
  return position > 0 && isTerminator(text.charCodeAt(position - 1)) && (position === text.length || isSpace(text.charCodeAt(position)))
}

function isTerminator(code: number): boolean {
  // . ! ? and their CJK / full-width forms, plus the ellipsis (past either end of the text code is NaN: '\0')
  return '.!?\u3002\uff01\uff1f\u2026'.includes(String.fromCharCode(code))
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029
}
