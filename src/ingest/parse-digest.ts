import type { Heading, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Diagnostic } from '../model/diagnostic.js'
import type { Paper, PaperMedia } from '../model/paper.js'
import { decodeUtf8, wellFormedText } from './decode.js'
import { dateFromPath, parseDayHeading } from './day-heading.js'
import { makeDiagnostic, type IngestDiagnosticCode } from './diagnostics.js'
import { limitMarkdown, MARKDOWN_LIMITS, type MarkdownLimitHit } from './markdown-limits.js'
import { inlineText, inlineUrls, paragraphLines } from './inline-lines.js'
import { classifyLinks } from './links.js'
import { pickMedia } from './media.js'
import { classifyMetadataLine } from './metadata.js'
import { parsePaperHeading } from './paper-heading.js'
import { paperIdFromUrl } from './paper-id.js'
import { SummaryBuilder } from './summary.js'

/** Options of {@link parseDigest}. */
export interface ParseDigestOptions {
  /** The digest's path or name, used in `Paper.source` and diagnostics (e.g. `2024/02/15.md`). */
  source: string
}

/** What one digest gives: its day, its papers in order, and what was wrong with it. */
export interface DigestParseResult {
  /** The digest's ISO date (first day heading, else the date in its path), or null. */
  date: string | null
  papers: Paper[]
  diagnostics: Diagnostic[]
}

/** At most this many `invalid-utf8` diagnostics per file; the last one says how many more lines. */
const MAX_INVALID_UTF8_REPORTS = 5

const markdown = unified().use(remarkParse)

/**
 * Parses one daily digest (`## Daily Papers (YYYY-MM-DD)` then `### [Title](url)` sections with
 * optional thumbnail or video, `Vote:`, `Authors:` and a bullet summary) into `Paper` records.
 *
 * Never throws. Bytes are decoded as UTF-8 (invalid sequences become U+FFFD and are reported with
 * their line). Each malformed entry becomes a diagnostic with file and line, and every good entry is
 * still returned. Papers come out in heading order, one per heading (duplicates are merged later by
 * `parseDigests`).
 *
 * @example
 * const { date, papers, diagnostics } = parseDigest(markdownText, { source: '2024/02/15.md' })
 * papers[0]?.title // 'Beyond A*: Better Planning with Transformers'
 */
export function parseDigest(input: string | Uint8Array, options: ParseDigestOptions): DigestParseResult {
  const file = options.source
  const diagnostics: Diagnostic[] = []
  const report = (code: IngestDiagnosticCode, message: string, line: number): void => {
    diagnostics.push(makeDiagnostic(code, message, file, line))
  }
  const decoded = typeof input === 'string' ? wellFormedText(input) : decodeUtf8(input)
  let text = decoded.text
  const what = typeof input === 'string' ? 'lone UTF-16 surrogates' : 'bytes that are not valid UTF-8'
  decoded.invalidLines.slice(0, MAX_INVALID_UTF8_REPORTS).forEach((line, i, shown) => {
    const more = decoded.invalidLines.length - shown.length
    const tail = i === shown.length - 1 && more > 0 ? ` (and ${more} more lines)` : ''
    report('invalid-utf8', `${what} were replaced by U+FFFD${tail}`, line)
  })
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim().length === 0) {
    report('empty-file', 'the file is empty', 1)
    return { date: null, papers: [], diagnostics }
  }
  const limited = limitMarkdown(text)
  text = limited.text
  for (const hit of limited.hits) report('markdown-limited', describeLimitHit(hit), hit.line)
  let tree: Root
  try {
    tree = markdown.parse(text)
  } catch (error) {
    report('not-a-digest', `the Markdown parser failed: ${error instanceof Error ? error.message : String(error)}`, 1)
    return { date: null, papers: [], diagnostics }
  }
  const reader = new DigestReader(text, file, report)
  for (const node of tree.children) reader.visit(node)
  const { date, papers } = reader.finish()
  // Sections are read when they close, so order by line (stable: same-line reports keep their order).
  diagnostics.sort((a, b) => a.line - b.line)
  return { date, papers, diagnostics }
}

