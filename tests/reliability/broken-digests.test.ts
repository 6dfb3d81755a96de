// The corpus of broken digests (tests/fixtures/broken-digests, written by us): each file gives exactly
// the diagnostics in the table (code and line), and every good paper in it is parsed AND indexed.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDigest, parseDigests } from '../../src/ingest/index.js'
import { buildIndex } from '../../src/build/index.js'
import { reportCounts } from './support.js'

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/broken-digests')
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(folder, name)))

interface Row {
  file: string
  /** The path the digest is parsed under (its date must match unless the row is about dates). */
  source: string
  /** `code@line` of every diagnostic, in order. */
  diagnostics: string[]
  /** Good papers: id → a word of the title that must find it. */
  good: Record<string, string>
  /** Papers that must not come out. */
  dropped?: string[]
}

const TABLE: Row[] = [
  { file: 'truncated.md', source: '2024/01/15.md', diagnostics: ['heading-without-link@10'], good: { '2401.20001': 'lighthouse' } },
  {
    file: 'binary-garbage.md',
    source: '2024/01/16.md',
    diagnostics: ['invalid-utf8@7', 'invalid-utf8@8', 'invalid-utf8@9'],
    good: { '2401.20002': 'granite', '2401.20003': 'copper' },
  },
  { file: 'invalid-utf8.md', source: '2024/01/17.md', diagnostics: ['invalid-utf8@7'], good: { '2401.20004': 'velvet' } },
  {
    file: 'heading-without-link.md',
    source: '2024/01/18.md',
    diagnostics: ['heading-without-link@7'],
    good: { '2401.20005': 'meadow', '2401.20006': 'harbor' },
  },
  {
    file: 'wrong-dates.md',
    source: '2024/01/20.md',
    diagnostics: ['bad-day-heading@1', 'date-mismatch@7'],
    good: { '2401.20009': 'lantern', '2401.20010': 'ember' },
  },
  {
    file: 'hostile-links.md',
    source: '2024/01/21.md',
    diagnostics: ['invalid-paper-url@3', 'invalid-paper-url@7', 'unparsable-votes@15'],
    good: { '2401.20011': 'quartz' },
  },
  { file: 'empty.md', source: '2024/01/22.md', diagnostics: ['empty-file@1'], good: {} },
]

describe('broken digests', () => {
  const allGood: Record<string, string> = {}

  it.each(TABLE)('$file gives its diagnostics and keeps its good papers', ({ file, source, diagnostics, good }) => {
    const result = parseDigest(bytesOf(file), { source })
    expect(result.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(diagnostics)
    for (const d of result.diagnostics) expect(d.file).toBe(source)
    expect(result.papers.map((p) => p.id).sort()).toEqual(Object.keys(good).sort())
    Object.assign(allGood, good)
  })

  it('keeps the truncated file’s summary and the dates the headings give', () => {
    const [paper] = parseDigest(bytesOf('truncated.md'), { source: '2024/01/15.md' }).papers
    expect(paper!.votes).toBe(12)
    expect(paper!.summary.whatsNew).toContain('등대처럼')
    const dated = parseDigest(bytesOf('wrong-dates.md'), { source: '2024/01/20.md' }).papers
    // The impossible 2024-02-30 heading falls back to the path's date; the valid heading wins over it.
    expect(dated.map((p) => p.date)).toEqual(['2024-01-20', '2023-12-31'])
    const garbled = parseDigest(bytesOf('invalid-utf8.md'), { source: '2024/01/17.md' }).papers[0]!
    expect(garbled.summary.text).toContain('\ufffd')
    expect(garbled.summary.text).toContain('두 번째 줄은 멀쩡합니다')
  })

  it('duplicate ids with conflicting data merge into one paper (latest copy wins) with a diagnostic', () => {
    const result = parseDigests([{ source: '2024/01/19.md', content: bytesOf('duplicate-conflict.md') }])
    expect(result.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['duplicate-merged@11'])
    expect(result.papers.map((p) => p.id)).toEqual(['2401.20007', '2401.20008'])
    const merged = result.papers[0]!
    expect(merged.title).toBe('Orchard Reward Models, Revised Title')
    expect(merged.votes).toBe(40)
    expect(merged.authors).toEqual(['Kim Minji', 'Lee Jiho'])
    Object.assign(allGood, { '2401.20007': 'orchard', '2401.20008': 'pebble' })
  })

  it('every good paper of every broken file is indexed and searchable', () => {
    const result = parseDigests([
      ...TABLE.map((row) => ({ source: row.source, content: bytesOf(row.file) })),
      { source: '2024/01/19.md', content: bytesOf('duplicate-conflict.md') },
    ])
    const index = buildIndex(result.papers)
    expect(index.size).toBe(Object.keys(allGood).length)
    for (const [id, word] of Object.entries(allGood)) {
      expect(index.search(word).hits.map((h) => h.id), `${id} by "${word}"`).toContain(id)
    }
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    reportCounts('broken digest corpus', TABLE.length + 1, 0, `${Object.keys(allGood).length} good papers indexed, ${result.diagnostics.length} diagnostics (${errors} errors)`)
  })
})
