// Parse throughput of `parseDigests` over the real corpus (../shared), in MB/s and papers/s, with the
// bare remark-parse pass over the same text as a same-process baseline (the share of time that is
// Markdown parsing rather than our own walk). Run: npm run bench:ingest [-- --runs 5]
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseDigests } from '../src/ingest/index.js'

const repoRoot = path.resolve(import.meta.dirname, '..')
const logs = path.resolve(repoRoot, '../shared/corpus/daily-papers-ko/paper_logs')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } })
const runs = Math.max(1, Number(values.runs) || 5)

function listMarkdown(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listMarkdown(full))
    else if (entry.name.endsWith('.md')) out.push(full)
  }
  return out.sort()
}

const files = listMarkdown(logs).map((file) => ({ source: path.relative(logs, file), content: new Uint8Array(readFileSync(file)) }))
const bytes = files.reduce((sum, f) => sum + f.content.byteLength, 0)
const texts = files.map((f) => new TextDecoder().decode(f.content))
const markdown = unified().use(remarkParse)

function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return (performance.now() - start) / 1000
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

let papers = 0
let beforeMerge = 0
time(() => parseDigests(files)) // warm-up: JIT and module initialization
const full: number[] = []
const remarkOnly: number[] = []
for (let i = 0; i < runs; i++) {
  full.push(
    time(() => {
      const result = parseDigests(files)
      papers = result.stats.papers
      beforeMerge = result.stats.papersBeforeMerge
    }),
  )
  remarkOnly.push(time(() => texts.forEach((t) => markdown.parse(t))))
}

const mb = bytes / 1e6
const fullS = median(full)
const remarkS = median(remarkOnly)
console.log(`ingest bench: ${files.length} files, ${mb.toFixed(2)} MB, ${beforeMerge} paper headings, ${papers} papers after merge, median of ${runs} runs`)
console.log(`parseDigests        ${fullS.toFixed(3)} s  ${(mb / fullS).toFixed(2)} MB/s  ${Math.round(beforeMerge / fullS)} papers/s`)
console.log(`remark-parse only   ${remarkS.toFixed(3)} s  ${(mb / remarkS).toFixed(2)} MB/s  (baseline: ${((remarkS / fullS) * 100).toFixed(0)}% of parseDigests time)`)

// Pathological Markdown: shapes on which CommonMark parsing is superlinear, bounded by the
// markdown-limits pre-pass. Printed as throughput next to the corpus figure above; bare remark-parse
// over the same text shows what the pre-pass saves (skipped for inputs that would take minutes).
const head = '## Daily Papers (2024-02-15)\n\n### [A](https://arxiv.org/abs/2402.00001)\n\n'
const pathological: [string, string, boolean][] = [
  ['40 KB of *_ in one bullet', `${head}- ${'*_'.repeat(20_000)}\n`, false],
  ['50 paragraphs of 400 *_ runs each', head + Array.from({ length: 50 }, () => `- ${'*_'.repeat(200)}`).join('\n\n'), true],
  ['400 nested list levels', head + Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n'), true],
]
console.log('\npathological inputs (parseDigest with the pre-pass; bare remark-parse)')
for (const [name, text, runBare] of pathological) {
  const kb = text.length / 1024
  const ours = time(() => parseDigests([{ source: 'x.md', content: text }]))
  const bare = runBare ? time(() => markdown.parse(text)) : NaN
  const bareText = runBare ? `${bare.toFixed(3)} s` : 'not run (tens of seconds)'
  console.log(`  ${name.padEnd(36)} ${kb.toFixed(0).padStart(4)} KB  ${ours.toFixed(3)} s (${(kb / 1024 / ours).toFixed(2)} MB/s)  bare: ${bareText}`)
}
