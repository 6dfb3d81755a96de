/** Base class of every error hanseek throws on purpose. Messages start with `hanseek: `. */
export class HanseekError extends Error {
  constructor(message: string) {
    super(message.startsWith('hanseek: ') ? message : `hanseek: ${message}`)
    this.name = 'HanseekError'
  }
}

/** Why an index could not be loaded (`compressed`: gzip bytes given to the synchronous loadIndex). */
export type IndexFormatProblem =
  | 'compressed'
  | 'truncated'
  | 'corrupt'
  | 'checksum'
  | 'foreign'
  | 'future-version'
  | 'old-version'
  | 'analyzer-mismatch'
  | 'unknown-analyzer'

/** Thrown by `loadIndex` / `loadIndexAsync` for data they cannot or must not load. `problem` says which case it is. */
export class IndexFormatError extends HanseekError {
  readonly problem: IndexFormatProblem
  constructor(problem: IndexFormatProblem, message: string) {
    super(message)
    this.name = 'IndexFormatError'
    this.problem = problem
  }
}

/** Thrown for a query string or structured query that cannot be run (with the offending position). */
export class QuerySyntaxError extends HanseekError {
  readonly position: number
  constructor(message: string, position = 0) {
    super(message)
    this.name = 'QuerySyntaxError'
    this.position = position
  }
}

/** Thrown for invalid options passed to a public function. */
export class OptionsError extends HanseekError {
  constructor(message: string) {
    super(message)
    this.name = 'OptionsError'
  }
}
