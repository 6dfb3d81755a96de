import type { Paragraph, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { extractUrls, isHttpUrl } from './links.js'

/** One source line of a paragraph: its inline nodes (text nodes cut at line breaks) and its line number. */
export interface InlineLine {
  nodes: PhrasingContent[]
  line: number
}

/**
 * Cuts a paragraph into its source lines. Metadata that digests write without blank lines between
 * (`![](thumb)` then `Authors: …` on the next line) lands in one paragraph; reading it line by line
 * keeps each line's meaning apart.
 */
export function paragraphLines(paragraph: Paragraph): InlineLine[] {
  const startLine = paragraph.position?.start.line ?? 1
  const lines: InlineLine[] = [{ nodes: [], line: startLine }]
  for (const node of paragraph.children) {
    if (node.type === 'text' && node.value.includes('\n')) {
      const parts = node.value.split('\n')
      parts.forEach((part, i) => {
        if (i > 0) lines.push({ nodes: [], line: lines[lines.length - 1]!.line + 1 })
        if (part.length > 0) lines[lines.length - 1]!.nodes.push({ type: 'text', value: part })
      })
    } else if (node.type === 'break') {
      lines.push({ nodes: [], line: lines[lines.length - 1]!.line + 1 })
    } else {
      lines[lines.length - 1]!.nodes.push(node)
    }
  }
  return lines
}

/**
 * The text of inline nodes without Markdown syntax (via mdast-util-to-string), with a space for hard
 * line breaks. Not yet cleaned (see `cleanPlainText`).
 */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  let text = ''
  for (const node of nodes) text += node.type === 'break' ? ' ' : toString(node)
  return text
}

/**
 * Every http(s) URL in inline nodes: link targets, and URLs written as plain text (digests rarely
 * use link syntax), in order.
 */
export function inlineUrls(nodes: readonly PhrasingContent[], into: string[]): void {
  for (const node of nodes) {
    if (node.type === 'link') {
      if (isHttpUrl(node.url)) into.push(node.url)
      inlineUrls(node.children, into)
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
      into.push(...extractUrls(node.value))
    } else if ('children' in node) {
      inlineUrls(node.children as PhrasingContent[], into)
    }
  }
}
