// Plain-text tables for bench output.

/** Display width of a string: East Asian wide characters (Hangul, CJK) take two columns. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)
    width += wide ? 2 : 1
  }
  return width
}

/**
 * Formats rows under a header as aligned columns (first column left-aligned, the rest right-aligned).
 *
 * @example
 * formatTable(['system', 'MRR@10'], [['hanseek', '0.812']])
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))))
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => {
      const pad = ' '.repeat(widths[c]! - displayWidth(cell))
      return c === 0 ? cell + pad : pad + cell
    }).join('  ')
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(header), rule, ...rows.map(line)].join('\n')
}

/** A number with fixed decimals, or `-` when not finite. */
export function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-'
}
