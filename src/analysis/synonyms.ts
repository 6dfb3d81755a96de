/**
 * Query-time synonym stage, in the manner of Lucene's SynonymGraphFilter: finds glossary forms in an
 * analyzed query (one or more consecutive words, compared by their analyzed stems) and returns the
 * word-view terms of every equivalent form, so `전문가 혼합 모델에서` also looks for `moe` and
 * `mixture-of-experts`, and `diffusion` also looks for `확산` and `디퓨전`.
 *
 * Why it works on analyzed words: the forms go through the same analyzer chain as the index, so an
 * expansion term is exactly a term documents contain, and a glossary form matches whatever particles,
 * endings or plurals the query puts on it.
 */
import type { Token } from './types.js'

/** One term an expansion adds. */
export interface SynonymTerm {
  term: string
  /**
   * True when the term is only a piece of its form (one word of `reinforcement learning`, or a part the
   * analyzer split off a compound), so it stands for the concept only together with the other pieces.
   */
  part: boolean
}

/** A glossary match inside a query: words `from`..`to` (inclusive) and what they expand to. */
export interface SynonymMatch {
  from: number
  to: number
  expansions: readonly SynonymTerm[]
}

/** Word-view terms of a text, grouped by whitespace-separated word (stop words give an empty list). */
export type WordAnalysis = (text: string) => ReadonlyArray<ReadonlyArray<Pick<Token, 'term' | 'part'>>>

/** The longest span, in matching units, a glossary key may take; longer forms are ignored. */
const MAX_UNITS = 8
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/

function isHangul(ch: string | undefined): boolean {
  return ch !== undefined && HANGUL_SYLLABLE.test(ch)
}

/**
 * The matching units of one analyzed word: its whole terms, except that a joined Latin word
 * (`fine-tuning`, `mixture-of-experts`) counts as its stemmed pieces, so it meets the spaced spelling.
 * A word with part terms only (`인-컨텍스트` → `컨텍스트`) counts as those parts: were it to count as
 * nothing, `인-컨텍스트 학습` would shrink to the key `학습` and widen every query with 학습.
 */
function unitsOf(terms: ReadonlyArray<Pick<Token, 'term' | 'part'>>): string[] {
  const out: string[] = []
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!
    if (t.part === true) continue
    const pieces: string[] = []
    for (let j = i + 1; j < terms.length && terms[j]!.part === true; j++) pieces.push(terms[j]!.term)
    if (t.term.includes('-') && pieces.length > 0) out.push(...pieces)
    else out.push(t.term)
  }
  if (out.length === 0) for (const t of terms) out.push(t.term)
  return out
}

/**
 * Joins units into a lookup key. Hangul units join without a space, so `강화 학습` and `강화학습` (and
 * `검색 증강 생성` / `검색증강생성`) give the same key; anything else joins with one space.
 */
function joinUnits(units: readonly string[], from: number, to: number): string {
  let key = units[from]!
  for (let i = from + 1; i <= to; i++) {
    const next = units[i]!
    key += isHangul(key.charAt(key.length - 1)) && isHangul(next.charAt(0)) ? next : ' ' + next
  }
  return key
}

/** Splits the `|`-separated glossary text into groups of forms. */
export function parseGlossary(text: string): string[][] {
  const groups: string[][] = []
  for (const line of text.split('\n')) {
    const forms = line.split('|').map((f) => f.trim()).filter((f) => f.length > 0)
    if (forms.length > 1) groups.push(forms)
  }
  return groups
}

/**
 * A compiled glossary: a map from the key of every form to the terms of all its equivalent forms.
 *
 * @example
 * const matcher = new SynonymMatcher([['reinforcement learning', 'RL', '강화학습']], wordsOf)
 * matcher.match([[{ term: '강화' }], [{ term: '학습' }]])
 * // [{ from: 0, to: 1, expansions: [{ term: 'reinforc', part: true }, { term: 'learn', part: true }, { term: 'rl', part: false }, ...] }]
 */
export class SynonymMatcher {
  readonly #byKey = new Map<string, SynonymTerm[]>()
  readonly #maxUnits: number

