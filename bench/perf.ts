// Performance: hanseek vs plain MiniSearch at corpus scales x1, x5, x20 (synthetic, seeded).
// Each (scale, system) runs in a fresh `node --expose-gc` child so peak RSS is its own.
// Run: npm run bench:perf [-- --scales=1,5,20] [--systems=hanseek,minisearch] [--rounds=N]
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './lib/corpus.js'
import { fixed, formatTable } from './lib/table.js'
import type { PerfResult } from './perf-worker.js'

/** The issue's targets, as hanseek/MiniSearch ratios (lower is better) and an absolute x20 latency. */
const TARGETS = { build: 1.5, gzip: 1.0, load: 1.0, facetP95: 1.5, peakRss: 1.2, x20FacetP95Ms: 100 }

function arg(name: string, fallback: string): string {
  const raw = process.argv.slice(2)
  const eq = raw.find((a) => a.startsWith(`--${name}=`))
  if (eq) return eq.slice(name.length + 3)
  const i = raw.indexOf(`--${name}`)
  if (i >= 0 && raw[i + 1]) return raw[i + 1]!
  // A bare first argument is the scales list (`npm run bench:perf -- 1,5`).
  if (name === 'scales' && raw[0] && !raw[0].startsWith('--')) return raw[0]
  return fallback
}

function runWorker(scale: number, system: string, rounds: string | null): PerfResult | { system: string; scale: number; error: string } {
  const args = ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', path.join(repoRoot, 'bench/perf-worker.ts'),
    `--scale=${scale}`, `--system=${system}`, ...(rounds ? [`--rounds=${rounds}`] : [])]
  const child = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const line = child.stdout.split('\n').find((l) => l.startsWith('PERF_RESULT '))
  if (!line) {
    const why = (child.stderr || child.stdout).trim().split('\n').filter((l) => !l.startsWith('    at ')).slice(-3).join(' | ')
    return { system, scale, error: `exit ${child.status ?? child.signal}: ${why}` }
  }
  return JSON.parse(line.slice('PERF_RESULT '.length)) as PerfResult
}

const mb = (bytes: number | null | undefined): string => (bytes == null ? '-' : (bytes / 1048576).toFixed(1))
const ms = (v: number | null | undefined, digits = 1): string => (v == null || !Number.isFinite(v) ? '-' : v.toFixed(digits))
function ratio(h: number | null | undefined, m: number | null | undefined): number {
  return h == null || m == null || !Number.isFinite(h) || !Number.isFinite(m) || m === 0 ? Number.NaN : h / m
}
const verdict = (r: number, target: number): string => (Number.isFinite(r) ? (r <= target ? 'ok' : 'MISSED') : 'n/a')

function main(): void {
  const scales = arg('scales', '1,5,20').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1)
  const systems = arg('systems', 'hanseek,minisearch').split(',')
  const roundsArg = arg('rounds', '')
  const results: (PerfResult | { system: string; scale: number; error: string })[] = []
  for (const scale of scales) {
    for (const system of systems) {
      const t0 = performance.now()
      const r = runWorker(scale, system, roundsArg || null)
      console.error(`x${scale} ${system}: ${((performance.now() - t0) / 1000).toFixed(0)} s${'error' in r && r.error ? ` (${r.error})` : ''}`)
      results.push(r)
    }
  }
  mkdirSync(path.join(repoRoot, '.bench-out'), { recursive: true })
  writeFileSync(path.join(repoRoot, '.bench-out/perf.json'), JSON.stringify(results, null, 2))

  const full = (r: (typeof results)[number]): r is PerfResult => 'buildMs' in r
  const rows = results.filter(full).map((r) => [
    `x${r.scale} ${r.system}`, String(r.papers), ms(r.buildMs, 0), mb(r.rawBytes), mb(r.gzipBytes), ms(r.loadMs, 0),
    ms(r.queryP50, 2), ms(r.queryP95, 2), ms(r.facetP50, 2), ms(r.facetP95, 2), mb(r.peakRss),
  ])
  console.log('\nmeasured (times in ms, sizes in MB; query latencies over bench/data/perf-queries.json)')
  console.log(formatTable(['run', 'papers', 'build', 'raw', 'gzip', 'load', 'q p50', 'q p95', 'facet p50', 'facet p95', 'peak RSS'], rows))

  const ratioRows: string[][] = []
  for (const scale of scales) {
    const h = results.find((r) => r.scale === scale && r.system === 'hanseek')
    const m = results.find((r) => r.scale === scale && r.system === 'minisearch')
    if (!h || !m || !full(h) || !full(m)) continue
    const cells: [string, number, number][] = [
      ['build', ratio(h.buildMs, m.buildMs), TARGETS.build],
      ['gzip size', ratio(h.gzipBytes, m.gzipBytes), TARGETS.gzip],
      ['load', ratio(h.loadMs, m.loadMs), TARGETS.load],
      ['query p95 (no facets)', ratio(h.queryP95, m.queryP95), Number.NaN],
      ['query p95 (facets)', ratio(h.facetP95, m.facetP95), TARGETS.facetP95],
      ['peak RSS', ratio(h.peakRss, m.peakRss), TARGETS.peakRss],
      ['raw size', ratio(h.rawBytes, m.rawBytes), Number.NaN],
    ]
    for (const [label, r, target] of cells) {
      ratioRows.push([`x${scale}`, label, fixed(r, 2) + 'x', Number.isFinite(target) ? `≤ ${target}x` : '', Number.isFinite(target) ? verdict(r, target) : ''])
    }
    if (scale === 20) {
      ratioRows.push(['x20', 'hanseek facet p95 (ms)', ms(h.facetP95, 1), `≤ ${TARGETS.x20FacetP95Ms} ms`,
        h.facetP95 <= TARGETS.x20FacetP95Ms ? 'ok' : 'MISSED'])
    }
  }
  if (ratioRows.length > 0) {
    console.log('\nhanseek / MiniSearch (same machine, same documents, same queries)')
    console.log(formatTable(['scale', 'measure', 'ratio', 'target', 'verdict'], ratioRows))
  }
  for (const r of results) {
    if ('error' in r && r.error) console.log(`note: x${r.scale} ${r.system}: ${r.error}`)
  }
}

main()
