import { describe, expect, it } from 'vitest'
import { parseDigest } from '../../../src/ingest/index.js'

// Each case: a digest with one problem, the diagnostics it must produce (severity, code, line), and
// the papers that must still come out.
const good = (n: number): string => `### [Good ${n}](https://arxiv.org/abs/2402.0000${n})\n\n- 요약 ${n}.\n`
const head = '## Daily Papers (2024-02-15)\n\n'

interface Case {
  name: string
  input: string | Uint8Array
  source?: string
  diagnostics: Array<[string, string, number]>
  papers: string[]
}

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)]

const cases: Case[] = [
  { name: 'empty file', input: '', diagnostics: [['warning', 'empty-file', 1]], papers: [] },
  { name: 'whitespace-only file', input: ' \n\n\t\n', diagnostics: [['warning', 'empty-file', 1]], papers: [] },
  { name: 'not a digest (prose)', input: '# Notes\n\nJust some text.\n', diagnostics: [['warning', 'unexpected-heading', 1], ['warning', 'orphan-content', 3], ['error', 'not-a-digest', 1]], papers: [] },
  { name: 'day heading but no papers', input: `${head}오늘은 논문이 없습니다.\n`, diagnostics: [['error', 'not-a-digest', 1], ['warning', 'orphan-content', 3]], papers: [] },
  {
    name: 'heading without link',
    input: `${head}${good(1)}\n### A Paper Without Link\n\nVote: 3\n\n- 요약.\n\n${good(2)}`,
    diagnostics: [['error', 'heading-without-link', 7]],
    papers: ['2402.00001', '2402.00002'],
  },
  {
    name: 'heading linking to a relative url',
    input: `${head}### [Local](papers/x.html)\n\n- 요약.\n\n${good(1)}`,
    diagnostics: [['error', 'invalid-paper-url', 3]],
    papers: ['2402.00001'],
  },
  {
    name: 'heading with text around its link (recovered)',
    input: `${head}### 1. [Numbered](https://arxiv.org/abs/2402.00005)\n\n- 요약.\n`,
    diagnostics: [['warning', 'heading-link-recovered', 3]],
    papers: ['2402.00005'],
  },
  {
    name: 'heading with a bare url (recovered)',
    input: `${head}### Bare Title https://arxiv.org/abs/2402.00006\n\n- 요약.\n`,
    diagnostics: [['warning', 'heading-link-recovered', 3]],
    papers: ['2402.00006'],
  },
  {
    name: 'empty title',
    input: `${head}### [](https://arxiv.org/abs/2402.00003)\n\n- 요약.\n`,
    diagnostics: [['warning', 'empty-title', 3]],
    papers: ['2402.00003'],
  },
  {
    name: 'unparsable votes',
    input: `${head}### [V](https://arxiv.org/abs/2402.00007)\n\nVote: many\n\n- 요약.\n\n${good(1)}`,
    diagnostics: [['warning', 'unparsable-votes', 5]],
    papers: ['2402.00007', '2402.00001'],
  },
  {
    name: 'malformed python author list',
    input: `${head}### [A](https://arxiv.org/abs/2402.00008)\n\nAuthors: ['Kim', Lee\n\n- 요약.\n`,
    diagnostics: [['warning', 'unparsable-authors', 5]],
    papers: ['2402.00008'],
  },
  {
    name: 'empty summary',
    input: `${head}### [E](https://arxiv.org/abs/2402.00009)\n\nVote: 1\n\n${good(1)}`,
    diagnostics: [['warning', 'empty-summary', 3]],
    papers: ['2402.00009', '2402.00001'],
  },
  {
    name: 'date heading mismatching the file path',
    input: `## Daily Papers (2024-02-16)\n\n${good(1)}`,
    diagnostics: [['warning', 'date-mismatch', 1]],
    papers: ['2402.00001'],
  },
  {
    name: 'impossible date in the day heading',
    input: `## Daily Papers (2024-02-31)\n\n${good(1)}`,
    diagnostics: [['warning', 'bad-day-heading', 1], ['warning', 'missing-day-heading', 1]],
    papers: ['2402.00001'],
  },
  {
    name: 'two different day headings',
    input: `${head}${good(1)}\n## Daily Papers (2024-02-14)\n\n${good(2)}`,
    diagnostics: [['warning', 'conflicting-day-headings', 7], ['warning', 'date-mismatch', 7]],
    papers: ['2402.00001', '2402.00002'],
  },
  {
    name: 'no day heading and no date in the path',
    source: 'notes.md',
    input: `${good(1)}`,
    diagnostics: [['warning', 'missing-day-heading', 1], ['error', 'undated-paper', 1]],
    papers: [],
  },
  {
    name: 'content before the first paper heading',
    input: `${head}머리말 문단입니다.\n\n${good(1)}`,
    diagnostics: [['warning', 'orphan-content', 3]],
    papers: ['2402.00001'],
  },
  {
    name: 'unexpected level-2 heading between papers',
    input: `${head}${good(1)}\n## 관련 연구\n\n${good(2)}`,
    diagnostics: [['warning', 'unexpected-heading', 7]],
    papers: ['2402.00001', '2402.00002'],
  },
  {
    name: 'invalid UTF-8 bytes',
    input: new Uint8Array([...utf8(`${head}### [Bad `), 0xff, 0xfe, ...utf8(`Bytes](https://arxiv.org/abs/2402.00004)\n\n- 요약.\n\n${good(1)}`)]),
    diagnostics: [['error', 'invalid-utf8', 3]],
    papers: ['2402.00004', '2402.00001'],
  },
  {
    name: 'lone surrogates in a string',
    input: `${head}### [Lone \uD800 surrogate](https://arxiv.org/abs/2402.00004)\n\n- 요약 \uDC00.\n\n${good(1)}`,
    diagnostics: [['error', 'invalid-utf8', 3], ['error', 'invalid-utf8', 5]],
    papers: ['2402.00004', '2402.00001'],
  },
  {
    name: 'binary garbage',
    input: new Uint8Array([0x00, 0xff, 0x13, 0x80, 0x0a, 0xc3]),
    diagnostics: [['error', 'invalid-utf8', 1], ['error', 'invalid-utf8', 2], ['error', 'not-a-digest', 1], ['warning', 'orphan-content', 1]],
    papers: [],
  },
]