  /**
   * @param groups groups of equivalent forms (a form may be in several groups; it then expands to the
   *   forms of each, not transitively).
   * @param analyzeWords the analyzer chain the index uses, word view, per word.
   */
  constructor(groups: readonly (readonly string[])[], analyzeWords: WordAnalysis) {
    const keysOfGroup: string[][] = []
    const termsOfGroup: SynonymTerm[][] = []
    let maxUnits = 1
    for (const forms of groups) {
      const keys: string[] = []
      const terms: SynonymTerm[] = []
      for (const form of forms) {
        const words = analyzeWords(form).filter((w) => w.length > 0)
        const units = words.flatMap(unitsOf)
        if (units.length === 0 || units.length > MAX_UNITS) continue
        keys.push(joinUnits(units, 0, units.length - 1))
        maxUnits = Math.max(maxUnits, units.length)
        const multiWord = words.length > 1
        for (const w of words) for (const t of w) terms.push({ term: t.term, part: multiWord || t.part === true })
        if (multiWord && /^[\uac00-\ud7a3\s]+$/.test(form)) {
          // A spaced Korean form is also written closed up; the closed-up word is indexed as one term.
          for (const w of analyzeWords(form.replace(/\s+/g, ''))) for (const t of w) if (t.part !== true) terms.push({ term: t.term, part: false })
        }
      }
      keysOfGroup.push(keys)
      termsOfGroup.push(terms)
    }
    for (let g = 0; g < keysOfGroup.length; g++) {
      for (const key of keysOfGroup[g]!) {
        const list = this.#byKey.get(key) ?? []
        list.push(...termsOfGroup[g]!)
        this.#byKey.set(key, list)
      }
    }
    for (const [key, list] of this.#byKey) this.#byKey.set(key, dedupe(list))
    this.#maxUnits = maxUnits
  }

  /** Number of distinct form keys (for tests and size checks). */
  get size(): number {
    return this.#byKey.size
  }

  /**
   * Glossary matches in a query given as the word-view terms of each query word. Longest match first,
   * left to right, without overlaps; at most `maxUnits` lookups per unit, so linear in the query length.
   * Expansion terms the matched words already have are left out.
   */
  match(words: ReadonlyArray<ReadonlyArray<Pick<Token, 'term' | 'part'>>>): SynonymMatch[] {
    const units: string[] = []
    const wordOfUnit: number[] = []
    words.forEach((terms, w) => {
      for (const unit of unitsOf(terms)) {
        units.push(unit)
        wordOfUnit.push(w)
      }
    })
    const matches: SynonymMatch[] = []
    let i = 0
    while (i < units.length) {
      let found: SynonymTerm[] | undefined
      let length = Math.min(this.#maxUnits, units.length - i)
      for (; length > 0; length--) {
        found = this.#byKey.get(joinUnits(units, i, i + length - 1))
        if (found !== undefined) break
      }
      if (found === undefined) {
        i++
        continue
      }
      const from = wordOfUnit[i]!
      const to = wordOfUnit[i + length - 1]!
      const own = new Set<string>()
      for (let w = from; w <= to; w++) for (const t of words[w]!) own.add(t.term)
      const expansions = found.filter((t) => !own.has(t.term))
      if (expansions.length > 0) matches.push({ from, to, expansions })
      i += length
    }
    return matches
  }
}

/** One entry per term; a term that is whole in some form counts as whole. */
function dedupe(list: SynonymTerm[]): SynonymTerm[] {
  const byTerm = new Map<string, SynonymTerm>()
  for (const t of list) {
    const seen = byTerm.get(t.term)
    if (seen === undefined) byTerm.set(t.term, { term: t.term, part: t.part })
    else if (!t.part) seen.part = false
  }
  return [...byTerm.values()]
}

/**
 * Adds `synonyms` to analyzed query words: every word of a matched span gets the span's expansion
 * terms (word view, with the span's offsets), so a paper written with another form matches each of the
 * words the form took in the query.
 */
export function attachSynonyms(
  words: Array<{ start: number; end: number; terms: Token[]; synonyms?: Token[] }>,
  matcher: SynonymMatcher,
): void {
  for (const m of matcher.match(words.map((w) => w.terms))) {
    const start = words[m.from]!.start
    const end = words[m.to]!.end
    for (let w = m.from; w <= m.to; w++) {
      // A stop word inside the span (`of` in `mixture of experts`) stands for nothing on its own.
      if (words[w]!.terms.length === 0) continue
      const tokens: Token[] = m.expansions.map((t) => (t.part ? { term: t.term, start, end, view: 'word', part: true } : { term: t.term, start, end, view: 'word' }))
      words[w]!.synonyms = tokens
    }
  }
}
