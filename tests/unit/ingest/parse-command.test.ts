import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const samples = path.join(repoRoot, 'index-data/digests')
let dir = ''

function hanseek(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/main.ts'), 'parse', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hanseek-parse-cli-'))
  writeFileSync(path.join(dir, '2024-02-15.md'), '## Daily Papers (2024-02-15)\n\n### No Link Here\n\n- 요약.\n\n### [Ok](https://arxiv.org/abs/2402.00001)\n\n- 요약.\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('hanseek parse', () => {
  it('prints NDJSON papers on stdout and a one-line summary on stderr', () => {
    const run = hanseek(samples, '--ndjson')
    expect(run.status).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    const papers = lines.map((l) => JSON.parse(l) as { id: string; dates: string[] })
    expect(papers.length).toBeGreaterThanOrEqual(40)
    expect(run.stderr.trim()).toMatch(/^hanseek parse: \d+ files, \d+ papers, [1-9]\d* merged duplicates, 0 warnings, 0 errors$/)
    expect(run.stderr).toContain(`${papers.length} papers`)
  })

  it('prints a JSON array by default', () => {
    const run = hanseek(path.join(samples, '2024/10/18.md'))
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(5)
  })

  it('lists diagnostics, keeps good papers, and exits 1 on errors only under --strict', () => {
    const loose = hanseek(dir, '--json')
    expect(loose.status).toBe(0)
    expect(JSON.parse(loose.stdout)).toHaveLength(1)
    expect(loose.stderr).toContain('2024-02-15.md:3: error heading-without-link:')
    expect(loose.stderr).toMatch(/1 errors\n$/)
    expect(hanseek(dir, '--strict').status).toBe(1)
  })

  it.each([
    [['--json', '--ndjson', samples], /cannot be used together/],
    [[], /give at least one digest file or folder/],
    [['--frobnicate', samples], /Unknown option '--frobnicate'/],
    [['/no/such/dir'], /hanseek: no such file or folder: \/no\/such\/dir/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const run = hanseek(...args)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
  })

  it('--help prints usage and exits 0', () => {
    const run = hanseek('--help')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Usage: hanseek parse <files or folders...> [--json | --ndjson] [--strict]')
  })
})
