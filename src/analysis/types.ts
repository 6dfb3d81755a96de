/**
 * Which view of the text a term belongs to. hanseek indexes more than one view of the same text and
 * fuses them at ranking time (see DESIGN.md):
 * - `word`: whole words and light stems (`모델들은` → `모델`, `GPT-4o` → `gpt-4o`, `gpt`, `4o`);
 * - `gram`: overlapping character n-grams of Hangul runs (`언어모델` → `언어`, `어모`, `모델`), which find
 *   compounds and spacing variants that no stemming rule foresaw.
 */
export type TermView = 'word' | 'gram'

/** Terms of a text per view, as returned by `Analyzer.analyzeTerms`. */
export interface TermsByView {
  word: string[]
  gram: string[]
}

/** One term with the span of original text it came from. */
export interface Token {
  /** The normalized term, as stored in the index. */
  term: string
  /** Start offset (UTF-16 code units) in the original, un-normalized input string. */
  start: number
  /** End offset (exclusive) in the original input string. */
  end: number
  view: TermView
  /**
   * True for a term that is a part or base of another term emitted for the same surface (identifier parts
   * `gpt`, `4o` of `gpt-4o`; compound parts `언어`, `모델` of `언어모델`; `효율` of `효율성`). A query may
   * treat part terms as optional when the whole matched. Absent means false.
   */
  part?: boolean
}

/** What the index records about the analyzer it was built with. Options are plain JSON. */
export interface AnalyzerDescriptor {
  name: string
  /** Bumped whenever any stage changes the terms it produces for some input. */
  version: string
  options: Readonly<Record<string, unknown>>
}

/** How a query word still being typed should be completed. */
export interface QueryCompletion {
  /**
   * The term prefix every completion starts with (already normalized), e.g. `양자` for `양잫`, or
   * `transf` for `transf`.
   */
  prefix: string
  /**
   * When the last typed syllable is still being composed by an IME, the jamo that must begin the
   * next syllable (e.g. `양잫` → prefix `양자`, nextInitial `ㅎ`, so `양자화` matches). Absent otherwise.
   */
  nextInitial?: string
  /**
   * The normalized word exactly as typed (`양잫`, `모델`). Terms that start with it also complete the word:
   * the last syllable may be finished already, so both readings should be offered. Absent when equal to
   * `prefix`.
   */
  typed?: string
}

/** One word of a query (a whitespace-separated piece of the query text) with its analysis. */
export interface QueryWord {
  /** The word as typed. */
  text: string
  start: number
  end: number
  /** Word-view terms: every one should be matched. */
  terms: Token[]
  /** Gram-view terms of the same word. */
  grams: Token[]
  /** Present when the word is the last one and the user may still be typing it. */
  completion?: QueryCompletion
  /** Present when the word is made only of initial consonants (`ㅇㅈㅎ`): those consonants, as typed. */
  choseong?: string
  /**
   * Word-view terms of glossary forms equivalent to a glossary form this word is part of (`강화학습` →
   * `rl`, `reinforc`, `learn`, ...), analyzed by the same chain so they are index terms. Kept apart from
   * `terms` (a query may weigh them lower); offsets span the whole matched form. `part` marks a piece of
   * a multi-word form. Absent when no form matched or synonyms are off.
   */
  synonyms?: Token[]
}

/** Options of `Analyzer.analyzeQuery`. */
export interface QueryAnalysisOptions {
  /** Treat the last word as a prefix (search-as-you-type). Default false. */
  prefixLast?: boolean
}

/**
 * Turns text into terms. The same analyzer (same name, version and options) must be used at build and at
 * query time; the index records `descriptor` and refuses to be queried with another.
 */
export interface Analyzer {
  readonly descriptor: AnalyzerDescriptor
  /** Index-time analysis: every term of both views, with offsets into `text`, in text order. */
  analyze(text: string): Token[]
  /**
   * Index-time fast path: the same terms as `analyze(text)`, per view, without offsets or token objects
   * (what an index needs). Optional so custom analyzers need not implement it; callers fall back to
   * `analyze`. Term order inside a view may differ from `analyze`'s; the multiset is the same.
   *
   * @example
   * analyzer.analyzeTerms?.('모델들은 GPT-4o를') // { word: ['모델', 'gpt', '4o', 'gpt-4o'], gram: ['모델'] }
   */
  analyzeTerms?(text: string): TermsByView
  /** Query-time analysis: the same chain, grouped by query word, plus completion hints. */
  analyzeQuery(text: string, options?: QueryAnalysisOptions): QueryWord[]
}
