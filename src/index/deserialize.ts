// Reads the envelope of format.ts back into a read-only LoadedCore, checking it in the order that gives
// the most useful error: gzip layer (compressed), magic (foreign), version (future/old), sizes
// (truncated), checksum (corrupt), analyzer (mismatch/unknown), then the sections. Nothing here inflates
// (see gzip.ts); `hanseek/build` turns a LoadedCore into a writable MiniSearch-backed core (openIndex).

import type { Analyzer, AnalyzerDescriptor } from '../analysis/types.js'
import { IndexFormatError, type IndexFormatProblem } from '../model/errors.js'
import type { PaperMedia } from '../model/paper.js'
import { ByteReader, ByteReaderError, fromUtf8 } from './binary.js'
import { crc32 } from './crc32.js'
import { DocumentStore } from './document-store.js'
import { INDEX_FIELDS } from './fields.js'
import { FORMAT_NAME, FORMAT_VERSION, MAGIC, PREAMBLE_SIZE, type IndexHeader } from './format.js'
import { isGzip } from './gzip.js'
import { loadedCore, type LoadedCore } from './loaded-core.js'
import type { IndexSettings } from './search-core.js'
import { SortedTerms } from './sorted-terms.js'

/** Chooses the analyzer for a file's descriptor, or throws IndexFormatError (mismatch/unknown). */
export type AnalyzerResolver = (descriptor: AnalyzerDescriptor) => Analyzer

/** The bytes of `data` (a Uint8Array, any other typed array view, or an ArrayBuffer), not copied. */
export function asBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) {
    const view = data as ArrayBufferView
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  }
  throw new IndexFormatError('foreign', 'loadIndex expects a Uint8Array or ArrayBuffer (loadIndexAsync also takes a Response or Blob)')
}

/** A damaged file: what is wrong with it, and what to do. */
function damaged(problem: IndexFormatProblem, what: string): IndexFormatError {
  return new IndexFormatError(problem, `the index file ${what}; rebuild or download it again`)
}

/** Reads and checks the envelope; returns the header and the section bytes. */
export function readEnvelope(data: Uint8Array | ArrayBuffer): { header: IndexHeader; sections: Map<string, Uint8Array> } {
  const bytes = asBytes(data)
  const size = bytes.length
  const truncated = (needed: number) => damaged('truncated', `is truncated (${size} of at least ${needed} bytes)`)
  if (isGzip(bytes)) {
    throw new IndexFormatError(
      'compressed',
      'this index is gzip-compressed: use `await loadIndexAsync(data)` (or `readIndexFile` in Node), or serve it with `Content-Encoding: gzip`',
    )
  }
  if (MAGIC.some((b, i) => i < size && bytes[i] !== b)) {
    throw new IndexFormatError('foreign', 'this is not a hanseek index file (unknown magic bytes); build one with `hanseek build`')
  }
  if (size < PREAMBLE_SIZE) throw truncated(PREAMBLE_SIZE)
  const view = new DataView(bytes.buffer, bytes.byteOffset, size)
  const version = view.getUint32(8, true)
  if (version !== FORMAT_VERSION) {
    throw new IndexFormatError(
      version > FORMAT_VERSION ? 'future-version' : 'old-version',
      `the index file has format version ${version}, but this hanseek reads version ${FORMAT_VERSION}; ${version > FORMAT_VERSION ? 'upgrade hanseek or ' : ''}rebuild the index with \`hanseek build\``,
    )
  }
  const headerSize = view.getUint32(12, true)
  const bodyStart = PREAMBLE_SIZE + headerSize
  if (bodyStart + 4 > size) throw truncated(bodyStart + 4)
  let header: IndexHeader
  try {
    header = JSON.parse(fromUtf8(bytes.subarray(PREAMBLE_SIZE, bodyStart))) as IndexHeader
  } catch {
    throw damaged('corrupt', 'header is not valid JSON')
  }
  if (
    header?.format !== FORMAT_NAME ||
    !Array.isArray(header.sections) ||
    !header.sections.every((s) => typeof s === 'object' && s !== null && typeof s.name === 'string')
  ) {
    throw damaged('corrupt', 'header has no format name or sections')
  }
  const bodySize = header.sections.reduce((n, s) => n + (Number.isSafeInteger(s.size) && s.size >= 0 ? s.size : NaN), 0)
  if (!Number.isFinite(bodySize)) throw damaged('corrupt', 'header has invalid section sizes')
  const expected = bodyStart + bodySize + 4
  if (size < expected) throw truncated(expected)
  if (size > expected) throw damaged('corrupt', `has ${size - expected} unexpected trailing bytes`)
  if (view.getUint32(expected - 4, true) !== crc32(bytes.subarray(0, expected - 4))) throw damaged('checksum', 'is corrupt (checksum mismatch)')
  const sections = new Map<string, Uint8Array>()
  let offset = bodyStart
  for (const { name, size } of header.sections) {
    sections.set(name, bytes.subarray(offset, (offset += size)))
  }
  return { header, sections }
}

function section(sections: Map<string, Uint8Array>, name: string): ByteReader {
  const bytes = sections.get(name)
  if (!bytes) throw damaged('corrupt', `has no '${name}' section`)
  return new ByteReader(bytes)
}