/** Why the text from a line on was read differently from plain CommonMark (see markdown-limits.ts). */
function describeLimitHit(hit: MarkdownLimitHit): string {
  const more = hit.count > 1 ? ` (and ${hit.count - 1} more ${hit.kind === 'emphasis' ? 'blocks' : 'lines'})` : ''
  return hit.kind === 'emphasis'
    ? `a block with more than ${MARKDOWN_LIMITS.maxEmphasisRuns} emphasis markers (* or _): they were read as literal text${more}`
    : `indentation deeper than ${MARKDOWN_LIMITS.maxIndentColumns} columns was cut to ${MARKDOWN_LIMITS.maxIndentColumns}${more}`
}

/** One `### [Title](url)` heading and the blocks after it. */
interface PaperSection {
  heading: Heading
  date: string | null
  blocks: RootContent[]
}

/** Walks a digest's top-level mdast nodes and turns each paper section into a Paper. */
class DigestReader {
  private readonly pathDate: string | null
  private fileDate: string | null = null
  private currentDate: string | null = null
  private section: PaperSection | null = null
  private orphanReported = false
  private sawDayHeading = false
  private sawPaperHeading = false
  private readonly mismatchReported = new Set<string>()
  private readonly papers: Paper[] = []

  constructor(
    private readonly source: string,
    private readonly file: string,
    private readonly report: (code: IngestDiagnosticCode, message: string, line: number) => void,
  ) {
    this.pathDate = dateFromPath(file)
  }

  visit(node: RootContent): void {
    const line = node.position?.start.line ?? 1
    if (node.type === 'heading' && node.depth <= 2) {
      this.closeSection()
      this.dayHeading(node, line)
      return
    }
    if (node.type === 'heading' && node.depth === 3) {
      this.closeSection()
      this.sawPaperHeading = true
      this.section = { heading: node, date: this.currentDate ?? this.pathDate, blocks: [] }
      this.orphanReported = false
      return
    }
    if (this.section) {
      this.section.blocks.push(node)
      return
    }
    if (node.type === 'definition' || (node.type === 'html' && /^\s*<!--/.test(node.value))) return
    if (!this.orphanReported) {
      this.orphanReported = true
      this.report('orphan-content', `${node.type} outside any paper section was ignored`, line)
    }
  }

  private dayHeading(node: Heading, line: number): void {
    const text = inlineText(node.children)
    const parsed = parseDayHeading(text)
    this.orphanReported = false
    if (parsed.kind === 'other') {
      this.report('unexpected-heading', `heading "${text.trim()}" is neither a day heading nor a paper heading`, line)
      return
    }
    if (parsed.kind === 'malformed') {
      this.report('bad-day-heading', `day heading "${text.trim()}" is not "Daily Papers (YYYY-MM-DD)" with a real date`, line)
      if (parsed.date === null) return
    }
    const date = parsed.date!
    this.sawDayHeading = true
    if (this.currentDate !== null && this.currentDate !== date) {
      this.report('conflicting-day-headings', `day heading ${date} differs from the earlier ${this.currentDate}; papers below it get ${date}`, line)
    }
    if (this.pathDate !== null && date !== this.pathDate && !this.mismatchReported.has(date)) {
      this.mismatchReported.add(date)
      this.report('date-mismatch', `day heading ${date} does not match the date ${this.pathDate} in the file path; the heading wins`, line)
    }
    this.fileDate ??= date
    this.currentDate = date
  }

  private closeSection(): void {
    const section = this.section
    this.section = null
    if (section) {
      const paper = this.readPaper(section)
      if (paper) this.papers.push(paper)
    }
  }

