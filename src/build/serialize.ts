// Writes a SearchCore as the binary envelope of format.ts. Rows are renumbered densely (removed rows
// vanish), terms are written in sorted order with front coding, postings as delta-coded varints; every
// section is its own byte array, so the size of a corpus never meets the limits of a JS string.

import { gzipSync } from 'fflate'
import { crc32 } from '../index/crc32.js'
import { dateRange } from '../index/date-range.js'
import { dateNumber } from '../index/document-store.js'
import { FIELD_VIEW, INDEX_FIELDS } from '../index/fields.js'
import { FORMAT_NAME, FORMAT_VERSION, MAGIC, PREAMBLE_SIZE, type CorpusStats, type IndexHeader } from '../index/format.js'
import type { SearchCore } from '../index/search-core.js'
import { stableStringify } from '../index/stable-json.js'
import { ByteWriter, utf8 } from './byte-writer.js'

/** Options of `WritablePaperIndex.serialize`. */
export interface SerializeOptions {
  /** Compress the file with gzip (deterministic: no timestamp). Default false. */
  gzip?: boolean
}

function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`
}

function encodeStore(core: SearchCore, rows: number[], authorRemap: Map<number, number>, authorNames: string[]): Uint8Array {
  const s = core.store
  const w = new ByteWriter()
  w.uint(rows.length)
  w.uint(authorNames.length)
  for (const name of authorNames) w.string(name)
  for (const row of rows) {
    const id = s.ids[row]!
    w.string(id)
    const url = s.urls[row]!
    if (url === arxivUrl(id)) w.byte(0)
    else {
      w.byte(1)
      w.string(url)
    }
    w.string(s.titles[row]!)
    w.string(s.summaries[row]!)
    const dates = s.dates[row]!
    w.uint(dates.length)
    for (const date of dates) {
      const n = dateNumber(date)
      // A date that does not round-trip through yyyymmdd is kept as text (flagged by 0).
      if (n > 0 && date === `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}`) w.uint(n)
      else {
        w.uint(0)
        w.string(date)
      }
    }
    w.uint(s.votes[row]! + 1)
    const kind = s.mediaKind[row]!
    w.byte(kind | (s.moreAuthors[row]! << 2))
    if (kind !== 0) w.string(s.mediaUrls[row]!)
    const authorIds = s.authorIds[row]!
    w.uint(authorIds.length)
    for (const a of authorIds) w.uint(authorRemap.get(a)!)
    const code = s.codeLinks[row]!
    w.uint(code.length)
    for (const link of code) w.string(link)
    const project = s.projectLinks[row]!
    w.uint(project.length)
    for (const link of project) w.string(link)
  }
  return w.finish()
}

function encodeFieldLengths(core: SearchCore, rows: number[]): Uint8Array {
  const w = new ByteWriter()
  const average = core.averageFieldLengths
  for (let f = 0; f < INDEX_FIELDS.length; f++) {
    w.float64(average[f] ?? 0)
    const column = core.lengths[f]!
    for (const row of rows) w.uint(column[row] ?? 0)
  }
  return w.finish()
}

interface TermCounts {
  word: number
  gram: number
  postings: number
}

function encodeTerms(core: SearchCore, newRow: Int32Array, counts: TermCounts): Uint8Array {
  const entries = [...core.terms]
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const w = new ByteWriter()
  w.uint(entries.length)
  let previous = ''
  const rowsBuffer: number[] = []
  for (const [term, fields] of entries) {
    let shared = 0
    const max = Math.min(previous.length, term.length)
    while (shared < max && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++
    // Never split a surrogate pair between the shared part and the written suffix.
    if (shared > 0 && shared < term.length && (term.charCodeAt(shared) & 0xfc00) === 0xdc00) shared--
    w.uint(shared)
    w.string(term.slice(shared))
    previous = term
    const fieldIds = [...fields.keys()].filter((f) => (fields.get(f)?.size ?? 0) > 0).sort((a, b) => a - b)
    w.uint(fieldIds.length)
    let isWord = false
    let isGram = false
    for (const fieldId of fieldIds) {
      const postings = fields.get(fieldId)!
      if (FIELD_VIEW[INDEX_FIELDS[fieldId]!] === 'gram') isGram = true
      else isWord = true
      w.uint(fieldId)
      w.uint(postings.size)
      counts.postings += postings.size
      rowsBuffer.length = 0
      let ascending = true
      let last = -1
      for (const [row, tf] of postings) {
        const r = newRow[row]!
        if (r <= last) ascending = false
        last = r
        rowsBuffer.push(r, tf)
      }
      if (!ascending) {
        const pairs: [number, number][] = []
        for (let i = 0; i < rowsBuffer.length; i += 2) pairs.push([rowsBuffer[i]!, rowsBuffer[i + 1]!])
        pairs.sort((a, b) => a[0] - b[0])
        rowsBuffer.length = 0
        for (const [r, tf] of pairs) rowsBuffer.push(r, tf)
      }
      let prev = -1
      for (let i = 0; i < rowsBuffer.length; i += 2) {
        w.uint(rowsBuffer[i]! - prev - 1)
        w.uint(rowsBuffer[i + 1]! - 1)
        prev = rowsBuffer[i]!
      }
    }
    if (isWord) counts.word++
    if (isGram) counts.gram++
  }
  return w.finish()
}

/** Serializes an index core (see format.ts). */
export function serializeCore(core: SearchCore, options: SerializeOptions = {}): Uint8Array {
  const rows = core.store.liveRows()
  const newRow = new Int32Array(Math.max(1, core.store.rowCount)).fill(-1)
  rows.forEach((row, i) => (newRow[row] = i))
  // Authors in order of first use, so the table never carries names of removed papers.
  const authorRemap = new Map<number, number>()
  const authorNames: string[] = []
  for (const row of rows) {
    for (const a of core.store.authorIds[row]!) {
      if (!authorRemap.has(a)) {
        authorRemap.set(a, authorNames.length)
        authorNames.push(core.store.authors.names[a]!)
      }
    }
  }
  const counts: TermCounts = { word: 0, gram: 0, postings: 0 }
  const sections: [string, Uint8Array][] = [
    ['store', encodeStore(core, rows, authorRemap, authorNames)],
    ['fieldLengths', encodeFieldLengths(core, rows)],
    ['terms', encodeTerms(core, newRow, counts)],
  ]
  const { oldest, newest } = dateRange(core.store)
  const stats: CorpusStats = {
    papers: rows.length,
    authors: authorNames.length,
    terms: { word: counts.word, gram: counts.gram },
    postings: counts.postings,
    oldestDate: oldest,
    newestDate: newest,
  }
  const header: IndexHeader = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    analyzer: core.analyzer.descriptor,
    settings: core.settings,
    stats,
    sections: sections.map(([name, bytes]) => ({ name, size: bytes.length })),
  }
  const headerBytes = utf8(stableStringify(header))
  const total = PREAMBLE_SIZE + headerBytes.length + sections.reduce((n, [, b]) => n + b.length, 0) + 4
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  out.set(MAGIC, 0)
  view.setUint32(8, FORMAT_VERSION, true)
  view.setUint32(12, headerBytes.length, true)
  out.set(headerBytes, PREAMBLE_SIZE)
  let offset = PREAMBLE_SIZE + headerBytes.length
  for (const [, bytes] of sections) {
    out.set(bytes, offset)
    offset += bytes.length
  }
  view.setUint32(offset, crc32(out.subarray(0, offset)), true)
  return options.gzip ? gzipSync(out, { mtime: 0 }) : out
}
