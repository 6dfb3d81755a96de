// Nothing lost: `hanseek build` killed with SIGKILL at seeded random moments leaves the previous index
// file intact and loadable (or, when the kill came after the rename, the complete new one); an
// unwritable target gives a clear error, exit status 1, and leaves what was there.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mulberry32 } from '../../bench/synthetic-corpus.js'
import { loadIndex } from '../../src/query/paper-index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/cli.js')
const sampleDigests = path.join(root, 'index-data/digests')
// One year of the real corpus: long enough a build (seconds) to be killed in every phase.
const corpusYear = path.resolve(root, '../shared/corpus/daily-papers-ko/paper_logs/2023')
const KILLS = 5

let work: string

function build(inputs: string, output: string): { status: number; stderr: string; ms: number } {
  const started = performance.now()
  try {
    execFileSync(process.execPath, [cli, 'build', inputs, '-o', output, '-q'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    return { status: 0, stderr: '', ms: performance.now() - started }
  } catch (error) {
    const e = error as { status: number; stderr: string }
    return { status: e.status, stderr: e.stderr, ms: performance.now() - started }
  }
}

/** Starts a build and SIGKILLs it after `delayMs` (if still running). Resolves with how it ended. */
function buildKilledAfter(inputs: string, output: string, delayMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', inputs, '-o', output, '-q'], { stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished')
    })
  })
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
  work = mkdtempSync(path.join(tmpdir(), 'hanseek-build-kill-'))
})
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('hanseek build under SIGKILL', () => {
  it('leaves the previous index (or the complete new one) at every seeded kill moment', async () => {
    const reference = path.join(work, 'reference.hsk')
    const full = build(corpusYear, reference)
    expect(full.status, full.stderr).toBe(0)
    const newBytes = readFileSync(reference)

    const target = path.join(work, 'papers.hsk')
    const random = mulberry32(2024)
    const outcomes: string[] = []
    // The previous index: the small sample, so old and new files are told apart by their bytes.
    expect(build(sampleDigests, target).status).toBe(0)
    const oldBytes = readFileSync(target)
    for (let k = 0; k < KILLS; k++) {
      writeFileSync(target, oldBytes)
      const delay = Math.round(100 + random() * full.ms * 1.1)
      const ended = await buildKilledAfter(corpusYear, target, delay)
      const now = readFileSync(target)
      const which = now.equals(oldBytes) ? 'old' : now.equals(newBytes) ? 'new' : 'other'
      expect(which, `kill at ${delay} ms left a file that is neither the old nor the new index`).not.toBe('other')
      if (ended === 'killed') expect(['old', 'new']).toContain(which)
      expect(loadIndex(new Uint8Array(now)).size).toBeGreaterThan(0)
      outcomes.push(`${delay} ms: ${ended}, ${which} file`)
    }
    // And one kill aimed at the write itself: as soon as the temporary file appears.
    writeFileSync(target, oldBytes)
    const child = spawn(process.execPath, [cli, 'build', corpusYear, '-o', target, '-q'], { stdio: 'ignore' })
    const exited = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    let sawTemp = false
    const poll = setInterval(() => {
      if (readdirSync(work).some((name) => name.startsWith('.papers.hsk.') && name.endsWith('.tmp'))) {
        sawTemp = true
        child.kill('SIGKILL')
        clearInterval(poll)
      }
    }, 1)
    const signal = await exited
    clearInterval(poll)
    const afterWriteKill = readFileSync(target)
    const which = afterWriteKill.equals(oldBytes) ? 'old' : afterWriteKill.equals(newBytes) ? 'new' : 'other'
    expect(which).not.toBe('other')
    expect(loadIndex(new Uint8Array(afterWriteKill)).size).toBeGreaterThan(0)
    outcomes.push(`on the temporary file: ${signal === 'SIGKILL' ? 'killed' : 'finished'}${sawTemp ? '' : ' (temp file not seen)'}, ${which} file`)

    // A SIGKILL cannot run cleanup: a temporary file may stay behind, but never under the target's name.
    const leftovers = readdirSync(work).filter((name) => name.endsWith('.tmp'))
    for (const name of leftovers) expect(name.startsWith('.papers.hsk.')).toBe(true)
    console.log(`[reliability] build-kill: ${KILLS + 1} kills (full build ${full.ms.toFixed(0)} ms), 0 failures: ${outcomes.join('; ')}; ${leftovers.length} temporary files left by SIGKILL`)
  })
})

describe('hanseek build to an unwritable target', () => {
  const cases: { name: string; target: () => string; before?: () => void; after?: () => void }[] = [
    {
      name: 'a path through a regular file (ENOTDIR)',
      before: () => writeFileSync(path.join(work, 'plain-file'), 'not a folder'),
      target: () => path.join(work, 'plain-file', 'papers.hsk'),
      after: () => expect(readFileSync(path.join(work, 'plain-file'), 'utf8')).toBe('not a folder'),
    },
    {
      name: 'a target that is an existing folder',
      before: () => {
        mkdirSync(path.join(work, 'a-folder'), { recursive: true })
        writeFileSync(path.join(work, 'a-folder', 'keep.txt'), 'kept')
      },
      target: () => path.join(work, 'a-folder'),
      after: () => expect(readFileSync(path.join(work, 'a-folder', 'keep.txt'), 'utf8')).toBe('kept'),
    },
    { name: 'a file under /proc', target: () => '/proc/version' },
  ]

  it.each(cases)('$name: clear error, exit 1, nothing replaced, no temporary file', ({ target, before, after }) => {
    before?.()
    const result = build(sampleDigests, target())
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`hanseek: cannot write ${target()}`)
    expect(result.stderr).not.toMatch(/\n\s+at /) // a message, not a stack trace
    after?.()
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp') && !name.startsWith('.papers.hsk.'))).toEqual([])
  })
})
