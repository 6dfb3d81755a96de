// The columnar document store. Row numbers are MiniSearch short ids, so a search's matches index the
// columns directly. Numbers that filters, facets, sorting and priors read live in typed arrays (no
// per-hit object is touched until a hit is returned); strings live in plain arrays.

import type { PaperLinks, PaperMedia } from '../model/paper.js'
import { AuthorTable } from './author-table.js'
import { ensureCapacity } from './growable.js'
import type { StoredPaper } from './stored-paper.js'

/** Media kinds by their code in the `mediaKind` column. */
export const MEDIA_KINDS = ['none', 'image', 'video'] as const
export type MediaCode = 0 | 1 | 2

/** `2024-02-15` → 20240215 (0 when malformed). */
export function dateNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0
}

/** 20240215 → days since 1970-01-01 (deterministic, calendar arithmetic only). */
export function dayNumber(dateNum: number): number {
  const year = Math.floor(dateNum / 10000)
  const month = Math.floor(dateNum / 100) % 100
  const day = dateNum % 100
  return Math.floor(Date.UTC(year, Math.max(0, month - 1), Math.max(1, day)) / 86_400_000)
}

export class DocumentStore {
  readonly authors = new AuthorTable()
  /** Paper id per row; undefined for removed rows. */
  ids: (string | undefined)[] = []
  urls: string[] = []
  titles: string[] = []
  summaries: string[] = []
  dates: string[][] = []
  authorIds: Uint32Array[] = []
  mediaUrls: string[] = []
  codeLinks: string[][] = []
  projectLinks: string[][] = []
  /** yyyymmdd of `date`. */
  dateNum = new Int32Array(0)
  /** Votes, -1 where unknown. */
  votes = new Int32Array(0)
  mediaKind = new Uint8Array(0)
  hasCode = new Uint8Array(0)
  moreAuthors = new Uint8Array(0)
  alive = new Uint8Array(0)
  /** Number of rows ever allocated (the next MiniSearch short id). */
  rowCount = 0
  liveCount = 0

  /** Stores `paper` at `row` (the short id MiniSearch gave it). */
  set(row: number, paper: StoredPaper): void {
    const size = row + 1
    this.dateNum = ensureCapacity(this.dateNum, size)
    this.votes = ensureCapacity(this.votes, size)
    this.mediaKind = ensureCapacity(this.mediaKind, size)
    this.hasCode = ensureCapacity(this.hasCode, size)
    this.moreAuthors = ensureCapacity(this.moreAuthors, size)
    this.alive = ensureCapacity(this.alive, size)
    if (size > this.rowCount) this.rowCount = size
    if (!this.alive[row]) this.liveCount++
    this.ids[row] = paper.id
    this.urls[row] = paper.url
    this.titles[row] = paper.title
    this.summaries[row] = paper.summary
    this.dates[row] = paper.dates.length > 0 ? paper.dates : [paper.date]
    this.authorIds[row] = Uint32Array.from(paper.authors, (name) => this.authors.intern(name))
    this.mediaUrls[row] = paper.media?.url ?? ''
    this.codeLinks[row] = paper.links.code
    this.projectLinks[row] = paper.links.project
    this.dateNum[row] = dateNumber(paper.date)
    this.votes[row] = paper.votes ?? -1
    this.mediaKind[row] = paper.media === null ? 0 : paper.media.kind === 'video' ? 2 : 1
    this.hasCode[row] = paper.links.code.length > 0 ? 1 : 0
    this.moreAuthors[row] = paper.moreAuthors ? 1 : 0
    this.alive[row] = 1
  }

  /** Live rows in row order. */
  liveRows(): number[] {
    const rows: number[] = []
    for (let row = 0; row < this.rowCount; row++) if (this.alive[row]) rows.push(row)
    return rows
  }

  /** The stored paper of a live row (a fresh object each call). */
  paper(row: number): StoredPaper {
    const kind = this.mediaKind[row] as MediaCode
    const media: PaperMedia | null = kind === 0 ? null : { kind: kind === 2 ? 'video' : 'image', url: this.mediaUrls[row]! }
    const links: PaperLinks = { code: [...this.codeLinks[row]!], project: [...this.projectLinks[row]!] }
    const votes = this.votes[row]!
    const dates = this.dates[row]!
    return {
      id: this.ids[row]!,
      url: this.urls[row]!,
      title: this.titles[row]!,
      date: dates[0] ?? '',
      dates: [...dates],
      votes: votes < 0 ? null : votes,
      authors: Array.from(this.authorIds[row]!, (id) => this.authors.names[id]!),
      moreAuthors: this.moreAuthors[row] === 1,
      media,
      summary: this.summaries[row]!,
      links,
    }
  }
}
