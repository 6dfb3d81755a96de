// The index file envelope (format version 1), little-endian:
//
//   magic       8 bytes   0x89 'H' 'S' 'K' '\r' '\n' 0x1a '\n'  (PNG-style: catches text-mode mangling)
//   version     u32       format version
//   headerSize  u32       byte length of the header
//   header      JSON      IndexHeader (format name, analyzer, settings, stats, section sizes)
//   sections    bytes     each section in header order, back to back
//   checksum    u32       CRC-32 of every byte before it
//
// A gzip file (magic 0x1f 0x8b) holding the above is accepted too, by loadIndexAsync, readIndexFile and
// openIndex (the synchronous loadIndex refuses it: IndexFormatError `compressed`; see gzip.ts).

import type { AnalyzerDescriptor } from '../analysis/types.js'
import type { IndexSettings } from './search-core.js'

export const MAGIC = Uint8Array.of(0x89, 0x48, 0x53, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a)
export const FORMAT_NAME = 'hanseek-index'
export const FORMAT_VERSION = 1
/** Bytes before the header: magic, version, header size. */
export const PREAMBLE_SIZE = 16

/** Corpus statistics recorded in the header (shown by `hanseek stats` without decoding the body). */
export interface CorpusStats {
  papers: number
  authors: number
  terms: { word: number; gram: number }
  postings: number
  /** Oldest and newest paper date, or null for an empty index. */
  oldestDate: string | null
  newestDate: string | null
}

export interface IndexHeader {
  format: typeof FORMAT_NAME
  formatVersion: number
  analyzer: AnalyzerDescriptor
  settings: IndexSettings
  stats: CorpusStats
  sections: { name: string; size: number }[]
}
