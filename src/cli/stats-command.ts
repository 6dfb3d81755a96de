import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { HanseekError } from '../model/errors.js'
import { readIndexFile } from '../node/index.js'

const USAGE = `Usage: hanseek stats <index> [--json]

Shows what an index file holds: papers, authors, terms and postings per view, fields, file size,
analyzer, format version and build date (the newest paper's date).

Options:
  --json       print the stats as JSON
  -h, --help   show this help

Exit status: 0 done, 1 the file is not a valid index, 2 bad usage or a missing file.`

function usageError(message: string): number {
  process.stderr.write(`hanseek: ${message}\n\n${USAGE}\n`)
  return 2
}

/**
 * `hanseek stats <index> [--json]`.
 *
 * @example
 * await runStatsCommand(['index-data/sample-index.hsk']) // 0
 */
export async function runStatsCommand(args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    })
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
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
