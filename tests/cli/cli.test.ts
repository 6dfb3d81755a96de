// Runs the built CLI (`node dist/cli.js`) as a process. CI builds before testing; locally the build runs
// here when dist/cli.js is missing.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const cli = path.join(root, 'dist/cli.js')
const digests = path.join(root, 'index-data/digests')
let work: string

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' })
  work = mkdtempSync(path.join(tmpdir(), 'hanseek-cli-'))
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('hanseek build', () => {
  it('builds an index from a folder, prints a summary, and writes byte-identical files on rebuild', () => {
    const a = run('build', digests, '-o', 'a.hsk')
    expect(a.code, a.stderr).toBe(0)
    expect(a.stderr).toMatch(/hanseek build: \d+ papers from \d+ files, 0 errors, \d+ warnings, \d+ notes, [\d.]+ s, [\d.]+ KB → a\.hsk/)
    expect(a.stderr).not.toContain('indexing [') // no progress bar when piped
    expect(run('build', digests, '-o', 'b.hsk').code).toBe(0)
    expect(readFileSync(path.join(work, 'a.hsk'))).toEqual(readFileSync(path.join(work, 'b.hsk')))
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('--gzip writes a gzip file that search and stats read', () => {
    expect(run('build', digests, '-o', 'g.hsk', '--gzip').code).toBe(0)
    const bytes = readFileSync(path.join(work, 'g.hsk'))
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b])
    expect(run('stats', 'g.hsk').code).toBe(0)
  })

  it('--lexicon learns the nouns of the summaries, records them in the index, and rebuilds byte-identically', () => {
    const a = run('build', digests, '-o', 'lex-a.hsk', '--lexicon')
    expect(a.code, a.stderr).toBe(0)
    const words = Number(/lexicon of (\d+) words/.exec(a.stderr)?.[1])
    expect(words).toBeGreaterThan(0)
    expect(run('build', digests, '-o', 'lex-b.hsk', '--lexicon').code).toBe(0)
    expect(readFileSync(path.join(work, 'lex-a.hsk'))).toEqual(readFileSync(path.join(work, 'lex-b.hsk')))
    const stats = JSON.parse(run('stats', 'lex-a.hsk', '--json').stdout) as { analyzer: { options: { lexicon?: string } } }
    expect(stats.analyzer.options.lexicon?.split(' ').length).toBe(words)
    expect(readFileSync(path.join(work, 'lex-a.hsk'))).not.toEqual(readFileSync(path.join(work, 'a.hsk')))
  })

  it('--strict exits 1 on error diagnostics without writing; without it the good papers are indexed', () => {
    const dir = path.join(work, 'bad', '2024', '05')
    mkdirSync(dir, { recursive: true })
    // A digest with one good entry and one heading without a link (an error diagnostic).
    writeFileSync(
      path.join(dir, '01.md'),
      '## Daily Papers (2024-05-01)\n\n### [Tiny Test Paper](https://arxiv.org/abs/2405.00001)\n\nVote: 3\n\nAuthors: Test Person\n\n- 작은 테스트 논문입니다.\n\n### Heading Without Link\n\nVote: 2\n\n- 링크가 없습니다.\n',
    )
    const bad = path.join(work, 'bad')
    const strict = run('build', bad, '-o', 'strict.hsk', '--strict')
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/01\.md:\d+: error heading-without-link/)
    expect(strict.stderr).toContain('nothing written (--strict)')
    expect(existsSync(path.join(work, 'strict.hsk'))).toBe(false)
    const lenient = run('build', bad, '-o', 'lenient.hsk')
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toMatch(/1 papers from 1 files, 1 errors/)
    expect(run('search', 'lenient.hsk', '테스트', '--json').stdout).toContain('2405.00001')
  })

  it('exits 2 with a message for bad arguments and missing folders', () => {
    for (const args of [['build'], ['build', digests], ['build', digests, '-o', 'x.hsk', '--bogus']]) {
      const r = run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/^hanseek: /)
    }
    const missing = run('build', 'no/such/folder', '-o', 'x.hsk')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no/such/folder')
  })

  it('creates a missing output folder', () => {
    const target = path.join(work, 'new-dir', 'nested', 'x.hsk')
    const r = run('build', digests, '-o', target)
    expect(r.code).toBe(0)
    expect(readFileSync(target).equals(readFileSync(path.join(work, 'a.hsk')))).toBe(true)
  })

  it('reports an unwritable destination with exit 1', () => {
    writeFileSync(path.join(work, 'plain-file'), 'not a folder')
    const r = run('build', digests, '-o', path.join(work, 'plain-file', 'sub', 'x.hsk'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/hanseek: cannot write .*x\.hsk: cannot create its folder/)
  })

  it('--help prints usage and exits 0', () => {
    for (const cmd of ['build', 'search', 'stats']) {
      const r = run(cmd, '--help')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`Usage: hanseek ${cmd}`)
    }
  })
})

