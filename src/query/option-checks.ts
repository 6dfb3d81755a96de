// Checks of option values shared by search and suggest, so every message has the same shape:
// `hanseek: <option> must be <what it takes>, got <the value as JSON>`.
import { OptionsError } from '../model/errors.js'

/**
 * `value`, or `fallback` when it is undefined; throws OptionsError unless it is a non-negative integer.
 *
 * @example
 * countOption('search option limit', options.limit, 20)
 */
export function countOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || (value as number) < 0) throw new OptionsError(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`)
  return value as number
}

/**
 * Throws OptionsError unless `value` is one of `allowed`.
 *
 * @example
 * checkOneOf('search option sort', options.sort, ['relevance', 'date', 'votes'])
 */
export function checkOneOf(name: string, value: unknown, allowed: readonly string[]): void {
  if (!allowed.includes(value as string)) throw new OptionsError(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`)
}
