import { describe, expect, it } from 'vitest'
import { mergePapers, parseDigests } from '../../../src/ingest/index.js'

const digest = (date: string, body: string): string => `## Daily Papers (${date})\n\n${body}`
const paper = (id: string, opts: { title?: string; votes?: string; authors?: string; media?: string; summary?: string } = {}): string =>
  [
    `### [${opts.title ?? `Paper ${id}`}](https://arxiv.org/abs/${id})`,
    opts.media ?? '',
    opts.votes !== undefined ? `Vote: ${opts.votes}` : '',
    opts.authors !== undefined ? `Authors: ${opts.authors}` : '',
    opts.summary ?? '- 요약.',
    '',
  ].join('\n\n')

describe('parseDigests: merging a paper listed on several days', () => {
  const day1 = { source: '2024/10/16.md', content: digest('2024-10-16', paper('2410.00001', { votes: '12', authors: 'A Kim, B Lee', media: '![](https://x.io/old.png)' }) + paper('2410.00002', { votes: '3' })) }
  const day2 = { source: '2024/10/18.md', content: digest('2024-10-18', paper('2410.00003', { votes: '5' }) + paper('2410.00001', { title: 'Renamed', votes: '35', authors: "['A Kim', 'B Lee', 'C Park']" })) }

  it('keeps every date, takes fields from the latest copy, and reports the merge', () => {
    const { papers, diagnostics, stats } = parseDigests([day2, day1])
    expect(papers.map((p) => p.id)).toEqual(['2410.00001', '2410.00002', '2410.00003'])
    const merged = papers[0]!
    expect(merged).toMatchObject({
      title: 'Renamed',
      date: '2024-10-16',
      dates: ['2024-10-16', '2024-10-18'],
      votes: 35,
      authors: ['A Kim', 'B Lee', 'C Park'],
      // The latest copy has no media, so the latest copy that has one supplies it.
      media: { kind: 'image', url: 'https://x.io/old.png' },
      source: { file: '2024/10/18.md', line: 13 },
    })
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'duplicate-merged', file: '2024/10/18.md', line: 13 }),
    ])
    expect(stats).toEqual({ files: 2, papers: 3, papersBeforeMerge: 4, mergedDuplicates: 1, errors: 0, warnings: 0, infos: 1 })
  })

  it('gives the same output whatever the input order', () => {
    expect(JSON.stringify(parseDigests([day1, day2]))).toBe(JSON.stringify(parseDigests([day2, day1])))
  })

  it('merges a paper listed twice in one digest into one record with one date', () => {
    const { papers, diagnostics } = parseDigests([{ source: '2024/10/16.md', content: digest('2024-10-16', paper('2410.00001', { votes: '1' }) + paper('2410.00001', { votes: '2' })) }])
    expect(papers).toHaveLength(1)
    expect(papers[0]).toMatchObject({ dates: ['2024-10-16'], votes: 2 })
    expect(diagnostics.map((d) => d.code)).toEqual(['duplicate-merged'])
  })

  it('treats abs, pdf and versioned links of one arXiv paper as the same paper', () => {
    const { papers } = parseDigests([
      { source: '2024/01/01.md', content: digest('2024-01-01', '### [A](https://arxiv.org/abs/2401.00001v1)\n\n- a.\n') },
      { source: '2024/01/02.md', content: digest('2024-01-02', '### [A](https://arxiv.org/pdf/2401.00001v2)\n\n- a.\n') },
    ])
    expect(papers.map((p) => [p.id, p.dates])).toEqual([['2401.00001', ['2024-01-01', '2024-01-02']]])
  })

  it('mergePapers falls back to earlier votes and summary when the latest copy has none', () => {
    const { papers: a } = parseDigests([{ source: '2024/01/01.md', content: digest('2024-01-01', paper('2401.00001', { votes: '7', summary: '- 예전 요약.' })) }])
    const { papers: b } = parseDigests([{ source: '2024/01/03.md', content: digest('2024-01-03', paper('2401.00001', { votes: '-', summary: '' })) }])
    const { papers } = mergePapers([...b, ...a])
    expect(papers[0]).toMatchObject({ votes: 7, dates: ['2024-01-01', '2024-01-03'] })
    expect(papers[0]!.summary.bullets).toEqual(['예전 요약.'])
  })
})
