import { formatDiagnostic } from '../ingest/index.js'
import { HanseekError } from '../model/errors.js'
import { parseDigestPaths } from '../node/index.js'
import { parseCommandArgs, usageError as usageErrorFor } from './command-args.js'

const USAGE = `Usage: hanseek parse <files or folders...> [--json | --ndjson] [--strict]

Parses daily digests (every *.md under each folder, and each file given) and prints the papers,
with duplicates across days merged. Problems are listed on stderr as file:line: severity code: message,
followed by a one-line summary.

Options:
  --json       print the papers as one JSON array (default)
  --ndjson     print one paper per line (newline-delimited JSON)
  --strict     exit with status 1 when any error diagnostic was reported
  -q, --quiet  print only the summary line on stderr, not each warning and error
  -h, --help   show this help

Exit status: 0 done, 1 error diagnostics under --strict, 2 bad usage or a missing file or folder.`

/**
 * `hanseek parse <files or folders...> [--json | --ndjson] [--strict]`: prints papers on stdout,
 * warnings and errors then a one-line summary on stderr.
 *
 * @example
 * await runParseCommand(['index-data/digests', '--ndjson']) // 0
 */
export async function runParseCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, {
        json: { type: 'boolean', default: false },
        ndjson: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false }
      }, USAGE)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  if (values.json && values.ndjson) return usageError('--json and --ndjson cannot be used together')
  if (positionals.length === 0) return usageError('give at least one digest file or folder')

  let result
  try {
    result = await parseDigestPaths(positionals)
  } catch (error) {
    if (error instanceof HanseekError) {
      process.stderr.write(`${error.message}\n`)
      return 2
    }
    throw error
  }
  const { papers, diagnostics, stats } = result
  const out = values.ndjson ? papers.map((p) => JSON.stringify(p)).join('\n') + (papers.length > 0 ? '\n' : '') : `${JSON.stringify(papers, null, 2)}\n`
  await writeAll(out)
  if (!values.quiet) {
    const shown = diagnostics.filter((d) => d.severity !== 'info')
    if (shown.length > 0) process.stderr.write(shown.map(formatDiagnostic).join('\n') + '\n')
  }
  process.stderr.write(
    `hanseek parse: ${stats.files} files, ${stats.papers} papers, ${stats.mergedDuplicates} merged duplicates, ` +
      `${stats.warnings} warnings, ${stats.errors} errors\n`,
  )
  return values.strict && stats.errors > 0 ? 1 : 0
}

const usageError = (message: string): number => usageErrorFor(USAGE, message)

/**
 * Writes to stdout and waits until it is flushed, so large output into a file is complete. A reader
 * that stops early (`| head`) closes the pipe: that EPIPE is not an error, the rest is just dropped.
 */
function writeAll(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EPIPE') resolve()
      else reject(error)
    }
    process.stdout.once('error', onError)
    process.stdout.write(text, (error) => {
      if (error) {
        onError(error)
        return
      }
      process.stdout.off('error', onError)
      resolve()
    })
  })
}
