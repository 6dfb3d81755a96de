import type { Diagnostic } from '../model/diagnostic.js'
import type { Paper } from '../model/paper.js'
import { countBySeverity } from './diagnostics.js'
import { mergePapers } from './merge.js'
import { parseDigest } from './parse-digest.js'

/** One digest to parse: its path or name and its Markdown (text or UTF-8 bytes). */
export interface DigestInput {
  source: string
  content: string | Uint8Array
}

/** Counts describing a {@link parseDigests} run. */
export interface ParseStats {
  files: number
  /** Papers after merging duplicates. */
  papers: number
  /** Papers as listed, one per paper heading that could be read (before merging). */
  papersBeforeMerge: number
  /** Copies folded into another record (`papersBeforeMerge - papers`). */
  mergedDuplicates: number
  errors: number
  warnings: number
  infos: number
}

/** Papers of many digests, merged, with every diagnostic and summary counts. */
export interface DigestsParseResult {
  papers: Paper[]
  diagnostics: Diagnostic[]
  stats: ParseStats
}

/**
 * Parses many digests and merges a paper listed on several days into one record with every date
 * (see `mergePapers` for the exact rule: the latest copy wins, empty fields fall back to the latest
 * copy that has them; one `info` diagnostic `duplicate-merged` per merged paper).
 *
 * Deterministic whatever the input order: files are read in source-name order, papers come out by
 * (first date, file, line), diagnostics by file then line, merge reports last. Never throws.
 *
 * @example
 * const { papers, diagnostics, stats } = parseDigests([
 *   { source: '2024/02/15.md', content: day1 },
 *   { source: '2024/02/16.md', content: day2 },
 * ])
 * stats.mergedDuplicates // papers listed on both days count once here
 */
export function parseDigests(files: readonly DigestInput[]): DigestsParseResult {
  const ordered = [...files].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  const copies: Paper[] = []
  const diagnostics: Diagnostic[] = []
  for (const file of ordered) {
    const result = parseDigest(file.content, { source: file.source })
    copies.push(...result.papers)
    diagnostics.push(...result.diagnostics)
  }
  const merged = mergePapers(copies)
  diagnostics.push(...merged.diagnostics)
  const counts = countBySeverity(diagnostics)
  return {
    papers: merged.papers,
    diagnostics,
    stats: {
      files: files.length,
      papers: merged.papers.length,
      papersBeforeMerge: copies.length,
      mergedDuplicates: copies.length - merged.papers.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    },
  }
}
