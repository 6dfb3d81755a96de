// The two systems every bench compares: hanseek and plain MiniSearch, built from the same papers.
import MiniSearch from 'minisearch'
import type { Paper } from '../../src/model/index.js'

/** The fields plain MiniSearch indexes and stores (the baseline: default options otherwise). */
export const PLAIN_FIELDS = ['title', 'summary', 'authors'] as const

/** The document shape given to plain MiniSearch. */
export interface PlainDocument {
  id: string
  title: string
  summary: string
  authors: string
}

/** A paper flattened for plain MiniSearch. */
export function toPlainDocument(p: Paper): PlainDocument {
  return { id: p.id, title: p.title, summary: p.summary.text, authors: p.authors.join(', ') }
}

/** Plain MiniSearch with default options, fields title/summary/authors, storing the same fields. */
export function buildPlainMiniSearch(papers: readonly Paper[]): MiniSearch<PlainDocument> {
  const ms = new MiniSearch<PlainDocument>({ fields: [...PLAIN_FIELDS], storeFields: [...PLAIN_FIELDS] })
  ms.addAll(papers.map(toPlainDocument))
  return ms
}

/** The part of hanseek's public API the benches use (kept structural so the bench runs while it lands). */
export interface HanseekSearchResult {
  total: number
  hits: { id: string; score: number }[]
}
export interface HanseekIndex {
  search(query: string | object, options?: Record<string, unknown>): HanseekSearchResult
  serialize(options?: { gzip?: boolean }): Uint8Array
}
export interface HanseekApi {
  buildIndex(papers: Paper[], options?: Record<string, unknown>): HanseekIndex
  loadIndex(bytes: Uint8Array): HanseekIndex
}

/** hanseek's entry, or null while `buildIndex`/`loadIndex` are not exported yet. */
export async function loadHanseek(): Promise<HanseekApi | null> {
  const mod = (await import('../../src/index.js')) as Record<string, unknown>
  if (typeof mod['buildIndex'] !== 'function' || typeof mod['loadIndex'] !== 'function') return null
  return mod as unknown as HanseekApi
}