function formatDate(n: number): string {
  const s = String(n).padStart(8, '0')
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
}

/** A count, then that many items read by `item`. */
function list<T>(r: ByteReader, item: () => T): T[] {
  return Array.from({ length: r.uint() }, item)
}

function decodeStore(r: ByteReader, store: DocumentStore): string[] {
  const count = r.uint()
  const authorIds = list(r, () => store.authors.intern(r.string()))
  const ids: string[] = new Array(count)
  for (let row = 0; row < count; row++) {
    const id = r.string()
    ids[row] = id
    const url = r.byte() === 0 ? `https://arxiv.org/abs/${id}` : r.string()
    const title = r.string()
    const summary = r.string()
    const dates = list(r, () => {
      const n = r.uint()
      return n === 0 ? r.string() : formatDate(n)
    })
    const votes = r.uint() - 1
    const flags = r.byte()
    const kind = flags & 3
    const media: PaperMedia | null = kind === 0 ? null : { kind: kind === 2 ? 'video' : 'image', url: r.string() }
    const authors = list(r, () => {
      const a = authorIds[r.uint()]
      if (a === undefined) throw new ByteReaderError('author id out of range')
      return store.authors.names[a]!
    })
    const code = list(r, () => r.string())
    const project = list(r, () => r.string())
    store.set(row, {
      id,
      url,
      title,
      date: dates[0] ?? '',
      dates,
      votes: votes < 0 ? null : votes,
      authors,
      moreAuthors: (flags & 4) !== 0,
      media,
      summary,
      links: { code, project },
    })
  }
  return ids
}

/**
 * The ranking settings of a header, rebuilt as fresh objects from checked numbers: a file that passed
 * the checksum may still have been written by someone else, and settings are read on every search.
 */
function checkedSettings(settings: unknown): IndexSettings {
  const bad = (what: string) => damaged('corrupt', `header has invalid settings (${what})`)
  const s = settings as { boosts?: Record<string, unknown>; priors?: Record<string, unknown> } | null
  if (typeof s !== 'object' || s === null || typeof s.boosts !== 'object' || s.boosts === null || typeof s.priors !== 'object' || s.priors === null) throw bad('boosts and priors')
  /** A finite number from 0 to `max`. */
  const checked = (value: unknown, what: string, max: number) => {
    if (!Number.isFinite(value) || !((value as number) >= 0 && (value as number) <= max)) throw bad(what)
    return value as number
  }
  const boosts = {} as IndexSettings['boosts']
  for (const field of INDEX_FIELDS) boosts[field] = checked(s.boosts[field], `boost of ${field}`, Infinity)
  const prior = (name: 'votes' | 'recency') => checked(s.priors![name], `prior ${name}`, 1)
  return { boosts, priors: { votes: prior('votes'), recency: prior('recency') } }
}

/** Decodes an index file into a read-only core, with the analyzer chosen by `resolve`. */
export function loadCore(data: Uint8Array | ArrayBuffer, resolve: AnalyzerResolver): LoadedCore {
  const { header, sections } = readEnvelope(data)
  const settings = checkedSettings(header.settings)
  const analyzer = resolve(header.analyzer)
  try {
    const store = new DocumentStore()
    const ids = decodeStore(section(sections, 'store'), store)
    const count = ids.length
    const rows = new Map<string, number>()
    for (let row = 0; row < count; row++) {
      if (rows.has(ids[row]!)) throw new ByteReaderError(`paper id '${ids[row]}' appears twice`)
      rows.set(ids[row]!, row)
    }

    const lengthsReader = section(sections, 'fieldLengths')
    const averages: number[] = []
    const lengths: Uint32Array[] = []
    for (let f = 0; f < INDEX_FIELDS.length; f++) {
      averages.push(lengthsReader.float64())
      const column = new Uint32Array(Math.max(16, count))
      for (let row = 0; row < count; row++) column[row] = lengthsReader.uint()
      lengths.push(column)
    }

    // A copy: the caller may reuse its buffer after loadIndex returns, and the postings decode later.
    const r = section(sections, 'terms')
    const terms = new SortedTerms(r.data.slice())
    const termCount = r.uint()
    let previous = ''
    for (let t = 0; t < termCount; t++) {
      const shared = r.uint()
      const term = previous.slice(0, shared) + r.string()
      // Ascending order is what prefix scans rely on (and what serialize writes).
      if (t > 0 && !(previous < term)) throw new ByteReaderError('terms out of order')
      previous = term
      // Checked now (so a crafted file fails here, not at search time), decoded on first use.
      const offset = r.position
      const fieldCount = r.uint()
      for (let i = 0; i < fieldCount; i++) {
        r.uint()
        const size = r.uint()
        let row = -1
        for (let p = 0; p < size; p++) {
          row += r.uint() + 1
          if (row >= count) throw new ByteReaderError('posting row out of range')
          r.uint()
        }
      }
      terms.push(term, offset)
    }
    return loadedCore({ analyzer, settings, store, terms, averageFieldLengths: averages, lengths }, rows)
  } catch (error) {
    if (error instanceof ByteReaderError || error instanceof RangeError || error instanceof TypeError) {
      throw damaged('corrupt', `is corrupt (${error.message})`)
    }
    throw error
  }
}
