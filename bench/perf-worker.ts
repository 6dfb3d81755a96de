// One (scale, system) performance run in a fresh process, so peak RSS belongs to that system and scale.
// Spawned by bench/perf.ts; prints one line `PERF_RESULT {json}` on stdout.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'fflate'
import MiniSearch from 'minisearch'
import type { Paper, SearchFilter } from '../src/model/index.js'
import { loadCorpus, repoRoot } from './lib/corpus.js'
import { percentile } from './lib/metrics.js'
import { plainFacets, plainFilter, PLAIN_PERF_STORE_FIELDS, toPlainPerfDocument, type PlainStored } from './lib/plain-facets.js'
import { loadHanseek, PLAIN_FIELDS } from './lib/systems.js'
import { generateSyntheticCorpus } from './synthetic-corpus.js'

/** One query of bench/data/perf-queries.json. */
interface PerfQuery {
  kind: string
  query: string
  filter?: SearchFilter
}

/** What one worker run measured. Times in ms, sizes in bytes, RSS in bytes. */
export interface PerfResult {
  system: 'hanseek' | 'minisearch'
  scale: number
  papers: number
  buildMs: number
  serializeMs: number
  rawBytes: number | null
  gzipBytes: number | null
  loadMs: number | null
  queryP50: number
  queryP95: number
  facetP50: number
  facetP95: number
  peakRss: number
  heapUsedAfterLoad: number
  error?: string
}

const FACETS = ['year', 'month', 'author', 'media', 'hasCode', 'votes'] as const
const LIMIT = 10

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc
  if (g) g()
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now()
  const value = fn()
  return [value, performance.now() - t0]
}

/** How many queries warm the JIT before timing (all of them at small scales; fewer at x20 to bound the run). */
let warmupCount = Number.POSITIVE_INFINITY

/** Runs every query `rounds` times after a warm-up pass; returns per-call latencies. */
function latencies(queries: readonly PerfQuery[], run: (q: PerfQuery) => unknown, rounds: number): number[] {
  for (const q of queries.slice(0, warmupCount)) run(q)
  const out: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now()
      run(q)
      out.push(performance.now() - t0)
    }
  }
  return out
}

async function runHanseek(papers: Paper[], queries: PerfQuery[], rounds: number): Promise<Partial<PerfResult>> {
  const api = await loadHanseek()
  if (!api) throw new Error('hanseek: buildIndex/loadIndex are not exported yet')
  gc()
  const [built, buildMs] = time(() => api.buildIndex(papers))
  const [raw, serializeMs] = time(() => built.serialize())
  const gz = built.serialize({ gzip: true })
  gc()
  const [index, loadMs] = time(() => api.loadIndex(raw))
  gc()
  const heapUsedAfterLoad = process.memoryUsage().heapUsed
  const plain = latencies(queries, (q) => index.search(q.query, { limit: LIMIT, ...(q.filter ? { filter: q.filter } : {}) }), rounds)
  const faceted = latencies(queries, (q) =>
    index.search(q.query, { limit: LIMIT, facets: [...FACETS], ...(q.filter ? { filter: q.filter } : {}) }), rounds)
  return {
    buildMs, serializeMs, rawBytes: raw.byteLength, gzipBytes: gz.byteLength, loadMs, heapUsedAfterLoad,
    queryP50: percentile(plain, 0.5), queryP95: percentile(plain, 0.95),
    facetP50: percentile(faceted, 0.5), facetP95: percentile(faceted, 0.95),
  }
}

async function runMiniSearch(papers: Paper[], queries: PerfQuery[], rounds: number): Promise<Partial<PerfResult>> {
  const options = { fields: [...PLAIN_FIELDS], storeFields: [...PLAIN_PERF_STORE_FIELDS] }
  gc()
  const [built, buildMs] = time(() => {
    const ms = new MiniSearch(options)
    ms.addAll(papers.map(toPlainPerfDocument))
    return ms
  })
  let rawBytes: number | null = null
  let gzipBytes: number | null = null
  let loadMs: number | null = null
  let serializeMs = Number.NaN
  let error: string | undefined
  let index: MiniSearch = built
  try {
    // MiniSearch serializes to one JSON string; this is where JavaScript's string length limit bites.
    const [bytes, ms] = time(() => new TextEncoder().encode(JSON.stringify(built)))
    serializeMs = ms
    rawBytes = bytes.byteLength
    gzipBytes = gzipSync(bytes).byteLength
    gc()
    const [loaded, loadTime] = time(() => MiniSearch.loadJSON(new TextDecoder().decode(bytes), options))
    loadMs = loadTime
    index = loaded
  } catch (e) {
    error = `MiniSearch serialize/load failed: ${(e as Error).message}`
  }
  gc()
  const heapUsedAfterLoad = process.memoryUsage().heapUsed
  const search = (q: PerfQuery, facets: boolean): unknown => {
    const keep = q.filter ? plainFilter(q.filter) : undefined
    const results = index.search(q.query, keep ? { filter: (r) => keep(r as unknown as PlainStored) } : {})
    const page = results.slice(0, LIMIT)
    return facets ? { page, facets: plainFacets(results as unknown as PlainStored[]) } : page
  }
  const plain = latencies(queries, (q) => search(q, false), rounds)
  const faceted = latencies(queries, (q) => search(q, true), rounds)
  return {
    buildMs, serializeMs, rawBytes, gzipBytes, loadMs, heapUsedAfterLoad, ...(error ? { error } : {}),
    queryP50: percentile(plain, 0.5), queryP95: percentile(plain, 0.95),
    facetP50: percentile(faceted, 0.5), facetP95: percentile(faceted, 0.95),
  }
}

async function main(): Promise<void> {
  const scale = Number(arg('scale') ?? '1')
  const system = (arg('system') ?? 'hanseek') as PerfResult['system']
  const rounds = Number(arg('rounds') ?? (scale >= 20 ? '1' : '2'))
  if (scale >= 20) warmupCount = 30
  const queries = JSON.parse(readFileSync(path.join(repoRoot, 'bench/data/perf-queries.json'), 'utf8')) as PerfQuery[]
  const corpus = loadCorpus()
  const papers = generateSyntheticCorpus(corpus.papers, { scale })
  const measured = system === 'hanseek'
    ? await runHanseek(papers, queries, rounds)
    : await runMiniSearch(papers, queries, rounds)
  const result = {
    system, scale, papers: papers.length, ...measured,
    // maxRSS is in kilobytes: the process's peak, including parsing and generating the corpus.
    peakRss: process.resourceUsage().maxRSS * 1024,
  }
  process.stdout.write(`PERF_RESULT ${JSON.stringify(result)}\n`)
}

await main()
