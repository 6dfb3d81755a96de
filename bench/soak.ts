// Soak benchmark: one process, the x20 synthetic corpus.
//   1. 100,000 mixed queries (words, phrases, exclusions, fields, filters, facets, sorting, prefix,
//      highlighting, suggestions): throughput, p50/p99/max latency, heap after GC before and after, with
//      a stated bound on growth.
//   2. Query-side resource bounds: one-letter prefixes, a huge OR list, a 100 KB query: analyzed terms,
//      prefix expansions and time.
//   3. 10,000 add/remove cycles, then the same answers as a fresh build of the same papers.
// Run: npm run bench:soak   (node --expose-gc via tsx; prints what it measured; exit 1 if a bound fails)
// Options: --queries N (default 100000), --cycles N (default 10000), --scale N (default 20).
import { parseArgs } from 'node:util'
import { loadCorpus } from './lib/corpus.js'
import { generateSyntheticCorpus, mulberry32 } from './synthetic-corpus.js'
import { MAX_PREFIX_EXPANSIONS } from '../src/index/defaults.js'
import { HanseekError, type Paper, type PaperIndex, type SearchOptions } from '../src/index.js'
import { buildIndex } from '../src/build/index.js'
import perfQueries from './data/perf-queries.json' with { type: 'json' }

/** Heap growth allowed over the 100,000 queries, after a full GC (caches are built during warm-up). */
const HEAP_GROWTH_BOUND_MB = 16

