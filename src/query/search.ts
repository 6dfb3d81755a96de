// One search, start to end: parse → plan → BM25 into typed arrays → constraints (phrases, title:,
// author:, exclusions) → filters and disjunctive facets in one pass over the match set → priors →
// top-k by the requested order → hits (with highlights) for the page only.

import { dayNumber } from '../index/document-store.js'
import { FIELD_ID, GRAM_FIELD_IDS, WORD_FIELD_IDS } from '../index/fields.js'
import type { SearchCore } from '../index/search-core.js'
import { OptionsError, QuerySyntaxError } from '../model/errors.js'
import type { SortOrder, StructuredQuery } from '../model/search.js'
import { COORDINATION, DEFAULT_FACET_LIMIT, DEFAULT_LIMIT } from './defaults.js'
import { FacetCounter } from './facets.js'
import { FACET_FIELDS, compileFilter, failureMask } from './filters.js'
import { highlightHit } from './highlight.js'
import { checkOneOf, countOption } from './option-checks.js'
import { parseQuery } from './parse-query.js'
import { HANGUL, needsNormalization, normalizeForPhrase, phraseTests } from './phrase-match.js'
import { priorFactors, resolvePriors } from './priors.js'
import { perRevision } from './per-revision.js'
import { PlanBuilder } from './query-plan.js'
import { checkQuerySize } from './query-bounds.js'
import type { SearchHit, SearchOptions, SearchResults } from './search-types.js'
import { buffersFor, rowsWithAllTerms, scoreSpecs, type UsedTerms } from './term-scorer.js'
import { creditSpacedCompounds } from './spaced-compounds.js'
import { selectTop, type RowOrder } from './top-k.js'

