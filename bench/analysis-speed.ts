/**
 * Analysis throughput over every summary line of the real corpus (lines starting with `- ` in
 * ../shared/corpus/daily-papers-ko/paper_logs/**\/*.md), hanseek vs MiniSearch's default tokenizer +
 * lowercasing, measured in the same process. The headline figure is the path an index build uses
 * (`analyzeTerms`: term strings per view); `analyze` (tokens with offsets, used for highlighting) is
 * printed beside it. Three measurements, median ratio reported. Target: at most 3x the default's time.
 *
 * Run: npm run bench:analysis
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import { createAnalyzer } from '../src/analysis/index.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const logs = path.resolve(repoRoot, '../shared/corpus/daily-papers-ko/paper_logs')

function markdownFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...markdownFiles(full))
    else if (name.endsWith('.md')) out.push(full)
  }
  return out
}

const lines: string[] = []
for (const file of markdownFiles(logs)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line.startsWith('- ')) lines.push(line.slice(2))
}
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8'), 0)
const megabytes = bytes / 1e6

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]
function baseline(): number {
  let terms = 0
  for (const line of lines) for (const t of tokenize(line)) if (t.toLowerCase().length > 0) terms++
  return terms
}

/** The path an index build uses: term strings per view, no token objects (`analyzeTerms`). */
function hanseekTerms(): number {
  // A fresh analyzer per pass, so its eojeol cache starts cold as it would for one index build.
  const analyzer = createAnalyzer()
  let terms = 0
  for (const line of lines) {
    const { word, gram } = analyzer.analyzeTerms?.(line) ?? { word: [], gram: [] }
    terms += word.length + gram.length
  }
  return terms
}

/** The highlighting path: tokens with offsets (`analyze`). */
function hanseekTokens(): number {
  const analyzer = createAnalyzer()
  let terms = 0
  for (const line of lines) terms += analyzer.analyze(line).length
  return terms
}

function time(fn: () => number, rounds: number): { ms: number; terms: number } {
  let best = Infinity
  let terms = 0
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    terms = fn()
    best = Math.min(best, performance.now() - t0)
  }
  return { ms: best, terms }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const mbps = (ms: number) => (megabytes / (ms / 1000)).toFixed(1)

// Warm up all three (JIT); then three measurements, each the best of several rounds per tokenizer, since
// the machine is shared and noisy. The ratio of each measurement compares times taken back to back.
time(baseline, 2)
time(hanseekTerms, 2)
time(hanseekTokens, 1)
console.log(`corpus summaries: ${lines.length} lines, ${megabytes.toFixed(2)} MB (UTF-8)`)
console.log(`${'run'.padEnd(5)} ${'tokenizer'.padEnd(52)} ${'best ms'.padEnd(10)} ${'MB/s'.padEnd(8)} terms`)
const termRatios: number[] = []
const tokenRatios: number[] = []
for (let run = 1; run <= 3; run++) {
  const base = time(baseline, 3)
  const terms = time(hanseekTerms, 3)
  const tokens = time(hanseekTokens, 2)
  termRatios.push(terms.ms / base.ms)
  tokenRatios.push(tokens.ms / base.ms)
  console.log(`${String(run).padEnd(5)} ${'MiniSearch default tokenize + lowercase'.padEnd(52)} ${base.ms.toFixed(1).padEnd(10)} ${mbps(base.ms).padEnd(8)} ${base.terms}`)
  console.log(`${''.padEnd(5)} ${'hanseek-ko analyzeTerms (index path, both views)'.padEnd(52)} ${terms.ms.toFixed(1).padEnd(10)} ${mbps(terms.ms).padEnd(8)} ${terms.terms}`)
  console.log(`${''.padEnd(5)} ${'hanseek-ko analyze (tokens + offsets, highlighting)'.padEnd(52)} ${tokens.ms.toFixed(1).padEnd(10)} ${mbps(tokens.ms).padEnd(8)} ${tokens.terms}`)
}
const fmt = (xs: number[]) => xs.map((x) => `${x.toFixed(2)}x`).join(', ')
console.log(`time ratio, index path (analyzeTerms) / default: ${fmt(termRatios)}; median ${median(termRatios).toFixed(2)}x (target <= 3x)`)
console.log(`time ratio, analyze() with offsets / default:     ${fmt(tokenRatios)}; median ${median(tokenRatios).toFixed(2)}x`)