function byLine(a: [string, string, number], b: [string, string, number]): number {
  return a[2] - b[2]
}

describe('parseDigest: bad input never throws, is reported, keeps good entries', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = parseDigest(c.input, { source: c.source ?? '2024/02/15.md' })
    const got = result.diagnostics.map((d) => [d.severity, d.code, d.line] as [string, string, number])
    expect([...got].sort((a, b) => byLine(a, b) || a[1].localeCompare(b[1]))).toEqual([...c.diagnostics].sort((a, b) => byLine(a, b) || a[1].localeCompare(b[1])))
    expect(result.papers.map((p) => p.id)).toEqual(c.papers)
    for (const d of result.diagnostics) {
      expect(d.file).toBe(c.source ?? '2024/02/15.md')
      expect(d.message.length).toBeGreaterThan(0)
    }
  })

  it('reports at most five invalid-UTF-8 lines and says how many more', () => {
    const bytes: number[] = []
    for (let i = 0; i < 8; i++) bytes.push(0xff, 0x0a)
    const codes = parseDigest(new Uint8Array(bytes), { source: 'x.md' }).diagnostics.filter((d) => d.code === 'invalid-utf8')
    expect(codes).toHaveLength(5)
    expect(codes[4]!.message).toContain('3 more lines')
  })

  it('survives random Markdown-ish noise without throwing', () => {
    let seed = 42
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
    const pieces = ['### [', '](', 'https://arxiv.org/abs/2401.0000', ')', '\n', '- ', '**', '*', 'Vote: ', 'Authors: [', "'", '<video src="', '![](', '## Daily Papers (2024-01-0', '`', '양자화', '\t', '\\']
    for (let i = 0; i < 200; i++) {
      let text = ''
      const n = 5 + Math.floor(next() * 60)
      for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)]!
      const result = parseDigest(text, { source: '2024/01/01.md' })
      for (const p of result.papers) {
        expect(p.title).not.toMatch(/\*\*|`|[\u0000-\u0008]/)
        expect(p.url).toMatch(/^https?:\/\//)
      }
    }
  })
})