const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'date', 'votes']
const ONLY_LATIN_OR_DIGITS = /^[\p{Script=Latin}\p{N}._+\-#]+$/u

/** Checks a structured query given by the caller (parseQuery's output is valid by construction). */
function checkStructured(query: StructuredQuery): StructuredQuery {
  if (query === null || typeof query !== 'object') throw new QuerySyntaxError('a query must be a string or a structured query object')
  for (const name of ['text', 'phrases', 'exclude', 'title', 'author'] as const) {
    const value: unknown = query[name]
    const text = name === 'text'
    if (value !== undefined && !(text ? typeof value === 'string' : Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
      throw new QuerySyntaxError(`query.${name} must be ${text ? 'a string' : 'an array of strings'}`)
    }
  }
  return query
}

function checkOptions(options: SearchOptions): { limit: number; offset: number; facetLimit: number } {
  if (options === null || typeof options !== 'object') throw new OptionsError('search options must be an object')
  if (options.sort !== undefined) checkOneOf('search option sort', options.sort, SORT_ORDERS)
  for (const f of options.facets ?? []) checkOneOf('a facet', f, FACET_FIELDS)
  return {
    limit: countOption('search option limit', options.limit, DEFAULT_LIMIT),
    offset: countOption('search option offset', options.offset, 0),
    facetLimit: countOption('search option facetLimit', options.facetLimit, DEFAULT_FACET_LIMIT),
  }
}

/** A row test built from the query's phrases, title:, author: and exclusions. */
interface Constraints {
  /** Every set must contain the row. */
  required: Set<number>[]
  /** No set may contain the row. */
  excluded: Set<number>[]
  /** The row needs one of these authors (one list per author: entry). */
  authorSets: Set<number>[]
}

function phraseRows(core: SearchCore, phrase: string): Set<number> {
  const normalized = normalizeForPhrase(phrase)
  if (normalized === '') return new Set(core.store.liveRows())
  const words = core.analyzer.analyzeQuery(phrase)
  let candidates: Set<number> | undefined
  const narrow = (rows: Set<number>) => {
    if (!candidates) candidates = rows
    else for (const row of candidates) if (!rows.has(row)) candidates.delete(row)
  }
  for (const word of words) {
    if (word.grams.length > 0) narrow(rowsWithAllTerms(core, word.grams, GRAM_FIELD_IDS))
    const latin = word.terms.filter((t) => !HANGUL.test(t.term) && ONLY_LATIN_OR_DIGITS.test(t.term))
    if (latin.length > 0) narrow(rowsWithAllTerms(core, latin, WORD_FIELD_IDS))
  }
  const out = new Set<number>()
  const { titles, summaries } = core.store
  const { fast, slow } = phraseTests(phrase)
  const unusual = unusualRows(core)
  for (const row of candidates ?? core.store.liveRows()) {
    const title = titles[row]!
    const summary = summaries[row]!
    if (fast(title) || fast(summary) || (unusual.has(row) && (slow(title) || slow(summary)))) out.add(row)
  }
  return out
}

/** Rows whose text holds compatibility characters (phrase checks normalize those first); per revision. */
const unusualRows = perRevision((core): Set<number> => {
  const rows = new Set<number>()
  const { alive, titles, summaries, rowCount } = core.store
  for (let row = 0; row < rowCount; row++) {
    if (alive[row] && (needsNormalization(titles[row]!) || needsNormalization(summaries[row]!))) rows.add(row)
  }
  return rows
})

function wordRows(core: SearchCore, word: string, wordFields: readonly number[], gramFields: readonly number[]): Set<number> {
  const union = new Set<number>()
  for (const w of core.analyzer.analyzeQuery(word)) {
    for (const row of rowsWithAllTerms(core, w.terms, wordFields)) union.add(row)
    for (const row of rowsWithAllTerms(core, w.grams, gramFields)) union.add(row)
  }
  return union
}

function buildConstraints(core: SearchCore, query: StructuredQuery): Constraints {
  const c: Constraints = { required: [], excluded: [], authorSets: [] }
  for (const phrase of query.phrases ?? []) c.required.push(phraseRows(core, phrase))
  for (const entry of query.title ?? []) {
    // Every word of a title: entry must be in the title (as a word, or as its grams for Korean compounds).
    for (const word of core.analyzer.analyzeQuery(entry)) {
      if (word.terms.length === 0 && word.grams.length === 0) continue
      c.required.push(wordRows(core, word.text, [FIELD_ID.title], [FIELD_ID.titleGram]))
    }
  }
  for (const entry of query.author ?? []) c.authorSets.push(new Set(core.store.authors.idsMatchingWords(entry)))
  for (const entry of query.exclude ?? []) {
    const text = entry.trim()
    if (text === '') continue
    if (/\s/.test(text)) c.excluded.push(phraseRows(core, text))
    else {
      // A single word: papers having all its word-view terms (so `-모델` also drops `모델들은`).
      const rows = new Set<number>()
      for (const w of core.analyzer.analyzeQuery(text)) {
        const byTerms = w.terms.length > 0
        for (const row of rowsWithAllTerms(core, byTerms ? w.terms : w.grams, byTerms ? WORD_FIELD_IDS : GRAM_FIELD_IDS)) rows.add(row)
      }
      c.excluded.push(rows)
    }
  }
  return c
}

function passes(c: Constraints, core: SearchCore, row: number): boolean {
  const ids = core.store.authorIds[row]!
  return (
    c.required.every((set) => set.has(row)) &&
    !c.excluded.some((set) => set.has(row)) &&
    c.authorSets.every((set) => ids.some((id) => set.has(id)))
  )
}

/** Day number of the newest paper, cached per index revision. */
const newestDay = perRevision((core): number => {
  let newest = 0
  const { alive, dateNum, rowCount } = core.store
  for (let row = 0; row < rowCount; row++) if (alive[row] && dateNum[row]! > newest) newest = dateNum[row]!
  return newest > 0 ? dayNumber(newest) : 0
})

/** Number of set bits (matched query words; usually a handful). */
function popcount(x: number): number {
  let n = 0
  for (; x !== 0; x &= x - 1) n++
  return n
}

/** Runs a search on an index core. */
export function runSearch(core: SearchCore, query: string | StructuredQuery, options: SearchOptions = {}): SearchResults {
  const structured = typeof query === 'string' ? parseQuery(query) : checkStructured(query)
  checkQuerySize(structured)
  const { limit, offset, facetLimit } = checkOptions(options)
  const store = core.store
  const filter = compileFilter([structured.filter, options.filter], store)
  const priors = resolvePriors(options.priors, core.settings.priors)

  const plan = new PlanBuilder(core)
  const text = structured.text?.trim() ?? ''
  const words = text ? core.analyzer.analyzeQuery(text, { prefixLast: options.prefix === true }) : []
  plan.addWords(words, { prefixLast: options.prefix === true })
  for (const phrase of structured.phrases ?? []) plan.addWords(core.analyzer.analyzeQuery(phrase))
  for (const entry of structured.title ?? []) plan.addWords(core.analyzer.analyzeQuery(entry), { titleOnly: true })
  const hasWords = [text, ...(structured.phrases ?? []), ...(structured.title ?? [])].some((t) => t.trim() !== '')

  const buffers = buffersFor(core)
  buffers.reset(store.rowCount)
  let used: UsedTerms = { word: new Set(), gram: new Set() }
  if (hasWords) {
    used = scoreSpecs(core, buffers, plan.specs)
    creditSpacedCompounds(core, buffers, words)
  } else {
    // Browse mode: every paper matches with score 0.
    const { alive, rowCount } = store
    for (let row = 0; row < rowCount; row++) {
      if (!alive[row]) continue
      buffers.scores[row] = 0
      buffers.rows[buffers.count++] = row
    }
  }

  const constraints = buildConstraints(core, structured)
  const constrained = constraints.required.length + constraints.excluded.length + constraints.authorSets.length > 0
  const counter = options.facets && options.facets.length > 0 ? new FacetCounter(options.facets, store, filter) : undefined
  const { rows, scores, bits } = buffers
  // Counting authors reads each row's own id array: in row order those arrays are read in memory order
  // (the author facet counted about twice as fast at 100k papers).
  if (options.facets?.includes('author')) rows.subarray(0, buffers.count).sort()
  const usePriors = hasWords && (priors.votes > 0 || priors.recency > 0)
  const factors = usePriors ? priorFactors(core, priors, newestDay(core)) : undefined
  let hitCount = 0
  for (let i = 0; i < buffers.count; i++) {
    const row = rows[i]!
    if (constrained && !passes(constraints, core, row)) continue
    const mask = filter.active ? failureMask(filter, store, row) : 0
    counter?.add(row, mask)
    if (mask !== 0) continue
    if (hasWords) {
      let score = scores[row]!
      if (COORDINATION) score *= Math.max(1, popcount(bits[row]!))
      if (factors) score *= factors[row]!
      scores[row] = score
    }
    rows[hitCount++] = row
  }

  const sort: SortOrder = options.sort ?? (hasWords ? 'relevance' : 'date')
  const { dateNum, votes, ids } = store
  // Ordered by the sort's column, then its tie-breaker column, then id.
  const [first, second] = sort === 'relevance' ? [scores, dateNum] : sort === 'date' ? [dateNum, scores] : [votes, dateNum]
  const before: RowOrder = (a, b) =>
    first[a] !== first[b] ? first[a]! > first[b]! : second[a] !== second[b] ? second[a]! > second[b]! : ids[a]! < ids[b]!
  const page = selectTop(rows, hitCount, offset + limit, before).slice(offset)

  const hits: SearchHit[] = page.map((row) => {
    const paper = store.paper(row)
    const hit: SearchHit = { id: paper.id, score: hasWords ? scores[row]! : 0, paper }
    if (options.highlight) {
      hit.highlights = highlightHit({ title: paper.title, summaryText: paper.summary, authors: paper.authors }, used, core.analyzer)
    }
    return hit
  })

  const { facets, facetStats } = counter?.finish(facetLimit) ?? { facets: {}, facetStats: {} }
  return { total: hitCount, hits, facets, facetStats, query: structured }
}
