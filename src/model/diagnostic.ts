/** How bad a diagnostic is: `error` means something was dropped or could not be read. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info'

/** A problem (or notable event, such as a merge) found while reading input, with where it is. */
export interface Diagnostic {
  severity: DiagnosticSeverity
  /** Stable machine-readable code, e.g. `heading-without-link`, `duplicate-merged`. */
  code: string
  message: string
  file: string
  /** 1-based line number (1 when the problem concerns the whole file). */
  line: number
}
