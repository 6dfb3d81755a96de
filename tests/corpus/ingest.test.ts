import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { mergePapers, parseDigest } from '../../src/ingest/index.js'
import type { Diagnostic } from '../../src/model/diagnostic.js'
import type { Paper } from '../../src/model/paper.js'

// The real corpus is always beside the repository in CI (../shared); a missing corpus is a failure.
const repoRoot = path.resolve(import.meta.dirname, '../..')
const logs = path.resolve(repoRoot, '../shared/corpus/daily-papers-ko/paper_logs')

/**
 * Rows of papers_list.csv that no digest lists. Reason, from reading the files: on these five days
 * the digest file stops after fewer papers than the CSV has rows for that date (e.g. 2024-04-19.md has
 * 3 headings, the CSV 12 rows); these papers' URLs and titles occur in no file of paper_logs/.
 */
const CSV_ROWS_WITHOUT_DIGEST_ENTRY: Record<string, string[]> = {
  '2023-12-11': ['2312.04655', '2312.04724'],
  '2023-12-12': ['2312.06550'],
  '2024-03-13': ['2403.06634', '2403.06504', '2403.06764', '2403.06738', '2403.06977', '2403.06098', '2403.05812', '2403.06807', '2403.06775'],
  '2024-04-19': ['2404.12387', '2404.12253', '2404.12390', '2404.12347', '2404.11565', '2404.11912', '2404.12318', '2404.12241', '2404.12195'],
  '2024-06-28': ['2406.18629', '2406.19389', '2406.19226', '2406.19215', '2406.19227', '2406.19263', '2406.14909', '2406.08316', '2406.14629'],
}

interface ScannedSection {
  file: string
  line: number
  url: string
  votes: number | null | undefined
  hasAuthors: boolean
}

function listMarkdown(dir: string, base = dir): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listMarkdown(full, base))
    else if (entry.name.endsWith('.md')) out.push(path.relative(base, full).split(path.sep).join('/'))
  }
  return out.sort()
}

/** A plain line scan, independent of the parser: each `### [` heading and its Vote/Authors lines. */
function scanSections(file: string, text: string): ScannedSection[] {
  const sections: ScannedSection[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.startsWith('### [')) {
      const open = line.lastIndexOf('](')
      sections.push({ file, line: i + 1, url: line.slice(open + 2, line.endsWith(')') ? -1 : undefined), votes: undefined, hasAuthors: false })
      return
    }
    const current = sections[sections.length - 1]
    if (!current) return
    if (line.startsWith('Vote: ') && current.votes === undefined) {
      const value = line.slice(6).trim()
      current.votes = /^\d+$/.test(value) ? Number(value) : null
    }
    if (line.startsWith('Authors: ') && line.slice(9).replace(/[[\]'"\s,+]/g, '').length > 0) current.hasAuthors = true
  })
  return sections
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''))
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field])
  return rows
}

const files: string[] = []
const copies: Paper[] = []
const diagnostics: Diagnostic[] = []
const scanned: ScannedSection[] = []

beforeAll(() => {
  expect(existsSync(logs), `the real corpus must be at ${logs}`).toBe(true)
  files.push(...listMarkdown(logs))
  for (const file of files) {
    const bytes = readFileSync(path.join(logs, file))
    const result = parseDigest(new Uint8Array(bytes), { source: file })
    copies.push(...result.papers)
    diagnostics.push(...result.diagnostics)
    scanned.push(...scanSections(file, bytes.toString('utf8')))
  }
})

