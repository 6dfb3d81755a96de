// Turns a structured query into scoring term specs. Every query word becomes word-view specs (fields
// title, summary, authors) and gram-view specs (titleGram, summaryGram), all OR-ed into one BM25 sum
// with per-field boosts: the MiniSearch nested query
//   { combineWith: 'OR', queries: [{ queries: wordTerms, fields: [title, summary, authors], boost },
//                                  { queries: gramTerms, fields: [titleGram, summaryGram], boost }] }
// evaluated by term-scorer.ts. Each query word owns one bit, used for coordination (how many of the
// query's words a paper matched). Glossary synonyms of a word (QueryWord.synonyms) join its bit with a
// lower weight (SYNONYM_WEIGHT), so a paper written with another form of the concept still matches it;
// the parts of a word (언어, 모델 of 언어모델) join it at PART_WEIGHT.

import type { QueryWord, TermView } from '../analysis/types.js'
import type { FieldBoosts } from '../index/defaults.js'
import { FIELD_ID, type IndexField } from '../index/fields.js'
import type { SearchCore } from '../index/search-core.js'
import { PART_WEIGHT, SYNONYM_PART_COORDINATES, SYNONYM_PART_WEIGHT, SYNONYM_WEIGHT } from './defaults.js'

export interface FieldWeight {
  id: number
  boost: number
}

/** One term to score. */
export interface TermSpec {
  term: string
  view: TermView
  fields: FieldWeight[]
  /** Also score indexed terms that start with `term` (search-as-you-type). */
  prefix: boolean
  /** With `prefix`: the jamo the syllable after `term` must start with (an IME still composing). */
  nextInitial?: string
  /** Bits of the query words this term stands for. */
  bits: number
  /** Score multiplier: 1 for a query word's own terms, lower for its glossary synonyms. Absent means 1. */
  weight?: number
}

const WORD_FIELDS: IndexField[] = ['title', 'summary', 'authors']
const GRAM_FIELDS: IndexField[] = ['titleGram', 'summaryGram']
const TITLE_WORD: IndexField[] = ['title']
const TITLE_GRAM: IndexField[] = ['titleGram']

function weights(fields: IndexField[], boosts: FieldBoosts): FieldWeight[] {
  return fields.map((f) => ({ id: FIELD_ID[f], boost: boosts[f] }))
}

/** Collects term specs, merging duplicates (a term typed twice counts once). */
export class PlanBuilder {
  readonly specs: TermSpec[] = []
  readonly #byKey = new Map<string, TermSpec>()
  #wordCount = 0

  readonly #core: SearchCore

  constructor(core: SearchCore) {
    this.#core = core
  }

  #push(term: string, view: TermView, fields: IndexField[], bits: number, prefix: boolean, nextInitial?: string, weight = 1): void {
    if (!term) return
    const key = `${view}\u0000${fields.join(',')}\u0000${term}\u0000${nextInitial ?? ''}`
    const existing = this.#byKey.get(key)
    if (existing) {
      existing.bits |= bits
      existing.prefix ||= prefix
      // A term typed in one word and a synonym of another scores as typed.
      if (weight > (existing.weight ?? 1)) {
        if (weight === 1) delete existing.weight
        else existing.weight = weight
      }
      return
    }
    const spec: TermSpec = { term, view, fields: weights(fields, this.#core.settings.boosts), prefix, bits }
    if (nextInitial) spec.nextInitial = nextInitial
    if (weight !== 1) spec.weight = weight
    this.#byKey.set(key, spec)
    this.specs.push(spec)
  }

  #nextBit(): number {
    // Words past the 31st share the last bit; coordination then undercounts, which is harmless.
    const bit = 1 << Math.min(this.#wordCount, 30)
    this.#wordCount++
    return bit
  }

  /** Adds analyzed words of free text (or of a phrase), optionally restricted to titles. */
  addWords(words: QueryWord[], options: { prefixLast?: boolean; titleOnly?: boolean } = {}): void {
    const wordFields = options.titleOnly ? TITLE_WORD : WORD_FIELDS
    const gramFields = options.titleOnly ? TITLE_GRAM : GRAM_FIELDS
    words.forEach((word, i) => {
      if (word.terms.length === 0 && word.grams.length === 0 && !word.completion) return
      const bit = this.#nextBit()
      const completing = options.prefixLast === true && i === words.length - 1 && word.completion !== undefined
      const completion = completing ? word.completion! : undefined
      for (const t of word.terms) {
        const asPrefix = completion !== undefined && completion.nextInitial === undefined && t.term === completion.prefix
        this.#push(t.term, 'word', wordFields, bit, asPrefix, undefined, t.part === true ? PART_WEIGHT : 1)
      }
      if (completion && (completion.nextInitial !== undefined || !word.terms.some((t) => t.term === completion.prefix))) {
        this.#push(completion.prefix, 'word', wordFields, bit, true, completion.nextInitial)
      }
      for (const g of word.grams) this.#push(g.term, 'gram', gramFields, bit, false)
      for (const s of word.synonyms ?? []) {
        const part = s.part === true
        this.#push(s.term, 'word', wordFields, part && !SYNONYM_PART_COORDINATES ? 0 : bit, false, undefined, part ? SYNONYM_PART_WEIGHT : SYNONYM_WEIGHT)
      }
    })
  }
}
