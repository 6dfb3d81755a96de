import type { Diagnostic, DiagnosticSeverity } from '../model/diagnostic.js'

/**
 * Every diagnostic code the ingest stages emit, with its severity. `error` means an entry (or the
 * whole file) was dropped or bytes could not be read; `warning` means an entry was kept with a field
 * left empty; `info` reports something notable that lost nothing (a merge).
 */
export const DIAGNOSTIC_SEVERITY = {
  'empty-file': 'warning',
  'invalid-utf8': 'error',
  'not-a-digest': 'error',
  'missing-day-heading': 'warning',
  'bad-day-heading': 'warning',
  'date-mismatch': 'warning',
  'conflicting-day-headings': 'warning',
  'undated-paper': 'error',
  'heading-without-link': 'error',
  'heading-link-recovered': 'warning',
  'invalid-paper-url': 'error',
  'empty-title': 'warning',
  'unexpected-heading': 'warning',
  'unparsable-votes': 'warning',
  'unparsable-authors': 'warning',
  'empty-summary': 'warning',
  'orphan-content': 'warning',
  'markdown-limited': 'warning',
  'duplicate-merged': 'info',
} as const satisfies Record<string, DiagnosticSeverity>

/** A stable machine-readable diagnostic code (see {@link DIAGNOSTIC_SEVERITY}). */
export type IngestDiagnosticCode = keyof typeof DIAGNOSTIC_SEVERITY

/**
 * Builds a diagnostic with the severity its code always has.
 *
 * @example
 * makeDiagnostic('unparsable-votes', 'Vote line "Vote: many" is not a number', '2024/02/15.md', 12)
 */
export function makeDiagnostic(code: IngestDiagnosticCode, message: string, file: string, line: number): Diagnostic {
  return { severity: DIAGNOSTIC_SEVERITY[code], code, message, file, line: line > 0 ? line : 1 }
}

/** Counts diagnostics by severity, e.g. for a one-line summary. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<DiagnosticSeverity, number> {
  const counts: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return counts
}

/**
 * Formats a diagnostic as one `file:line: severity code: message` line (compiler style).
 *
 * @example
 * formatDiagnostic({ severity: 'warning', code: 'empty-summary', message: 'no summary', file: 'a.md', line: 3 })
 * // 'a.md:3: warning empty-summary: no summary'
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity} ${d.code}: ${d.message}`
}
