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
}
export interface HanseekWritableIndex extends HanseekIndex {
  serialize(options?: { gzip?: boolean }): Uint8Array
}
export interface HanseekApi {
  buildIndex(papers: Paper[], options?: Record<string, unknown>): HanseekWritableIndex
  loadIndex(bytes: Uint8Array): HanseekIndex
}

/** hanseek's query side (`loadIndex`) and build side (`buildIndex`), or null while either is missing. */
export async function loadHanseek(): Promise<HanseekApi | null> {
  const query = (await import('../../src/index.js')) as Record<string, unknown>
  const build = (await import('../../src/build/index.js')) as Record<string, unknown>
  if (typeof build['buildIndex'] !== 'function' || typeof query['loadIndex'] !== 'function') return null
  return { buildIndex: build['buildIndex'], loadIndex: query['loadIndex'] } as unknown as HanseekApi
}