const { values } = parseArgs({
  options: { queries: { type: 'string', default: '100000' }, cycles: { type: 'string', default: '10000' }, scale: { type: 'string', default: '20' } },
})
const QUERIES = Number(values.queries)
const CYCLES = Number(values.cycles)
const SCALE = Number(values.scale)

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) {
  console.error('bench:soak needs --expose-gc (npm run bench:soak passes it)')
  process.exit(2)
}
const heapMB = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 2 ** 20
}
const ms = (t0: number) => performance.now() - t0
const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
let failed = false
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`)
  if (!ok) failed = true
}

// ---- corpus and index ----
let t0 = performance.now()
const corpus = loadCorpus()
const papers = generateSyntheticCorpus(corpus.papers, { scale: SCALE })
console.log(`corpus: ${corpus.papers.length} real papers → x${SCALE} = ${papers.length} papers (${(ms(t0) / 1000).toFixed(1)} s)`)
t0 = performance.now()
const index = buildIndex(papers)
console.log(`build: ${(ms(t0) / 1000).toFixed(1)} s, ${index.size} papers`)

// ---- the query mix ----
const random = mulberry32(20240607)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const base = (perfQueries as { query: string }[]).map((q) => q.query)
const titleWords = [...new Set(papers.slice(0, 5000).flatMap((p) => p.title.split(/\s+/)))].filter((w) => /^[A-Za-z][\w-]{2,}$/.test(w))
const authors = [...new Set(papers.slice(0, 5000).flatMap((p) => p.authors))]
const koreanWords = [...new Set(corpus.papers.slice(0, 2000).flatMap((p) => p.summary.text.split(/\s+/)))].filter((w) => /^[\uac00-\ud7a3]{2,6}$/.test(w))
type Call = { kind: 'search'; query: string; options: SearchOptions } | { kind: 'suggest'; query: string }
function nextCall(): Call {
  const r = random()
  const facets: SearchOptions['facets'] = random() < 0.5 ? ['year', 'month', 'author', 'media', 'hasCode', 'votes'] : undefined
  const common: SearchOptions = { facets, highlight: random() < 0.5, limit: pick([10, 20, 50]), offset: pick([0, 0, 0, 20]) }
  if (r < 0.3) return { kind: 'search', query: pick(base), options: common }
  if (r < 0.45) return { kind: 'search', query: `${pick(koreanWords)} ${pick(titleWords)}`, options: { ...common, sort: pick(['relevance', 'date', 'votes'] as const) } }
  if (r < 0.55) return { kind: 'search', query: `"${pick(koreanWords)}" -${pick(titleWords)} year:${pick([2023, 2024])}`, options: common }
  if (r < 0.62) return { kind: 'search', query: `author:"${pick(authors)}"`, options: common }
  if (r < 0.7) return { kind: 'search', query: `${pick(base)} votes:>=${pick([1, 10, 50])} has:code`, options: common }
  if (r < 0.8) return { kind: 'search', query: pick(koreanWords).slice(0, 1 + Math.floor(random() * 2)), options: { ...common, prefix: true } }
  if (r < 0.85) return { kind: 'search', query: '', options: { ...common, filter: { year: 2024, votes: { gte: 10 } } } }
  if (r < 0.95) return { kind: 'suggest', query: pick([...koreanWords, ...titleWords]).slice(0, 1 + Math.floor(random() * 3)) }
  return { kind: 'search', query: pick(['"unclosed', 'year:20x4', 'votes:>=abc', '-', ':', '((', '양잫', 'ㅇㅈㅎ']), options: common }
}
const run = (target: PaperIndex, call: Call): number => {
  try {
    if (call.kind === 'suggest') return target.suggest(call.query).length
    return target.search(call.query, call.options).total
  } catch (error) {
    if (error instanceof HanseekError) return -1
    throw error
  }
}

// ---- 1. soak ----
for (let i = 0; i < 2000; i++) run(index, nextCall()) // warm-up: JIT, caches, score buffers
const heapBefore = heapMB()
const latencies = new Float64Array(QUERIES)
let typedErrors = 0
let searches = 0
const soakStart = performance.now()
for (let i = 0; i < QUERIES; i++) {
  const call = nextCall()
  if (call.kind === 'search') searches++
  const t = performance.now()
  if (run(index, call) < 0) typedErrors++
  latencies[i] = performance.now() - t
  if ((i + 1) % 10_000 === 0) console.error(`  ... ${i + 1} calls, ${((performance.now() - soakStart) / 1000).toFixed(0)} s`)
}
const soakMs = ms(soakStart)
const heapAfter = heapMB()
latencies.sort()
console.log(`\nsoak: ${QUERIES} calls (${searches} searches, ${QUERIES - searches} suggests, ${typedErrors} typed errors) in ${(soakMs / 1000).toFixed(1)} s`)
console.log(`  throughput ${(QUERIES / (soakMs / 1000)).toFixed(0)} calls/s; latency p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p99 ${percentile(latencies, 0.99).toFixed(2)} ms, max ${latencies[QUERIES - 1]!.toFixed(1)} ms`)
console.log(`  heap after GC: before ${heapBefore.toFixed(1)} MB, after ${heapAfter.toFixed(1)} MB, growth ${(heapAfter - heapBefore).toFixed(1)} MB`)
check(heapAfter - heapBefore <= HEAP_GROWTH_BOUND_MB, `heap growth ≤ ${HEAP_GROWTH_BOUND_MB} MB over ${QUERIES} calls`)

// ---- 2. resource bounds ----
console.log(`\nresource bounds (x${SCALE}, ${index.size} papers; prefix expansions capped at MAX_PREFIX_EXPANSIONS = ${MAX_PREFIX_EXPANSIONS} per prefix term):`)
const analyzer = index.core.analyzer
const frequent = titleWords.slice(0, 1000)
const hugeQueries: [string, string, SearchOptions][] = [
  ['one-letter prefix "a"', 'a', { prefix: true, facets: ['author'] }],
  ['one-letter prefix "양"', '양', { prefix: true, facets: ['author'] }],
  ['one-jamo prefix "ㄱ"', 'ㄱ', { prefix: true }],
  ['1,000-word OR list', frequent.join(' '), { facets: ['author', 'year'], highlight: true }],
  ['100 KB query', `${base.join(' ')} `.repeat(Math.ceil(100_000 / (base.join(' ').length + 1))).slice(0, 100_000), { highlight: true }],
]
for (const [name, query, options] of hugeQueries) {
  const words = analyzer.analyzeQuery(query, { prefixLast: options.prefix === true })
  const terms = words.reduce((n, w) => n + w.terms.length + w.grams.length, 0)
  const distinct = new Set(words.flatMap((w) => [...w.terms, ...w.grams].map((t) => t.term))).size
  const t = performance.now()
  const total = run(index, { kind: 'search', query, options })
  const elapsed = ms(t)
  console.log(`  ${name.padEnd(24)} ${String(query.length).padStart(6)} chars, ${String(words.length).padStart(5)} words, ${String(terms).padStart(6)} terms (${distinct} distinct), total ${total}, ${elapsed.toFixed(0)} ms`)
}
const tSuggest = performance.now()
const suggestions = index.suggest('ㄱ', { limit: 10 }).length + index.suggest('a', { limit: 10 }).length
console.log(`  suggest "ㄱ" and "a": ${suggestions} suggestions, ${ms(tSuggest).toFixed(0)} ms`)

// ---- 3. add/remove cycles ----
const ids = papers.map((p) => p.id)
const byId = new Map(papers.map((p) => [p.id, p]))
const out: Paper[] = []
t0 = performance.now()
for (let c = 0; c < CYCLES; c++) {
  // Remove one random indexed paper, and add back one removed earlier (or a removed one at once).
  const id = pick(ids)
  if (index.has(id)) {
    index.remove(id)
    out.push(byId.get(id)!)
  }
  if (out.length > 0 && random() < 0.5) index.add(out.splice(Math.floor(random() * out.length), 1)[0]!)
}
const cycleMs = ms(t0)
console.log(`\n${CYCLES} add/remove cycles in ${(cycleMs / 1000).toFixed(1)} s (${(cycleMs / CYCLES).toFixed(2)} ms per cycle); ${out.length} papers left out`)
const remaining = papers.filter((p) => index.has(p.id))
t0 = performance.now()
const fresh = buildIndex(remaining)
console.log(`fresh build of the same ${remaining.length} papers: ${(ms(t0) / 1000).toFixed(1)} s`)
let compared = 0
let differing = 0
let maxScoreDiff = 0
for (let i = 0; i < 1000; i++) {
  const call = nextCall()
  if (call.kind !== 'search') continue
  compared++
  let a: string
  let b: string
  try {
    const ra = index.search(call.query, { ...call.options, highlight: true })
    const rb = fresh.search(call.query, { ...call.options, highlight: true })
    ra.hits.forEach((h, k) => (maxScoreDiff = Math.max(maxScoreDiff, Math.abs(h.score - (rb.hits[k]?.score ?? 0)) / Math.max(1e-12, Math.abs(h.score)))))
    const strip = (r: typeof ra) => JSON.stringify({ ...r, hits: r.hits.map((h) => ({ ...h, score: 0 })) })
    a = strip(ra)
    b = strip(rb)
  } catch (error) {
    a = b = (error as Error).message
  }
  if (a !== b) differing++
}
console.log(`compared ${compared} searches with a fresh build: ${differing} differ (hits, order, totals, facets, highlights); max relative score difference ${maxScoreDiff.toExponential(1)}`)
check(differing === 0, 'add/remove cycles give the answers of a fresh build')
check(index.size === fresh.size, `sizes equal (${index.size})`)
process.exit(failed ? 1 : 0)
