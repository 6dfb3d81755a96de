import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { tempFileOwner, writeFileAtomic } from '../../../src/node/write-file-atomic.js'

const dir = mkdtempSync(path.join(tmpdir(), 'hanseek-stale-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('tempFileOwner', () => {
  it.each<[string, number | undefined]>([
    ['.papers.hsk.1234.0123456789ab.tmp', 1234],
    ['.papers.hsk.1234.0123456789ab.tmp.bak', undefined],
    ['.papers.hsk.x.0123456789ab.tmp', undefined],
    ['.other.hsk.1234.0123456789ab.tmp', undefined],
    ['papers.hsk', undefined],
    ['.papers.hsk.1234.short.tmp', undefined],
  ])('%s', (name, pid) => {
    expect(tempFileOwner(name, 'papers.hsk')).toBe(pid)
  })
})

describe('writeFileAtomic and temporary files left by killed writers', () => {
  it('removes those of dead processes for the same target, keeps live ones and other files', async () => {
    // A pid that surely belongs to no running process: a child that has already exited.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    const stale = `.papers.hsk.${dead}.0123456789ab.tmp`
    const live = `.papers.hsk.${process.ppid}.0123456789ab.tmp`
    const otherTarget = `.other.hsk.${dead}.0123456789ab.tmp`
    for (const name of [stale, live, otherTarget, 'notes.txt']) writeFileSync(path.join(dir, name), 'x')
    await writeFileAtomic(path.join(dir, 'papers.hsk'), 'index bytes')
    expect(readdirSync(dir).sort()).toEqual([live, otherTarget, 'notes.txt', 'papers.hsk'].sort())
  })
})