  private readPaper(section: PaperSection): Paper | null {
    const line = section.heading.position?.start.line ?? 1
    const heading = parsePaperHeading(section.heading)
    if (heading.kind === 'no-link') {
      this.report('heading-without-link', `paper heading "${heading.text}" has no link; the entry was skipped`, line)
      return null
    }
    if (heading.kind === 'bad-url') {
      this.report('invalid-paper-url', `paper heading "${heading.text}" links to "${heading.url}", not an http(s) URL; the entry was skipped`, line)
      return null
    }
    if (heading.kind === 'recovered') this.report('heading-link-recovered', `paper heading read leniently: ${heading.why}`, line)
    if (section.date === null) {
      this.report('undated-paper', `paper "${heading.title}" has no date (no day heading above it, no date in the file path); the entry was skipped`, line)
      return null
    }
    const title = heading.title.length > 0 ? heading.title : heading.url
    if (heading.title.length === 0) this.report('empty-title', 'paper heading has an empty title; the URL stands in for it', line)

    let votes: number | null = null
    let votesSeen = false
    let authors: string[] = []
    let moreAuthors = false
    let authorsSeen = false
    const media: PaperMedia[] = []
    const summary = new SummaryBuilder(this.source)
    for (const block of section.blocks) {
      if (block.type === 'html') {
        const item = classifyMetadataLine({ nodes: [{ type: 'html', value: block.value }], line: 0 })
        if (item.kind === 'media') media.push(item.media)
        else if (item.kind !== 'ignored') summary.addBlock(block)
        continue
      }
      if (block.type !== 'paragraph') {
        summary.addBlock(block)
        continue
      }
      const rest: string[] = []
      for (const textLine of paragraphLines(block)) {
        const item = classifyMetadataLine(textLine)
        if (item.kind === 'media') media.push(item.media)
        else if (item.kind === 'votes' && !votesSeen) {
          votesSeen = true
          if (item.votes.kind === 'votes') votes = item.votes.votes
          else this.report('unparsable-votes', `vote count "${item.votes.raw}" is not a number; votes left empty`, textLine.line)
        } else if (item.kind === 'authors' && !authorsSeen) {
          authorsSeen = true
          authors = item.authors.authors
          moreAuthors = item.authors.moreAuthors
          if (!item.authors.ok) this.report('unparsable-authors', 'the author list is not a well-formed list of quoted names; read it as a comma list', textLine.line)
        } else if (item.kind === 'text' || item.kind === 'votes' || item.kind === 'authors') {
          const urls: string[] = []
          inlineUrls(textLine.nodes, urls)
          summary.addUrls(urls)
          rest.push(inlineText(textLine.nodes))
        }
      }
      if (rest.length > 0) summary.addText(rest.join(' '))
    }
    const paperSummary = summary.finish()
    if (paperSummary.bullets.length === 0) this.report('empty-summary', `paper "${title}" has no summary`, line)
    const paper: Paper = {
      id: paperIdFromUrl(heading.url),
      url: heading.url,
      title,
      date: section.date,
      dates: [section.date],
      votes,
      authors,
      media: pickMedia(media),
      summary: paperSummary,
      links: classifyLinks(summary.urls),
      source: { file: this.file, line },
    }
    if (moreAuthors) paper.moreAuthors = true
    return paper
  }

  finish(): { date: string | null; papers: Paper[] } {
    this.closeSection()
    if (!this.sawPaperHeading) {
      this.report(
        'not-a-digest',
        this.sawDayHeading ? 'the digest has a day heading but no paper headings (### [Title](url))' : 'no day heading and no paper headings: this is not a digest',
        1,
      )
    } else if (!this.sawDayHeading) {
      this.report(
        'missing-day-heading',
        this.pathDate ? `no "## Daily Papers (YYYY-MM-DD)" heading; the date ${this.pathDate} comes from the file path` : 'no "## Daily Papers (YYYY-MM-DD)" heading and no date in the file path',
        1,
      )
    }
    return { date: this.fileDate ?? (this.sawPaperHeading ? this.pathDate : null), papers: this.papers }
  }
}
