/**
 * Analysis throughput over every summary line of the real corpus (lines starting with `- ` in
 * ../shared/corpus/daily-papers-ko/paper_logs/**\/*.md), hanseek vs MiniSearch's default tokenizer +
 * lowercasing, measured in the same process. Target: hanseek at most 3x the default's time.
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

function hanseek(): number {
  // A fresh analyzer per pass, so its eojeol cache starts cold as it would for one index build.
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

// Warm up both (JIT), then take the best of several rounds: the machine is shared and noisy.
time(baseline, 2)
time(hanseek, 2)
const base = time(baseline, 5)
const ours = time(hanseek, 5)

console.log(`corpus summaries: ${lines.length} lines, ${megabytes.toFixed(2)} MB (UTF-8)`)
console.log(`${'tokenizer'.padEnd(44)} ${'best ms'.padEnd(10)} ${'MB/s'.padEnd(8)} terms`)
console.log(`${'MiniSearch default tokenize + lowercase'.padEnd(44)} ${base.ms.toFixed(1).padEnd(10)} ${(megabytes / (base.ms / 1000)).toFixed(1).padEnd(8)} ${base.terms}`)
console.log(`${'hanseek-ko (word + gram views)'.padEnd(44)} ${ours.ms.toFixed(1).padEnd(10)} ${(megabytes / (ours.ms / 1000)).toFixed(1).padEnd(8)} ${ours.terms}`)
console.log(`time ratio hanseek / default: ${(ours.ms / base.ms).toFixed(2)}x (target <= 3x)`)
