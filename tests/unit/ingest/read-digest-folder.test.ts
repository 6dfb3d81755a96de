import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HanseekError } from '../../../src/model/errors.js'
import { findDigestFiles, readDigestFolder, readDigestInputs } from '../../../src/node/index.js'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hanseek-ingest-'))
  mkdirSync(path.join(dir, '2024/02'), { recursive: true })
  mkdirSync(path.join(dir, '.hidden'), { recursive: true })
  writeFileSync(path.join(dir, '2024/02/16.md'), '## Daily Papers (2024-02-16)\n\n### [B](https://arxiv.org/abs/2402.00002)\n\n- 둘째 날.\n')
  writeFileSync(path.join(dir, '2024/02/15.md'), '## Daily Papers (2024-02-15)\n\n### [A](https://arxiv.org/abs/2402.00001)\n\n- 첫날.\n')
  writeFileSync(path.join(dir, '2024/02/17.md'), Buffer.from([0xff, 0x0a]))
  writeFileSync(path.join(dir, '2024/02/notes.txt'), 'not markdown')
  writeFileSync(path.join(dir, '.hidden/2024-02-18.md'), '## Daily Papers (2024-02-18)\n')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readDigestFolder', () => {
  it('reads every *.md recursively in sorted order, as bytes, with folder-relative sources', async () => {
    const files = await findDigestFiles([dir], { relativeToFolder: true })
    expect(files.map((f) => f.source)).toEqual(['2024/02/15.md', '2024/02/16.md', '2024/02/17.md'])
    const { papers, diagnostics, stats } = await readDigestFolder(dir)
    expect(papers.map((p) => [p.id, p.date, p.source.file])).toEqual([
      ['2402.00001', '2024-02-15', '2024/02/15.md'],
      ['2402.00002', '2024-02-16', '2024/02/16.md'],
    ])
    expect(diagnostics.map((d) => [d.file, d.code]).sort()).toEqual([
      ['2024/02/17.md', 'invalid-utf8'],
      ['2024/02/17.md', 'not-a-digest'],
      ['2024/02/17.md', 'orphan-content'],
    ])
    expect(stats).toMatchObject({ files: 3, papers: 2, errors: 2 })
  })

  it('reads a mix of files and folders, naming folder files by the folder path as given', async () => {
    const folder = path.join(dir, '2024')
    const inputs = await readDigestInputs([path.join(dir, '2024/02/16.md'), folder])
    const posix = (p: string): string => p.split(path.sep).join('/')
    expect(inputs.map((i) => i.source)).toEqual([
      posix(path.join(dir, '2024/02/16.md')),
      `${posix(folder)}/02/15.md`,
      `${posix(folder)}/02/16.md`,
      `${posix(folder)}/02/17.md`,
    ])
    expect(inputs.every((i) => i.content instanceof Uint8Array)).toBe(true)
  })

  it('throws a HanseekError naming a missing path', async () => {
    await expect(readDigestFolder(path.join(dir, 'nope'))).rejects.toThrow(HanseekError)
    await expect(readDigestFolder(path.join(dir, 'nope'))).rejects.toThrow(/^hanseek: no such file or folder: .*nope$/)
  })

  it('parses the sample digests shipped in index-data/ without errors or warnings', async () => {
    const { papers, diagnostics, stats } = await readDigestFolder(path.join(repoRoot, 'index-data/digests'))
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(stats.files).toBeGreaterThanOrEqual(6)
    expect(papers.length).toBeGreaterThanOrEqual(40)
    expect(stats.mergedDuplicates).toBeGreaterThanOrEqual(1)
    const kinds = new Set(papers.map((p) => p.media?.kind ?? 'none'))
    expect(kinds).toEqual(new Set(['image', 'video', 'none']))
    expect(papers.some((p) => p.dates.length > 1)).toBe(true)
    expect(papers.some((p) => p.moreAuthors)).toBe(true)
    expect(papers.some((p) => p.links.code.length > 0 && p.links.project.length === 0)).toBe(true)
  })
})
