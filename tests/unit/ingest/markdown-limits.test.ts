import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDigest } from '../../../src/ingest/index.js'
import {
  countDelimiterRuns,
  escapeEmphasis,
  leadingIndent,
  limitMarkdown,
  MARKDOWN_LIMITS,
} from '../../../src/ingest/markdown-limits.js'

describe('leadingIndent', () => {
  it.each([
    ['no indent', 'a', 0, 0],
    ['two spaces', '  - a', 2, 2],
    ['tab', '\t- a', 4, 1],
    ['space then tab', ' \ta', 4, 2],
    ['blank line', '   ', 3, 3],
  ])('%s', (_name, line, columns, length) => {
    expect(leadingIndent(line)).toEqual({ columns, length })
  })
})

describe('countDelimiterRuns', () => {
  it.each([
    ['plain text', '모델은 양자화를', 0],
    ['strong', '**굵게**', 2],
    ['alternating characters are separate runs', '*_*_', 4],
    ['snake_case', 'a_b_c', 2],
  ])('%s', (_name, line, runs) => {
    expect(countDelimiterRuns(line)).toBe(runs)
  })
})

describe('escapeEmphasis', () => {
  it.each([
    ['emphasis', 'a *b* c', 'a \\*b\\* c'],
    ['list bullet kept, rest escaped', '- a *b*', '- a \\*b\\*'],
    ['star bullet kept', '  * a_b', '  * a\\_b'],
    ['code span untouched', 'x `a_b*c` y_z', 'x `a_b*c` y\\_z'],
    ['double-backtick code span', '``a ` _b`` _', '``a ` _b`` \\_'],
    ['unclosed backticks are text', '`a_b', '`a\\_b'],
    ['already escaped', 'a \\*b', 'a \\*b'],
  ])('%s', (_name, line, escaped) => {
    expect(escapeEmphasis(line)).toBe(escaped)
  })
})

describe('limitMarkdown', () => {
  const many = '*_'.repeat(MARKDOWN_LIMITS.maxEmphasisRuns)

  it('leaves ordinary digests unchanged', () => {
    const text = '## Daily Papers (2024-02-15)\n\n### [A](https://arxiv.org/abs/2402.00001)\n\n- **새로운 점**: *강조* 와 `code_span`\n'
    expect(limitMarkdown(text)).toEqual({ text, hits: [] })
  })

  it('escapes only the block over the bound and reports its first line', () => {
    const text = `- keep *this*\n\n- ${many}\n  more_text\n\n- and *this*`
    const { text: out, hits } = limitMarkdown(text)
    const lines = out.split('\n')
    expect(lines[0]).toBe('- keep *this*')
    expect(lines[2]).toBe(`- ${'\\*\\_'.repeat(MARKDOWN_LIMITS.maxEmphasisRuns)}`)
    expect(lines[3]).toBe('  more\\_text')
    expect(lines[5]).toBe('- and *this*')
    expect(hits).toEqual([{ kind: 'emphasis', line: 3, count: 1 }])
  })

  it('cuts indentation beyond the bound and counts the lines', () => {
    const deep = ' '.repeat(MARKDOWN_LIMITS.maxIndentColumns + 10)
    const { text, hits } = limitMarkdown(`- a\n${deep}- b\n${deep}- c\n`)
    expect(text).toBe(`- a\n${' '.repeat(MARKDOWN_LIMITS.maxIndentColumns)}- b\n${' '.repeat(MARKDOWN_LIMITS.maxIndentColumns)}- c\n`)
    expect(hits).toEqual([{ kind: 'indent', line: 2, count: 2 }])
  })

  it('never adds or removes lines, and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('*', '_', '`', ' ', '\t', '\n', 'a', '가', '\\', '- '), { maxLength: 300 }), (parts) => {
        const text = parts.join('')
        const limits = { maxEmphasisRuns: 5, maxIndentColumns: 3 }
        const once = limitMarkdown(text, limits)
        expect(once.text.split('\n').length).toBe(text.split('\n').length)
        const twice = limitMarkdown(once.text, limits)
        expect(twice.text).toBe(once.text)
        expect(twice.hits.filter((h) => h.kind === 'indent')).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('parseDigest on pathological Markdown', () => {
  const head = '## Daily Papers (2024-02-15)\n\n### [A](https://arxiv.org/abs/2402.00001)\n\n'

  it('keeps the paper and the literal characters, with a warning at the block', () => {
    const stars = '*_'.repeat(10_000)
    const { papers, diagnostics } = parseDigest(`${head}- 요약 ${stars} 끝\n`, { source: 'x.md' })
    expect(papers.map((p) => p.id)).toEqual(['2402.00001'])
    expect(papers[0]!.summary.text).toContain(`요약 ${stars} 끝`)
    expect(diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'markdown-limited', 5]])
  })

  it('reads a deeply nested list with its text kept', () => {
    const nested = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- 항목${i}`).join('\n')
    const { papers, diagnostics } = parseDigest(`${head}${nested}\n`, { source: 'x.md' })
    expect(papers).toHaveLength(1)
    expect(papers[0]!.summary.text).toContain('항목0')
    expect(papers[0]!.summary.text).toContain('항목299')
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['markdown-limited', 5 + 33]])
  })
})
