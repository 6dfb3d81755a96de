// Highlights of one hit: its title and authors with marks, and the best passage of its summary.
import type { Analyzer } from '../analysis/types.js'
import { OptionsError } from '../model/errors.js'
import type { HitHighlights } from '../model/search.js'
import { DEFAULT_SNIPPET_LENGTH } from './highlight-defaults.js'
import { findMarkSpans, renderMarked, type MatchedTerms } from './mark-spans.js'
import { renderSnippet } from './snippet.js'

export { escapeHtml } from './escape-html.js'
export type { MatchedTerms } from './mark-spans.js'

/** Options of {@link highlightHit}. */
export interface HighlightOptions {
  /**
   * Target snippet length in UTF-16 code units (one per Hangul syllable), without the `…` marks.
   * Default 160. A snippet grows past it only to avoid cutting a mark.
   */
  snippetLength?: number
}

/** The text of a paper that highlighting reads. */
export interface HighlightSource {
  title: string
  summaryText: string
  authors: string[]
}

/**
 * Marks the matched terms of a hit in its title, authors and the best passage of its summary.
 * The output is safe to put into a page as HTML: every text piece is escaped (`& < > " '`) and the only
 * markup is `<mark>`…`</mark>`. Terms are found with the same analyzer as the index, so a query `모델`
 * marks `모델` inside `모델들은` (the stem, not the particle) and inside the compound `언어모델` (via the
 * gram view). `authors` is the names joined with `, `, present when there are authors.
 *
 * @throws {OptionsError} when `snippetLength` is not a positive number.
 *
 * @example
 * highlightHit(
 *   { title: 'Small <LLMs>', summaryText: '작은 언어모델들은 빠르다.', authors: ['Kim'] },
 *   { word: new Set(['llms']), gram: new Set(['모델']) },
 *   analyzer,
 * )
 * // → { title: 'Small &lt;<mark>LLMs</mark>&gt;', snippet: '작은 언어<mark>모델</mark>들은 빠르다.', authors: 'Kim' }
 */
export function highlightHit(
  paper: HighlightSource,
  matched: MatchedTerms,
  analyzer: Analyzer,
  options: HighlightOptions = {},
): HitHighlights {
  const snippetLength = options.snippetLength ?? DEFAULT_SNIPPET_LENGTH
  if (!Number.isFinite(snippetLength) || snippetLength < 1)
    throw new OptionsError(`highlight option snippetLength must be a positive number, got ${String(snippetLength)}`)
  const title = renderMarked(paper.title, findMarkSpans(paper.title, matched, analyzer))
  const summary = paper.summaryText
  const snippet = renderSnippet(summary, findMarkSpans(summary, matched, analyzer), Math.floor(snippetLength))
  const highlights: HitHighlights = { title, snippet }
  if (paper.authors.length > 0) {
    const authors = paper.authors.join(', ')
    highlights.authors = renderMarked(authors, findMarkSpans(authors, matched, analyzer))
  }
  return highlights
}
