import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDigests } from '../ingest/index.js'
import { HanseekError, IndexFormatError } from '../model/errors.js'
import type { FacetField, SortOrder } from '../model/search.js'
import { readDigestInputs, readIndexFile } from '../node/index.js'
import { buildIndex } from '../build/index.js'
import type { PaperIndex, SearchResults } from '../query/index.js'
import { parseCommandArgs, usageError as usageErrorFor } from './command-args.js'

const FACETS: readonly FacetField[] = ['year', 'month', 'author', 'media', 'hasCode', 'votes']
const SORTS: readonly SortOrder[] = ['relevance', 'date', 'votes']

const USAGE = `Usage: hanseek search [<index>] "<query>" [options]

Searches an index file, or the sample index when only a query is given (index-data/sample-index.hsk
when it was built with \`npm run sample-index\`, else built in memory from index-data/digests).

Query syntax: words in any script (OR-ed, ranked by BM25), "exact phrase", -exclude, -"phrase",
author:"Denny Zhou", title:diffusion, year:2024, month:2024-02, votes:>=10, has:code, has:video.
An empty query ("") lists papers newest first.

Options:
  --facets <list>  count facets: ${FACETS.join(',')}
  --limit <n>      hits to show (default 10)
  --offset <n>     hits to skip (default 0)
  --sort <order>   ${SORTS.join(' | ')} (default relevance; date without words)
  --prefix         complete the last word as a prefix (search-as-you-type)
  --json           print the results as JSON
  -h, --help       show this help

Exit status: 0 done, 1 an invalid index file, 2 bad usage, a bad query or a missing file.`

const usageError = (message: string): number => usageErrorFor(USAGE, message)

/** The package root: the nearest folder above this module whose package.json is hanseek's. */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'hanseek') return dir
      } catch {
        // not ours; keep looking
      }
    }
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(from, '..')
    dir = parent
  }
}

/**
 * The sample index: the prebuilt file when it loads, else built in memory from the sample digests. The
 * file is a local cache (gitignored): one left by an older hanseek (another format or analyzer version)
 * must not make the main job fail, so it is reported and bypassed.
 */
async function sampleIndex(warn: (line: string) => void): Promise<PaperIndex> {
  const root = packageRoot()
  const file = path.join(root, 'index-data', 'sample-index.hsk')
  if (existsSync(file)) {
    try {
      return await readIndexFile(file)
    } catch (error) {
      if (!(error instanceof IndexFormatError)) throw error
      warn(`hanseek: ${file} cannot be used (${error.problem}); searching the sample digests instead (npm run sample-index rebuilds the file)`)
    }
  }
  const { papers } = parseDigests(await readDigestInputs([path.join(root, 'index-data', 'digests')]))
  return buildIndex(papers)
}

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a non-negative integer, got '${raw}'`)
  return Number(raw)
}

class UsageError extends Error {}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}

function table(results: SearchResults, offset: number): string {
  const out: string[] = []
  const shown = results.hits.length === 0 ? 'no hits' : `hits ${offset + 1}-${offset + results.hits.length}`
  out.push(`${results.total} papers match (${shown})`)
  if (results.hits.length > 0) {
    out.push('')
    out.push(`${'#'.padStart(3)}  ${'score'.padStart(6)}  ${'date'.padEnd(10)}  ${'votes'.padStart(5)}  ${'id'.padEnd(10)}  title`)
    results.hits.forEach((hit, i) => {
      const p = hit.paper
      out.push(
        `${String(offset + i + 1).padStart(3)}  ${hit.score.toFixed(2).padStart(6)}  ${p.date.padEnd(10)}  ${String(p.votes ?? '-').padStart(5)}  ${p.id.padEnd(10)}  ${cut(p.title, 80)}`,
      )
      const authors = p.authors.slice(0, 3).join(', ') + (p.authors.length > 3 || p.moreAuthors ? ', …' : '')
      if (authors) out.push(`${' '.repeat(48)}${cut(authors, 80)}`)
    })
  }
  for (const [field, values] of Object.entries(results.facets)) {
    out.push('')
    const line = values.map((v) => `${v.selected ? '*' : ''}${v.value} (${v.count})`).join(', ')
    out.push(`${field}: ${line || '-'}`)
  }
  if (results.facetStats.votes) out.push(`votes min/max: ${results.facetStats.votes.min ?? '-'} / ${results.facetStats.votes.max ?? '-'}`)
  return out.join('\n') + '\n'
}

/**
 * `hanseek search [<index>] "<query>" [--facets year,author] [--limit N] [--offset N] [--sort ..] [--json]`.
 *
 * @example
 * await runSearchCommand(['언어 모델 양자화', '--facets', 'year,author']) // 0, on the sample index
 */
export async function runSearchCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, {
        facets: { type: 'string' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        sort: { type: 'string' },
        prefix: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false }
      }, USAGE)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  if (positionals.length === 0 || positionals.length > 2) return usageError('give a query, or an index file and a query')
  const [file, query] = positionals.length === 2 ? [positionals[0], positionals[1]!] : [undefined, positionals[0]!]
  let limit: number
  let offset: number
  let facets: FacetField[]
  try {
    limit = count('limit', values.limit, 10)
    offset = count('offset', values.offset, 0)
    facets = (values.facets ?? '').split(',').map((f) => f.trim()).filter(Boolean) as FacetField[]
    for (const f of facets) if (!FACETS.includes(f)) throw new UsageError(`unknown facet '${f}' (facets: ${FACETS.join(', ')})`)
    if (values.sort !== undefined && !SORTS.includes(values.sort as SortOrder)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`)
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message)
    throw error
  }

  let index: PaperIndex
  try {
    index = file === undefined ? await sampleIndex((line) => process.stderr.write(`${line}\n`)) : await readIndexFile(file)
  } catch (error) {
    if (error instanceof HanseekError) {
      process.stderr.write(`${error.message}${file && error.name === 'IndexFormatError' ? ` (${file})` : ''}\n`)
      return error.name === 'IndexFormatError' ? 1 : 2
    }
    throw error
  }
  let results: SearchResults
  try {
    results = index.search(query, {
      limit,
      offset,
      facets,
      prefix: values.prefix,
      ...(values.sort ? { sort: values.sort as SortOrder } : {}),
    })
  } catch (error) {
    if (error instanceof HanseekError) {
      process.stderr.write(`${error.message}\n`)
      return 2
    }
    throw error
  }
  process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : table(results, offset))
  return 0
}
