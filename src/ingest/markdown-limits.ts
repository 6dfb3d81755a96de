/**
 * A pre-pass that bounds the two Markdown shapes on which CommonMark parsing (micromark, under
 * remark-parse) takes time that grows faster than the input: very many emphasis delimiter runs in one
 * block (40 KB of `*_` took 20–50 s) and very deep indentation (hundreds of nested list levels).
 * Real digests are far from both bounds (at most 40 delimiter runs in a block and 2 columns of
 * indentation in the whole corpus), so for them the text passes through unchanged.
 *
 * What it does to a block over a bound, so that nothing is lost: emphasis delimiters are
 * backslash-escaped (their characters stay in the text, they just stop being emphasis), and indentation
 * beyond the bound is cut (the line's text is kept). Lines are never added or removed, so line numbers
 * in diagnostics stay those of the original file.
 */

/** The bounds (see {@link limitMarkdown}); exported so tests and tools can name them. */
export const MARKDOWN_LIMITS = {
  /** Most `*`/`_` delimiter runs in one block (lines between blank lines) before they are escaped. */
  maxEmphasisRuns: 400,
  /** Most leading indentation, in columns (a tab counts to the next multiple of 4). */
  maxIndentColumns: 64,
} as const

export type MarkdownLimits = { readonly [K in keyof typeof MARKDOWN_LIMITS]: number }

/** One bound that was applied: which, where first, and to how many blocks or lines. */
export interface MarkdownLimitHit {
  kind: 'emphasis' | 'indent'
  /** 1-based line of the first block or line it was applied to. */
  line: number
  /** Blocks (emphasis) or lines (indent) it was applied to. */
  count: number
}

/** The text to parse and the bounds applied to it (empty when the text was left as it was). */
export interface LimitedMarkdown {
  text: string
  hits: MarkdownLimitHit[]
}

const DELIMITER_RUN = /\*+|_+/g

/** Columns of leading whitespace and its length in characters. */
export function leadingIndent(line: string): { columns: number; length: number } {
  let columns = 0
  let length = 0
  for (; length < line.length; length++) {
    const c = line.charCodeAt(length)
    if (c === 0x20) columns++
    else if (c === 0x09) columns += 4 - (columns % 4)
    else break
  }
  return { columns, length }
}

/** Number of `*`/`_` delimiter runs in a line. */
export function countDelimiterRuns(line: string): number {
  return line.match(DELIMITER_RUN)?.length ?? 0
}

/**
 * Escapes every `*` and `_` of a line that could open or close emphasis: not inside a backtick code
 * span (where a backslash would be literal), not already escaped, and not a list bullet at the start
 * of the line (escaping that would turn a list into a paragraph).
 *
 * @example
 * escapeEmphasis('- a *b* `c_d` e_f') // '- a \\*b\\* `c_d` e\\_f'
 */
export function escapeEmphasis(line: string): string {
  const { length: indent } = leadingIndent(line)
  const bullet = /^[*_-][ \t]/.test(line.slice(indent)) ? indent + 1 : 0
  let out = line.slice(0, bullet)
  let i = bullet
  while (i < line.length) {
    const c = line[i]!
    if (c === '\\') {
      out += line.slice(i, i + 2)
      i += 2
      continue
    }
    if (c === '`') {
      let run = 1
      while (line[i + run] === '`') run++
      const fence = '`'.repeat(run)
      const close = findClosingFence(line, i + run, fence)
      const end = close < 0 ? i + run : close + run
      out += line.slice(i, end)
      i = end
      continue
    }
    out += c === '*' || c === '_' ? `\\${c}` : c
    i++
  }
  return out
}

/** Index of a backtick run of exactly `fence`'s length at or after `from`, or -1. */
function findClosingFence(line: string, from: number, fence: string): number {
  for (let at = line.indexOf(fence, from); at >= 0; at = line.indexOf(fence, at + 1)) {
    const before = at > 0 && line[at - 1] === '`'
    const after = line[at + fence.length] === '`'
    if (!before && !after) return at
    while (line[at + 1] === '`') at++
  }
  return -1
}

/**
 * Applies {@link MARKDOWN_LIMITS} to a Markdown text: escapes the emphasis delimiters of any block with
 * more than `maxEmphasisRuns` delimiter runs and cuts indentation deeper than `maxIndentColumns`.
 *
 * @example
 * limitMarkdown('- ' + '*_'.repeat(2000)).hits // [{ kind: 'emphasis', line: 1, count: 1 }]
 * limitMarkdown('- plain *text*\n').hits       // []
 */
export function limitMarkdown(text: string, limits: MarkdownLimits = MARKDOWN_LIMITS): LimitedMarkdown {
  const lines = text.split('\n')
  const hits: MarkdownLimitHit[] = []
  let changed = false

  let indentHit: MarkdownLimitHit | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const indent = leadingIndent(line)
    if (indent.columns <= limits.maxIndentColumns) continue
    lines[i] = ' '.repeat(limits.maxIndentColumns) + line.slice(indent.length)
    changed = true
    if (indentHit) indentHit.count++
    else indentHit = { kind: 'indent', line: i + 1, count: 1 }
  }

  let emphasisHit: MarkdownLimitHit | null = null
  let start = 0
  while (start < lines.length) {
    if (lines[start]!.trim() === '') {
      start++
      continue
    }
    let end = start
    let runs = 0
    while (end < lines.length && lines[end]!.trim() !== '') runs += countDelimiterRuns(lines[end++]!)
    if (runs > limits.maxEmphasisRuns) {
      for (let i = start; i < end; i++) lines[i] = escapeEmphasis(lines[i]!)
      changed = true
      if (emphasisHit) emphasisHit.count++
      else emphasisHit = { kind: 'emphasis', line: start + 1, count: 1 }
    }
    start = end
  }

  if (indentHit) hits.push(indentHit)
  if (emphasisHit) hits.push(emphasisHit)
  hits.sort((a, b) => a.line - b.line)
  return { text: changed ? lines.join('\n') : text, hits }
}
