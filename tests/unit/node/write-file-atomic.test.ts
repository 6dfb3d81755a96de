import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HanseekError } from '../../../src/model/errors.js'
import { buildIndex } from '../../../src/build/index.js'
import { readIndexFile, writeFileAtomic } from '../../../src/node/index.js'
import { fixturePapers } from '../index/fixtures.js'

const dir = mkdtempSync(path.join(tmpdir(), 'hanseek-atomic-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const file = path.join(dir, 'a.bin')
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]))
    expect([...readFileSync(file)]).toEqual([1, 2, 3])
    writeFileSync(file, 'old content')
    await writeFileAtomic(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('fails with a HanseekError naming the file and reason, and cleans up', async () => {
    const missing = path.join(dir, 'no-such-dir', 'x.bin')
    await expect(writeFileAtomic(missing, 'x')).rejects.toThrow(/^hanseek: cannot write .*x\.bin: its folder does not exist/)
    const target = path.join(dir, 'is-a-dir')
    mkdirSync(target)
    await expect(writeFileAtomic(target, 'x')).rejects.toBeInstanceOf(HanseekError)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('readIndexFile', () => {
  it('reads what was written, and names a missing file', async () => {
    const file = path.join(dir, 'papers.hsk')
    const index = buildIndex(fixturePapers())
    await writeFileAtomic(file, index.serialize({ gzip: true }))
    const loaded = await readIndexFile(file)
    expect(loaded.search('양자화').hits.map((h) => h.id)).toEqual(index.search('양자화').hits.map((h) => h.id))
    await expect(readIndexFile(path.join(dir, 'nope.hsk'))).rejects.toThrow(/nope\.hsk: no such file/)
  })
})
