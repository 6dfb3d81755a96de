/**
 * Errors of the analysis area. The analysis layer imports nothing else of hanseek, so it has its own typed
 * error; messages start with `hanseek: ` like every hanseek error.
 */

/** Why an analyzer could not be provided. */
export type AnalyzerProblem = 'unknown-analyzer' | 'unknown-version' | 'invalid-options'

/** Thrown by the registry and by `createAnalyzer` for an unknown analyzer or invalid options. */
export class AnalyzerError extends Error {
  readonly problem: AnalyzerProblem
  constructor(problem: AnalyzerProblem, message: string) {
    super(message.startsWith('hanseek: ') ? message : `hanseek: ${message}`)
    this.name = 'AnalyzerError'
    this.problem = problem
  }
}
