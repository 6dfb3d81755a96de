import { stat } from 'node:fs/promises'
import { HanseekError } from '../model/errors.js'
import { readIndexFile } from '../node/index.js'
import { parseCommandArgs, usageError as usageErrorFor } from './command-args.js'

const USAGE = `Usage: hanseek stats <index> [--json]

Shows what an index file holds: papers, authors, terms and postings per view, fields, file size,
analyzer, format version and build date (the newest paper's date).

Options:
  --json       print the stats as JSON
  -h, --help   show this help

Exit status: 0 done, 1 the file is not a valid index, 2 bad usage or a missing file.`

const usageError = (message: string): number => usageErrorFor(USAGE, message)

/**
 * `hanseek stats <index> [--json]`.
 *
 * @example
 * await runStatsCommand(['index-data/sample-index.hsk']) // 0
 */
export async function runStatsCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, USAGE)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  if (positionals.length !== 1) return usageError('give exactly one index file')
  const file = positionals[0]!
  let index
  let size: number
  try {
    size = (await stat(file)).size
    index = await readIndexFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`hanseek: cannot read index file ${file}: no such file\n`)
      return 2
    }
    if (error instanceof HanseekError) {
      process.stderr.write(`${error.message} (${file})\n`)
      return 1
    }
    throw error
  }
  const s = index.stats()
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file, bytes: size, ...s }, null, 2)}\n`)
    return 0
  }
  const lines = [
    ['file', `${file} (${size.toLocaleString('en-US')} bytes)`],
    ['format', `${s.format} v${s.formatVersion}`],
    ['papers', s.papers.toLocaleString('en-US')],
    ['authors', s.authors.toLocaleString('en-US')],
    ['terms', `${s.terms.word.toLocaleString('en-US')} word, ${s.terms.gram.toLocaleString('en-US')} gram`],
    ['postings', s.postings.toLocaleString('en-US')],
    ['fields', s.fields.join(', ')],
    ['analyzer', `${s.analyzer.name} ${s.analyzer.version} ${JSON.stringify(s.analyzer.options)}`],
    ['dates', s.oldestDate === null ? '-' : `${s.oldestDate} .. ${s.newestDate}`],
    ['build date', s.buildDate ?? '-'],
  ]
  process.stdout.write(lines.map(([k, v]) => `${k!.padEnd(11)}${v}`).join('\n') + '\n')
  return 0
}
