// Argument handling every subcommand shares: node:util parseArgs, `--help`, and usage errors (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

/** Prints `hanseek: <message>` and the command's usage on stderr; returns exit code 2. */
export function usageError(usage: string, message: string): number {
  process.stderr.write(`hanseek: ${message}\n\n${usage}\n`)
  return 2
}

/**
 * Parses a subcommand's arguments (positionals allowed, unknown options refused). Returns the parsed
 * values, or the exit code to return at once: 0 after printing `usage` for `--help`/`-h`, 2 after a
 * usage error. Every command gets `--help`; `options` declares the rest.
 *
 * @example
 * const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, USAGE)
 * if (typeof parsed === 'number') return parsed
 */
export function parseCommandArgs<const O extends Options>(args: string[], options: O, usage: string) {
  const config = { args, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } } as const
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>
  try {
    parsed = parseArgs(config) as unknown as typeof parsed
  } catch (error) {
    return usageError(usage, error instanceof Error ? error.message : String(error))
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  return parsed
}
