// BM25 scoring of term specs straight from the index's posting maps (MiniSearch's layout) into typed arrays. This is
// MiniSearch's own formula (BM25+, its k/b/d) over the same statistics, but it allocates nothing per
// match: scores, "seen in this query" stamps and matched-word bits live in arrays reused across queries,
// and the match set is a list of rows. Prefix expansions are capped to the most frequent terms, and gram
// terms present in most papers are skipped (near-zero IDF, largest posting lists).

import { getChoseong } from 'es-hangul'
import { BM25, MAX_GRAM_DOC_FRACTION, MAX_PREFIX_EXPANSIONS, PREFIX_WEIGHT } from '../index/defaults.js'
import type { FieldPostings, SearchCore } from '../index/search-core.js'
import { compareText } from '../index/sorted-terms.js'
import { perRevision } from './per-revision.js'
import type { TermSpec } from './query-plan.js'

/** Per-index reusable buffers, indexed by row. */
export class ScoreBuffers {
  scores = new Float64Array(0)
  stamp = new Int32Array(0)
  bits = new Uint32Array(0)
  /** Rows matched by the current query, in first-match order. */
  rows = new Int32Array(0)
  count = 0
  epoch = 0

  /** Starts a query over `capacity` rows. */
  reset(capacity: number): void {
    if (this.scores.length < capacity) {
      const size = Math.max(capacity, this.scores.length * 2, 64)
      this.scores = new Float64Array(size)
      this.stamp = new Int32Array(size)
      this.bits = new Uint32Array(size)
      this.rows = new Int32Array(size)
      this.epoch = 0
    }
    this.count = 0
    this.epoch++
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0)
      this.epoch = 1
    }
  }
}

/** The buffers of an index (fresh ones after a change to a writable index). */
export const buffersFor = perRevision(() => new ScoreBuffers())

/** Which indexed terms a query used, by view (for highlighting). */
export interface UsedTerms {
  word: Set<string>
  gram: Set<string>
}

/** The most papers a term occurs in within one of `fields`. */
export function docFrequency(data: FieldPostings, fields: readonly { id: number }[]): number {
  let df = 0
  for (const f of fields) df = Math.max(df, data.get(f.id)?.size ?? 0)
  return df
}

/**
 * MiniSearch's BM25+ score, before boosts, of a term with document frequency `df` and frequency `tf` in
 * field `fieldId` of `row` (scoreTerm inlines the same formula in its loop).
 */
export function bm25(core: SearchCore, fieldId: number, df: number, tf: number, row: number): number {
  const { k, b, d } = BM25
  const idf = Math.log(1 + (core.documentCount - df + 0.5) / (df + 0.5))
  return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b) + (k * b * core.lengths[fieldId]![row]!) / (core.averageFieldLengths[fieldId] || 1)))
}

function scoreTerm(core: SearchCore, buffers: ScoreBuffers, data: FieldPostings, spec: TermSpec, weight: number): void {
  const n = core.documentCount
  const averages = core.averageFieldLengths
  const { k, b, d } = BM25
  const { scores, stamp, bits, rows } = buffers
  const epoch = buffers.epoch
  const bit = spec.bits
  for (const field of spec.fields) {
    const postings = data.get(field.id)
    if (postings === undefined || postings.size === 0) continue
    const matching = postings.size
    const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5))
    const factor = weight * field.boost * idf
    const lengths = core.lengths[field.id]!
    const average = averages[field.id] || 1
    const kb = k * b
    const k1 = k * (1 - b)
    postings.forEach((tf, row) => {
      const s = factor * (d + (tf * (k + 1)) / (tf + k1 + (kb * lengths[row]!) / average))
      if (stamp[row] !== epoch) {
        stamp[row] = epoch
        scores[row] = s
        bits[row] = bit
        rows[buffers.count++] = row
      } else {
        scores[row]! += s
        bits[row]! |= bit
      }
    })
  }
}

function startsWithInitial(term: string, at: number, initial: string): boolean {
  const syllable = term[at]
  return syllable !== undefined && getChoseong(syllable) === initial
}

/**
 * Scores every spec into `buffers` (reset first by the caller). Returns the terms actually used.
 */
export function scoreSpecs(core: SearchCore, buffers: ScoreBuffers, specs: TermSpec[]): UsedTerms {
  const used: UsedTerms = { word: new Set(), gram: new Set() }
  const termMap = core.terms
  const n = core.documentCount
  const resolved: { spec: TermSpec; data: FieldPostings | undefined }[] = specs.map((spec) => ({ spec, data: termMap.get(spec.term) }))
  const maxGramDf = Math.max(1, MAX_GRAM_DOC_FRACTION * n)
  const anySelective = resolved.some(({ spec, data }) => data !== undefined && (spec.view === 'word' || docFrequency(data, spec.fields) <= maxGramDf))
  for (const { spec, data } of resolved) {
    if (data !== undefined && !(spec.prefix && spec.nextInitial)) {
      if (spec.view === 'gram' && anySelective && docFrequency(data, spec.fields) > maxGramDf) continue
      scoreTerm(core, buffers, data, spec, spec.weight ?? 1)
      used[spec.view].add(spec.term)
    }
    if (!spec.prefix) continue
    const expansions: { term: string; data: FieldPostings; df: number }[] = []
    for (const [term, termData] of termMap.atPrefix(spec.term)) {
      if (term.length === spec.term.length) continue
      if (spec.nextInitial && !startsWithInitial(term, spec.term.length, spec.nextInitial)) continue
      const df = docFrequency(termData, spec.fields)
      if (df > 0) expansions.push({ term, data: termData, df })
    }
    if (expansions.length > MAX_PREFIX_EXPANSIONS) {
      expansions.sort((a, b) => b.df - a.df || compareText(a.term, b.term))
      expansions.length = MAX_PREFIX_EXPANSIONS
    }
    for (const e of expansions) {
      const distance = e.term.length - spec.term.length
      scoreTerm(core, buffers, e.data, spec, ((spec.weight ?? 1) * PREFIX_WEIGHT * e.term.length) / (e.term.length + 0.3 * distance))
      used[spec.view].add(e.term)
    }
  }
  return used
}

/** Rows that contain every term (of a word's terms or grams) in one of `fieldIds` (any field per term), as a set. */
export function rowsWithAllTerms(core: SearchCore, terms: readonly { term: string }[], fieldIds: readonly number[]): Set<number> {
  const termMap = core.terms
  const lists: FieldPostings[] = []
  for (const term of new Set(terms.map((t) => t.term))) {
    const data = termMap.get(term)
    if (!data) return new Set()
    lists.push(data)
  }
  if (lists.length === 0) return new Set()
  const size = (data: FieldPostings) => fieldIds.reduce((s, f) => s + (data.get(f)?.size ?? 0), 0)
  lists.sort((a, b) => size(a) - size(b))
  const out = new Set<number>()
  const [first, ...rest] = lists
  for (const f of fieldIds) {
    first!.get(f)?.forEach((_tf, row) => {
      if (out.has(row)) return
      if (rest.every((data) => fieldIds.some((g) => data.get(g)?.has(row) === true))) out.add(row)
    })
  }
  return out
}
