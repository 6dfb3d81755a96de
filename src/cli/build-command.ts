import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { countBySeverity, formatDiagnostic, parseDigests } from '../ingest/index.js'
import { HanseekError } from '../model/errors.js'
import { readDigestInputs, writeFileAtomic } from '../node/index.js'
import { buildIndex, learnCompoundLexicon } from '../build/index.js'
import { parseCommandArgs, usageError as usageErrorFor } from './command-args.js'

const USAGE = `Usage: hanseek build <files or folders...> -o <file> [--gzip] [--lexicon] [--strict]

Parses daily digests (every *.md under each folder, and each file given), builds a search index and
writes it atomically (temporary file, then rename). Problems are listed on stderr as
file:line: severity code: message; a summary of papers, diagnostics, time and size ends the run.

Options:
  -o, --output <file>  the index file to write (required)
  --gzip               gzip-compress the index (loadIndexAsync and readIndexFile inflate it)
  --lexicon            learn the nouns of the summaries (learnCompoundLexicon) and analyze with them:
                       compounds split where the collection shows their parts; recorded in the index
  --strict             exit with status 1 on any error diagnostic, without writing the index
  -q, --quiet          do not list each warning and error (the summary still counts them)
  -h, --help           show this help

Exit status: 0 written, 1 error diagnostics under --strict or the file could not be written,
2 bad usage or a missing file or folder.`

const MAX_LISTED = 50
const CHUNK = 250

const usageError = (message: string): number => usageErrorFor(USAGE, message)

function formatBytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`
}

/** A one-line progress bar, drawn only when stderr is a terminal. */
function progressBar(enabled: boolean) {
  let last = -1
  return {
    update(done: number, total: number, label: string): void {
      if (!enabled || total === 0) return
      const percent = Math.floor((done / total) * 100)
      if (percent === last) return
      last = percent
      const width = 30
      const filled = Math.round((percent / 100) * width)
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% (${done}/${total})`)
    },
    clear(): void {
      if (enabled && last >= 0) process.stderr.write('\r\x1b[K')
    },
  }
}

/**
 * `hanseek build <files or folders...> -o <file> [--gzip] [--lexicon] [--strict]`.
 *
 * @example
 * await runBuildCommand(['index-data/digests', '-o', 'index-data/sample-index.hsk']) // 0
 */
export async function runBuildCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, {
        output: { type: 'string', short: 'o' },
        gzip: { type: 'boolean', default: false },
        lexicon: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false }
      }, USAGE)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  if (positionals.length === 0) return usageError('give at least one digest file or folder')
  if (!values.output) return usageError('give the index file to write with -o <file>')

  const started = performance.now()
  let inputs
  try {
    inputs = await readDigestInputs(positionals)
  } catch (error) {
    if (error instanceof HanseekError) {
      process.stderr.write(`${error.message}\n`)
      return 2
    }
    throw error
  }
  const { papers, diagnostics, stats } = parseDigests(inputs)
  const counts = countBySeverity(diagnostics)
  if (!values.quiet) {
    const shown = diagnostics.filter((d) => d.severity !== 'info')
    const listed = shown.slice(0, MAX_LISTED).map(formatDiagnostic)
    if (shown.length > MAX_LISTED) listed.push(`... and ${shown.length - MAX_LISTED} more`)
    if (listed.length > 0) process.stderr.write(`${listed.join('\n')}\n`)
  }
  const diagnosticsLine = `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`
  if (values.strict && counts.error > 0) {
    process.stderr.write(`hanseek build: ${diagnosticsLine}; nothing written (--strict)\n`)
    return 1
  }

  const bar = progressBar(process.stderr.isTTY === true)
  // Adding in chunks gives the same index (and bytes) as one buildIndex call, with progress between.
  // The lexicon is learned from all papers first, so every chunk is analysed with the same one.
  const lexicon = values.lexicon ? learnCompoundLexicon(papers.map((p) => p.summary.text)) : ''
  const index = buildIndex([], lexicon !== '' ? { analyzer: { lexicon } } : {})
  for (let i = 0; i < papers.length; i += CHUNK) {
    index.add(papers.slice(i, i + CHUNK))
    bar.update(Math.min(papers.length, i + CHUNK), papers.length, 'indexing')
  }
  bar.clear()
  const bytes = index.serialize({ gzip: values.gzip })
  try {
    // Like other build tools, create the output's folder when it is missing.
    await mkdir(path.dirname(path.resolve(values.output)), { recursive: true }).catch((error: unknown) => {
      throw new HanseekError(`cannot write ${values.output}: cannot create its folder (${(error as Error)?.message ?? String(error)})`)
    })
    await writeFileAtomic(values.output, bytes)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stderr.write(
    `hanseek build: ${index.size} papers from ${stats.files} files, ${diagnosticsLine}, ` +
      `${values.lexicon ? `lexicon of ${lexicon === '' ? 0 : lexicon.split(' ').length} words, ` : ''}${seconds} s, ` +
      `${formatBytes(bytes.length)}${values.gzip ? ' (gzip)' : ''} → ${values.output}\n`,
  )
  return 0
}