describe('ingest over the real corpus', () => {
  it('reads all 357 digests with no error (and no warning) diagnostics', () => {
    expect(files).toHaveLength(357)
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([])
  })

  it('returns one paper per "### [" heading before merging', () => {
    expect(scanned.length).toBe(5488)
    expect(copies.length).toBe(scanned.length)
    const byPlace = new Map(copies.map((p) => [`${p.source.file}:${p.source.line}`, p]))
    const wrong = scanned.filter((s) => byPlace.get(`${s.file}:${s.line}`)?.url !== s.url).map((s) => `${s.file}:${s.line}`)
    expect(wrong).toEqual([])
  })

  it('gives every paper a non-empty title, id, date and summary, and clean plain text', () => {
    const markup = /\*\*|`|[\u0000-\u0008\u000b-\u001f\u007f]/
    const problems: string[] = []
    for (const p of copies) {
      const where = `${p.source.file}:${p.source.line}`
      if (p.title.length === 0) problems.push(`${where}: empty title`)
      if (!/^\d{4}\.\d{4,5}$/.test(p.id)) problems.push(`${where}: id ${p.id}`)
      if (p.date !== p.source.file.slice(0, 10).replaceAll('/', '-')) problems.push(`${where}: date ${p.date}`)
      if (p.summary.bullets.length === 0 || p.summary.text.length === 0) problems.push(`${where}: empty summary`)
      for (const text of [p.title, ...p.authors, ...p.summary.bullets, ...p.summary.sections.flatMap((s) => [s.label, s.text])]) {
        if (markup.test(text) || text !== text.trim() || text.length === 0) problems.push(`${where}: unclean text ${JSON.stringify(text.slice(0, 80))}`)
      }
      for (const url of [...p.links.code, ...p.links.project, ...(p.media ? [p.media.url] : [])]) {
        if (!/^https?:\/\/[\x21-\x7e]+$/.test(url)) problems.push(`${where}: url ${url}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('has votes and authors on every paper whose section has them', () => {
    const byPlace = new Map(copies.map((p) => [`${p.source.file}:${p.source.line}`, p]))
    const problems: string[] = []
    let withVotes = 0
    let withAuthors = 0
    for (const s of scanned) {
      const paper = byPlace.get(`${s.file}:${s.line}`)!
      const expectedVotes = typeof s.votes === 'number' ? s.votes : null
      if (expectedVotes !== null) withVotes++
      if (paper.votes !== expectedVotes) problems.push(`${s.file}:${s.line}: votes ${paper.votes} != ${expectedVotes}`)
      if (s.hasAuthors) {
        withAuthors++
        if (paper.authors.length === 0) problems.push(`${s.file}:${s.line}: no authors`)
      }
    }
    expect(problems).toEqual([])
    expect(withVotes).toBeGreaterThan(5000)
    expect(withAuthors).toBeGreaterThan(5400)
  })

  it('finds the three labelled sections wherever the digest writes them', () => {
    const labelled = copies.filter((p) => p.summary.sections.length > 0)
    expect(labelled.length).toBeGreaterThan(4000)
    const missing = labelled.filter((p) => p.summary.sections.some((s) => s.key === 'whatsNew') && !p.summary.whatsNew)
    expect(missing.map((p) => p.id)).toEqual([])
  })

  it('matches every row of papers_list.csv to a parsed paper by url, except the listed rows', () => {
    const rows = parseCsv(readFileSync(path.join(logs, 'papers_list.csv'), 'utf8'))
    expect(rows[0]).toEqual(['date', 'title', 'url'])
    const urls = new Set(copies.map((p) => p.url))
    const listed = new Set(Object.values(CSV_ROWS_WITHOUT_DIGEST_ENTRY).flat())
    const unmatched: string[] = []
    for (const [date, , url] of rows.slice(1)) {
      if (urls.has(url!)) continue
      const id = url!.replace('https://arxiv.org/abs/', '')
      unmatched.push(id)
      expect(CSV_ROWS_WITHOUT_DIGEST_ENTRY[date!] ?? [], `unexpected unmatched CSV row ${date} ${url}`).toContain(id)
    }
    expect(new Set(unmatched)).toEqual(listed)
    // The listed papers really are in no digest: their ids occur in no file.
    const corpusText = files.map((f) => readFileSync(path.join(logs, f), 'utf8')).join('\n')
    expect([...listed].filter((id) => corpusText.includes(id))).toEqual([])
  })

  it('merges the one paper listed on two days, keeping both dates', () => {
    const { papers, diagnostics: merges } = mergePapers(copies)
    expect(papers.length).toBe(copies.length - 1)
    expect(merges).toHaveLength(1)
    expect(merges[0]).toMatchObject({ severity: 'info', code: 'duplicate-merged' })
    const twice = papers.filter((p) => p.dates.length > 1)
    expect(twice.map((p) => [p.id, p.dates])).toEqual([['2410.09342', ['2024-10-16', '2024-10-18']]])
  })
})
