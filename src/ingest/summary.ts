import type { BlockContent, DefinitionContent, List, ListItem, Paragraph, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { PaperSummary, SummarySection } from '../model/paper.js'
import { cleanPlainText } from './clean-text.js'
import { WELL_KNOWN_SECTION_KEYS } from './defaults.js'
import { inlineText, inlineUrls } from './inline-lines.js'
import { labelOfBulletSource, normalizeLabel, sectionKey, stripLabel } from './labels.js'
import { extractUrls } from './links.js'

/**
 * Builds a {@link PaperSummary} from the blocks under a paper heading, in order.
 *
 * Rules (the corpus has every one of these shapes):
 * - each bullet, at any depth, and each stray paragraph is one entry of `bullets`; a bullet's own
 *   paragraphs are joined, its nested list items follow it as entries of their own;
 * - a bullet of a top-level unordered list that starts with an emphasized label and a colon
 *   (`- **What's New**: …`, `- ***What's New***: …`, `- ***Label*: …`) opens a section;
 * - everything after a labelled bullet and before the next one (nested and numbered lists, unlabelled
 *   bullets, stray paragraphs) is appended to that section's text, since digests use them to
 *   elaborate the label (`Technical Details: … 다음과 같습니다:` then `1. … 2. …`);
 * - URLs are collected from all of it for `Paper.links`.
 *
 * @example
 * const builder = new SummaryBuilder(markdownSource)
 * builder.addBlock(listNode)
 * builder.finish() // { text, bullets, sections, whatsNew?, … }
 */
export class SummaryBuilder {
  private readonly bullets: string[] = []
  private readonly sections: SummarySection[] = []
  private openSection: SummarySection | null = null
  /** Every URL seen in the summary, in order (with duplicates; classified later). */
  readonly urls: string[] = []

  /** @param source the whole Markdown text, to read a bullet's first line as written */
  constructor(private readonly source: string) {}

  /** Adds one top-level block under the paper heading (list, paragraph text, HTML, quote, code…). */
  addBlock(node: RootContent): void {
    if (node.type === 'list') this.addList(node, true)
    else this.addText(blockText(node, this.urls))
  }

  /** Adds text that is a paragraph of its own (e.g. a non-metadata line under the heading). */
  addText(rawText: string): void {
    const text = cleanPlainText(rawText)
    if (text.length === 0) return
    this.bullets.push(text)
    this.appendToOpenSection(text)
  }

  /** Records URLs found outside blocks (e.g. in a stray paragraph line read as inline nodes). */
  addUrls(urls: readonly string[]): void {
    this.urls.push(...urls)
  }

  private addList(list: List, topLevel: boolean): void {
    for (const item of list.children) this.addItem(item, topLevel && list.ordered !== true)
  }

  private addItem(item: ListItem, mayHaveLabel: boolean): void {
    const own: string[] = []
    const nested: List[] = []
    let label: string | null = null
    item.children.forEach((child, i) => {
      if (child.type === 'list') {
        nested.push(child)
        return
      }
      if (i === 0 && child.type === 'paragraph' && mayHaveLabel) label = labelOfBulletSource(this.firstLine(child))
      own.push(blockText(child, this.urls))
    })
    const text = cleanPlainText(own.join(' '))
    if (label !== null) {
      const body = stripLabel(text, label)
      const shown = normalizeLabel(label)
      this.bullets.push(body.length > 0 ? `${shown}: ${body}` : shown)
      this.openSection = { key: sectionKey(shown), label: shown, text: body }
      this.sections.push(this.openSection)
    } else if (text.length > 0) {
      this.bullets.push(text)
      this.appendToOpenSection(text)
    }
    for (const list of nested) this.addList(list, false)
  }

  private appendToOpenSection(text: string): void {
    if (this.openSection) this.openSection.text = this.openSection.text ? `${this.openSection.text} ${text}` : text
  }

  private firstLine(paragraph: Paragraph): string {
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (start === undefined || end === undefined) return inlineText(paragraph.children)
    const newline = this.source.indexOf('\n', start)
    return this.source.slice(start, newline >= 0 && newline < end ? newline : end)
  }

  /** The finished summary. */
  finish(): PaperSummary {
    const summary: PaperSummary = {
      text: this.bullets.join('\n'),
      bullets: [...this.bullets],
      sections: this.sections.map((s) => ({ ...s })),
    }
    for (const key of WELL_KNOWN_SECTION_KEYS) {
      const texts = this.sections.filter((s) => s.key === key && s.text.length > 0).map((s) => s.text)
      if (texts.length > 0) summary[key] = texts.join(' ')
    }
    return summary
  }
}

type BlockNode = RootContent | BlockContent | DefinitionContent

/** Plain text of one block that has no block children (URLs collected on the way). */
function leafBlockText(node: BlockNode, urls: string[]): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      inlineUrls(node.children, urls)
      return inlineText(node.children)
    case 'html':
    case 'code':
      urls.push(...extractUrls(node.value))
      return node.type === 'html' && /^\s*<!--/.test(node.value) ? '' : node.value
    case 'thematicBreak':
    case 'definition':
      return ''
    default:
      return toString(node)
  }
}

/**
 * Plain text of a non-list block (URLs collected on the way); lists inside (a quote's) are flattened,
 * children joined by a space. Iterative, not recursive: a digest may nest thousands of quotes or lists,
 * which would overflow the call stack (browsers and worker threads have small ones).
 */
function blockText(node: BlockNode, urls: string[]): string {
  const out: string[] = []
  const pending: (BlockNode | string)[] = [node]
  while (pending.length > 0) {
    const item = pending.pop()!
    if (typeof item === 'string') {
      out.push(item)
      continue
    }
    const isContainer = item.type !== 'paragraph' && item.type !== 'heading' && 'children' in item
    if (!isContainer) {
      out.push(leafBlockText(item, urls))
      continue
    }
    const children = item.children as BlockNode[]
    for (let i = children.length - 1; i >= 0; i--) {
      pending.push(children[i]!)
      if (i > 0) pending.push(' ')
    }
  }
  return out.join('')
}
