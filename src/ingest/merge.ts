import type { Diagnostic } from '../model/diagnostic.js'
import type { Paper } from '../model/paper.js'
import { makeDiagnostic } from './diagnostics.js'

/**
 * Merges papers that share an `id` (the same paper listed on several days, or twice in one digest)
 * into one record per id. Pure and deterministic: the result does not depend on input order.
 *
 * The rule, precisely:
 * 1. Copies of a paper are ordered by (`date`, `source.file`, `source.line`), ascending; the last one
 *    is the *latest* copy.
 * 2. `title`, `url`, `links` and `source` come from the latest copy: it is the most up to date.
 * 3. `votes`, `authors` (with `moreAuthors`), `media` and `summary` come from the latest copy that
 *    has one (votes not null, authors not empty, media not null, summary with at least one bullet),
 *    so a later copy that lacks a field never erases it.
 * 4. `dates` is every distinct date of every copy, ascending; `date` is the first of them.
 * 5. Merged papers are ordered by (first date, file, line) of their earliest copy.
 *
 * Each paper with more than one copy yields one `info` diagnostic `duplicate-merged` at the latest
 * copy's heading.
 *
 * @example
 * const { papers, diagnostics } = mergePapers([...day1.papers, ...day2.papers])
 */
export function mergePapers(copies: readonly Paper[]): { papers: Paper[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, Paper[]>()
  for (const paper of copies) {
    const group = groups.get(paper.id)
    if (group) group.push(paper)
    else groups.set(paper.id, [paper])
  }
  const merged: Array<{ paper: Paper; first: Paper }> = []
  const diagnostics: Diagnostic[] = []
  for (const group of groups.values()) {
    group.sort(compareCopies)
    const first = group[0]!
    if (group.length === 1) {
      merged.push({ paper: first, first })
      continue
    }
    const paper = mergeGroup(group)
    merged.push({ paper, first })
    const where = group.map((p) => `${p.source.file}:${p.source.line}`).join(', ')
    diagnostics.push(
      makeDiagnostic(
        'duplicate-merged',
        `paper ${paper.id} appears ${group.length} times (${where}); merged, fields from the latest copy`,
        paper.source.file,
        paper.source.line,
      ),
    )
  }
  merged.sort((a, b) => compareCopies(a.first, b.first))
  return { papers: merged.map((m) => m.paper), diagnostics }
}

/** Orders copies by date, then file, then line (plain code-unit comparison: locale-independent). */
export function compareCopies(a: Paper, b: Paper): number {
  return (
    compareStrings(a.date, b.date) ||
    compareStrings(a.source.file, b.source.file) ||
    a.source.line - b.source.line
  )
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function latestWith(group: readonly Paper[], has: (p: Paper) => boolean): Paper {
  for (let i = group.length - 1; i >= 0; i--) if (has(group[i]!)) return group[i]!
  return group[group.length - 1]!
}

function mergeGroup(group: readonly Paper[]): Paper {
  const latest = group[group.length - 1]!
  const withVotes = latestWith(group, (p) => p.votes !== null)
  const withAuthors = latestWith(group, (p) => p.authors.length > 0)
  const withMedia = latestWith(group, (p) => p.media !== null)
  const withSummary = latestWith(group, (p) => p.summary.bullets.length > 0)
  const dates = [...new Set(group.flatMap((p) => p.dates))].sort()
  const paper: Paper = {
    ...latest,
    date: dates[0]!,
    dates,
    votes: withVotes.votes,
    authors: [...withAuthors.authors],
    media: withMedia.media,
    summary: withSummary.summary,
  }
  delete paper.moreAuthors
  if (withAuthors.moreAuthors) paper.moreAuthors = true
  return paper
}