describe('hanseek search', () => {
  beforeAll(() => {
    expect(run('build', digests, '-o', 'idx.hsk').code).toBe(0)
  })

  it('prints a readable table with facets', () => {
    const r = run('search', 'idx.hsk', '양자화', '--facets', 'year,author', '--limit', '3')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^\d+ papers match \(hits 1-3\)/)
    expect(r.stdout).toContain('score  date')
    expect(r.stdout).toMatch(/\nyear: \d{4} \(\d+\)/)
    expect(r.stdout).toMatch(/\nauthor: /)
  })

  it('prints JSON with --json, honouring limit, offset and sort', () => {
    const all = JSON.parse(run('search', 'idx.hsk', '', '--json', '--limit', '100').stdout)
    expect(all.total).toBeGreaterThan(5)
    const page = JSON.parse(run('search', 'idx.hsk', '', '--json', '--limit', '2', '--offset', '2').stdout)
    expect(page.hits.map((h: { id: string }) => h.id)).toEqual(all.hits.slice(2, 4).map((h: { id: string }) => h.id))
    const byVotes = JSON.parse(run('search', 'idx.hsk', '', '--json', '--sort', 'votes', '--limit', '3').stdout)
    const votes = byVotes.hits.map((h: { paper: { votes: number | null } }) => h.paper.votes ?? -1)
    expect(votes).toEqual([...votes].sort((a: number, b: number) => b - a))
  })

  it('searches the sample index when no index is given', () => {
    const r = run('search', '언어 모델 양자화', '--json', '--limit', '1')
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).total).toBeGreaterThan(0)
  })

  it('bypasses a stale sample index file with a warning and searches the sample digests', () => {
    // A package root of its own, so the repository's sample index is left alone.
    const pkg = path.join(work, 'stale-pkg')
    mkdirSync(path.join(pkg, 'dist'), { recursive: true })
    mkdirSync(path.join(pkg, 'index-data'), { recursive: true })
    writeFileSync(path.join(pkg, 'package.json'), '{ "name": "stale-pkg", "type": "module" }')
    writeFileSync(path.join(pkg, 'dist', 'cli.js'), readFileSync(cli))
    symlinkSync(path.join(root, 'node_modules'), path.join(pkg, 'node_modules'))
    symlinkSync(digests, path.join(pkg, 'index-data', 'digests'))
    writeFileSync(path.join(pkg, 'index-data', 'sample-index.hsk'), 'not an index from this version')
    const r = spawnSync(process.execPath, [path.join(pkg, 'dist', 'cli.js'), 'search', '언어 모델 양자화', '--json', '--limit', '1'], { cwd: work, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/^hanseek: .*sample-index\.hsk cannot be used \(foreign\); searching the sample digests instead/)
    expect(JSON.parse(r.stdout).total).toBeGreaterThan(0)
  })

  it('exits 2 for bad arguments, a bad query or a missing index; 1 for a file that is not an index', () => {
    expect(run('search').code).toBe(2)
    expect(run('search', 'idx.hsk', 'x', 'y').code).toBe(2)
    expect(run('search', 'idx.hsk', 'x', '--limit', 'ten').code).toBe(2)
    expect(run('search', 'idx.hsk', 'x', '--facets', 'colour').code).toBe(2)
    expect(run('search', 'idx.hsk', 'x', '--sort', 'random').code).toBe(2)
    const badQuery = run('search', 'idx.hsk', 'year:20x4')
    expect(badQuery.code).toBe(2)
    expect(badQuery.stderr).toMatch(/^hanseek: /)
    const missing = run('search', 'nope.hsk', 'x')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.hsk')
    writeFileSync(path.join(work, 'not-an-index.hsk'), 'hello world, this is not an index file')
    const foreign = run('search', 'not-an-index.hsk', 'x')
    expect(foreign.code).toBe(1)
    expect(foreign.stderr).toMatch(/not a hanseek index file/)
  })
})

describe('hanseek stats', () => {
  it('shows counts, fields, analyzer and build date; --json for machines', () => {
    expect(run('build', digests, '-o', 's.hsk').code).toBe(0)
    const r = run('stats', 's.hsk')
    expect(r.code).toBe(0)
    for (const label of ['papers', 'authors', 'terms', 'fields', 'analyzer', 'build date']) expect(r.stdout).toContain(label)
    const json = JSON.parse(run('stats', 's.hsk', '--json').stdout)
    expect(json.papers).toBeGreaterThan(0)
    expect(json.analyzer.name).toBe('hanseek-ko')
    expect(json.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('exits 2 without a file or for a missing one, 1 for a corrupt one', () => {
    expect(run('stats').code).toBe(2)
    expect(run('stats', 'missing.hsk').code).toBe(2)
    const bytes = readFileSync(path.join(work, 's.hsk'))
    writeFileSync(path.join(work, 'truncated.hsk'), bytes.subarray(0, bytes.length - 7))
    const r = run('stats', 'truncated.hsk')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/truncated/)
  })
})
