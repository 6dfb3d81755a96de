// The package as users get it: `npm pack`, install the tarball into a fresh app (the build-pipeline
// example, with the node-basic scripts beside it), and run the examples (ESM and CommonJS) and the CLI
// from there; then publint and @arethetypeswrong/cli on the same tarball.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GZIP_BUDGET_BYTES, measureBundle } from '../../bench/size.js'
import { expectNodeBasicOutput } from '../e2e/node-basic-output.js'
import { ensurePackageBuilt, repoRoot } from '../e2e/package-build.js'

let work: string
let app: string
let tarball: string
let packedFiles: string[]

function run(command: string, args: string[], cwd: string) {
  const started = performance.now()
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (performance.now() - started) / 1000 }
}

const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name)

beforeAll(() => {
  ensurePackageBuilt()
  work = mkdtempSync(path.join(tmpdir(), 'hanseek-pack-'))
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repoRoot)
  expect(pack.code, pack.stderr).toBe(0)
  const [info] = JSON.parse(pack.stdout) as { filename: string; size: number; files: { path: string }[] }[]
  tarball = path.join(work, info!.filename)
  packedFiles = info!.files.map((f) => f.path)
  console.log(`packed ${info!.filename}: ${(info!.size / 1024).toFixed(1)} KB, ${packedFiles.length} files (${pack.seconds.toFixed(1)} s)`)

  app = path.join(work, 'app')
  cpSync(path.join(repoRoot, 'examples/build-pipeline'), app, { recursive: true, filter: (src) => !/[\\/](node_modules|package-lock\.json|public[\\/].+\.hsk)$/.test(src) })
  for (const script of ['search.mjs', 'search.cjs']) cpSync(path.join(repoRoot, 'examples/node-basic', script), path.join(app, script))
  // The registry is reachable, and hanseek's own dependencies normally come from the npm cache.
  const install = run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], app)
  expect(install.code, install.stderr).toBe(0)
  console.log(`npm install <tarball>: ${install.seconds.toFixed(1)} s`)
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('npm pack', () => {
  it('ships the builds, types, CLI and sample digests, and nothing of the repository besides', () => {
    for (const file of ['package.json', 'README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/build.js', 'dist/build.cjs', 'dist/build.d.ts', 'dist/build.d.cts', 'dist/ingest.js', 'dist/ingest.cjs', 'dist/node.js', 'dist/node.cjs', 'dist/cli.js']) {
      expect(packedFiles).toContain(file)
    }
    expect(packedFiles.filter((f) => f.startsWith('index-data/digests/') && f.endsWith('.md')).length).toBeGreaterThan(0)
    const stray = packedFiles.filter((f) => !/^(package\.json|README\.md|LICENSE|dist\/[^/]+|index-data\/digests\/\d{4}\/\d\d\/\d\d\.md)$/.test(f))
    expect(stray).toEqual([])
  })
})

