// Runs the Node examples as their README says, inside this repository: `hanseek` and `hanseek/node`
// resolve to the package itself through its `exports` (a package may import its own name), and the
// build-pipeline app gets the package linked into its node_modules as `npm install` would.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNodeBasicOutput, querySection } from './node-basic-output.js'
import { ensurePackageBuilt, repoRoot } from './package-build.js'

const examples = path.join(repoRoot, 'examples')
let work: string

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  ensurePackageBuilt()
  work = mkdtempSync(path.join(tmpdir(), 'hanseek-examples-'))
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('examples/node-basic', () => {
  for (const script of ['search.mjs', 'search.cjs']) {
    it(`${script} builds the index when missing, loads it and prints hits and facets for Korean, English and mixed queries`, () => {
      const indexFile = path.join(work, `${script}.hsk`)
      const first = run(process.execPath, [path.join(examples, 'node-basic', script), indexFile], repoRoot)
      expect(first.code, first.stderr).toBe(0)
      expect(first.stderr).toBe('')
      expect(first.stdout).toMatch(/^built .+ from \d+ sample papers$/m)
      expect(existsSync(indexFile)).toBe(true)
      expect([...readFileSync(indexFile).subarray(0, 2)]).toEqual([0x1f, 0x8b])

      expectNodeBasicOutput(first.stdout)

      // Second run: the prebuilt file is loaded as is, with the same results.
      const second = run(process.execPath, [path.join(examples, 'node-basic', script), indexFile], repoRoot)
      expect(second.code, second.stderr).toBe(0)
      expect(second.stdout).not.toMatch(/^built /m)
      expect(second.stdout).toBe(first.stdout.replace(/^built .+\n/m, ''))
    })
  }

  it('ESM and CJS print the same results, and a query can be given on the command line', () => {
    const indexFile = path.join(work, 'shared.hsk')
    const esm = run(process.execPath, [path.join(examples, 'node-basic/search.mjs'), indexFile, 'author:"Felix Wagner"', 'agent 에이전트'], repoRoot)
    const cjs = run(process.execPath, [path.join(examples, 'node-basic/search.cjs'), indexFile, 'author:"Felix Wagner"', 'agent 에이전트'], repoRoot)
    expect(esm.code, esm.stderr).toBe(0)
    expect(cjs.code, cjs.stderr).toBe(0)
    expect(cjs.stdout).toBe(esm.stdout.replace(/^built .+\n/m, ''))
    expect(querySection(esm.stdout, 'author:"Felix Wagner"').titles).toEqual(['Quantized Diffusion Transformers at 3 Bits'])
    expect(querySection(esm.stdout, 'agent 에이전트').total).toBeGreaterThan(0)
  })
})

describe('examples/build-pipeline', () => {
  let app: string

  beforeAll(() => {
    app = path.join(work, 'build-pipeline')
    cpSync(path.join(examples, 'build-pipeline'), app, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|public[\\/].+\.hsk)$/.test(src),
    })
    // What `npm install hanseek` leaves behind: the package in node_modules and its bin linked.
    mkdirSync(path.join(app, 'node_modules/.bin'), { recursive: true })
    symlinkSync(repoRoot, path.join(app, 'node_modules/hanseek'), 'dir')
    symlinkSync('../hanseek/dist/cli.js', path.join(app, 'node_modules/.bin/hanseek'))
  })

  it('`npm run build` prebuilds public/papers.hsk (gzip, --strict) and the app loads and searches it', () => {
    const r = run('npm', ['run', 'build', '--silent'], app)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/hanseek build: 2 papers from 1 files, 0 errors, 0 warnings, 0 notes, [\d.]+ s, [\d.]+ KB \(gzip\) → public\/papers\.hsk/)
    expect([...readFileSync(path.join(app, 'public/papers.hsk')).subarray(0, 2)]).toEqual([0x1f, 0x8b])
    expect(r.stdout).toContain('papers.hsk: 2 papers; query: 양자화 cache → 1 papers')
    expect(r.stdout).toContain('2405.11001  PocketKV: Compressing the Key-Value Cache of Small Language Models')
    const search = run('npm', ['run', 'search', '--silent', '--', '차트', '설명'], app)
    expect(search.code, search.stderr).toBe(0)
    expect(search.stdout).toContain('2405.11042  Reading Charts Aloud')
  })

  it('a malformed digest fails the build with file:line and leaves the previous index in place', () => {
    const before = readFileSync(path.join(app, 'public/papers.hsk'))
    const bad = path.join(app, 'content/digests/2024/05/21.md')
    writeFileSync(bad, '## Daily Papers (2024-05-21)\n\n### A heading that lost its link\n\nVote: 1\n\n- 링크가 빠진 항목입니다.\n')
    try {
      const r = run('npm', ['run', 'build', '--silent'], app)
      expect(r.code).not.toBe(0)
      expect(r.stderr).toMatch(/content\/digests\/2024\/05\/21\.md:3: error heading-without-link/)
      expect(r.stderr).toContain('nothing written (--strict)')
      expect(r.stdout).not.toContain('papers.hsk: ')
      expect(readFileSync(path.join(app, 'public/papers.hsk'))).toEqual(before)
    } finally {
      rmSync(bad)
    }
  })
})