describe('installed from the tarball', () => {
  it('is a real install, not a link to the repository', () => {
    const installed = path.join(app, 'node_modules/hanseek')
    expect(lstatSync(installed).isSymbolicLink()).toBe(false)
    expect(realpathSync(installed).startsWith(realpathSync(repoRoot))).toBe(false)
    expect(JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')).dependencies.hanseek).toMatch(/^file:.*\.tgz$/)
  })

  it('runs the node-basic example as ESM and as CommonJS, with the same results', () => {
    const esm = run(process.execPath, ['search.mjs', 'esm.hsk'], app)
    expect(esm.code, esm.stderr).toBe(0)
    expect(esm.stdout).toMatch(/^built esm\.hsk from \d+ sample papers$/m)
    expectNodeBasicOutput(esm.stdout)
    const cjs = run(process.execPath, ['search.cjs', 'cjs.hsk'], app)
    expect(cjs.code, cjs.stderr).toBe(0)
    expectNodeBasicOutput(cjs.stdout)
    expect(cjs.stdout).toBe(esm.stdout.replace('esm.hsk', 'cjs.hsk'))
    expect(readFileSync(path.join(app, 'cjs.hsk'))).toEqual(readFileSync(path.join(app, 'esm.hsk')))
  })

  it('every entry loads with require() and with import', () => {
    const cjs = run(process.execPath, ['-e', "for (const e of ['hanseek', 'hanseek/build', 'hanseek/ingest', 'hanseek/node']) console.log(e, Object.keys(require(e)).length)"], app)
    expect(cjs.code, cjs.stderr).toBe(0)
    expect(cjs.stdout).toMatch(/^hanseek [1-9]\d*\nhanseek\/build [1-9]\d*\nhanseek\/ingest [1-9]\d*\nhanseek\/node [1-9]\d*\n$/)
    const esm = run(process.execPath, ['--input-type=module', '-e', "for (const e of ['hanseek', 'hanseek/build', 'hanseek/ingest', 'hanseek/node']) console.log(e, Object.keys(await import(e)).length)"], app)
    expect(esm.code, esm.stderr).toBe(0)
    expect(esm.stdout).toBe(cjs.stdout)
  })

  it('the installed hanseek entry, bundled for the browser, is under the budget and carries nothing only building needs', async () => {
    const entry = path.join(app, 'node_modules/hanseek/dist/index.js')
    const report = await measureBundle('installed hanseek', `export * from ${JSON.stringify(entry)}`)
    console.log(`installed hanseek entry: ${(report.gzipBytes / 1024).toFixed(1)} KB gzip`)
    expect(report.nodeImports).toEqual([])
    expect(report.forbiddenInputs).toEqual([])
    expect([report.carriesGlossary, report.carriesMiniSearch, report.carriesDeflate]).toEqual([false, false, false])
    const build = await measureBundle('installed hanseek/build', `export * from ${JSON.stringify(path.join(app, 'node_modules/hanseek/dist/build.js'))}`)
    expect([build.carriesGlossary, build.carriesMiniSearch, build.carriesDeflate]).toEqual([true, true, true])
    expect(build.nodeImports).toEqual([])
    expect(report.gzipBytes).toBeLessThan(GZIP_BUDGET_BYTES)
  })

  it('runs the CLI through npx: search on the sample digests, build --strict, stats', () => {
    const search = run('npx', ['--no-install', 'hanseek', 'search', '양자화', '--limit', '3', '--facets', 'year'], app)
    expect(search.code, search.stderr).toBe(0)
    expect(search.stdout).toMatch(/^\d+ papers match \(hits 1-3\)/)
    expect(search.stdout).toContain('Quantized')
    expect(search.stdout).toMatch(/^year: /m)
    const build = run('npx', ['--no-install', 'hanseek', 'build', 'node_modules/hanseek/index-data/digests', '-o', 'all.hsk', '--gzip', '--strict'], app)
    expect(build.code, build.stderr).toBe(0)
    expect(build.stderr).toMatch(/hanseek build: \d+ papers from \d+ files, 0 errors/)
    const stats = run('npx', ['--no-install', 'hanseek', 'stats', 'all.hsk'], app)
    expect(stats.code, stats.stderr).toBe(0)
    expect(stats.stdout).toContain('hanseek-ko')
  })

  it('runs the build-pipeline app: `npm run build` prebuilds public/papers.hsk and loads it', () => {
    const r = run('npm', ['run', 'build', '--silent'], app)
    expect(r.code, r.stderr).toBe(0)
    expect(existsSync(path.join(app, 'public/papers.hsk'))).toBe(true)
    expect(r.stdout).toContain('papers.hsk: 2 papers; query: 양자화 cache → 1 papers')
  })
})

describe('package lint', () => {
  it('publint --strict finds nothing', () => {
    const r = run(bin('publint'), ['run', tarball, '--strict'], repoRoot)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.stdout).toContain('All good!')
  })

  it('@arethetypeswrong/cli finds no problem for node16 (CJS and ESM) and bundlers', () => {
    // node10 resolution cannot see subpath exports; engines requires Node >= 20.19, so it is out of scope.
    const r = run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'json'], repoRoot)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    const report = JSON.parse(r.stdout) as { analysis: { entrypoints: Record<string, unknown> }; problems: Record<string, { resolutionKind?: string; entrypoint?: string }[]> }
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './build', './ingest', './node', './package.json'])
    const problems = Object.values(report.problems).flat().filter((p) => p.resolutionKind !== 'node10')
    expect(problems).toEqual([])
  })
})
