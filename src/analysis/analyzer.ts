/**
 * The `hanseek-ko` analyzer: normalize → segment → Korean/English filters → word and gram views.
 */
import { AnalyzerError } from './errors.js'
import { DEFAULT_ANALYZER_OPTIONS, EOJEOL_CACHE_BITS, HANSEEK_KO, HANSEEK_KO_VERSION, type AnalyzerOptions } from './defaults.js'
import { englishTerms } from './english.js'
import { charGrams, type Gram } from './grams.js'
import { analyzeEojeol, counterLength, type EojeolAnalysis, type KoreanStemOptions } from './korean-stem.js'
import { parseLexicon } from './korean-lexicon.js'
import { normalize, originalSpan, type NormalizedText } from './normalize.js'
import { analyzeQueryText } from './query.js'
import { attachSynonyms, parseGlossary, SynonymMatcher } from './synonyms.js'
import { scanRuns, type RunVisitor, type Script } from './segment.js'
import { SpanCache } from './eojeol-cache.js'
import type { Analyzer, AnalyzerDescriptor, QueryAnalysisOptions, QueryWord, TermsByView, Token } from './types.js'

function validateOptions(options: AnalyzerOptions | undefined): Required<AnalyzerOptions> {
  if (options === undefined || options === null) return { ...DEFAULT_ANALYZER_OPTIONS }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new AnalyzerError('invalid-options', 'analyzer options must be a plain object')
  }
  const known = new Set(Object.keys(DEFAULT_ANALYZER_OPTIONS))
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new AnalyzerError('invalid-options', `unknown analyzer option "${key}" (known: ${[...known].join(', ')})`)
    }
  }
  const merged = { ...DEFAULT_ANALYZER_OPTIONS, ...stripUndefined(options) }
  if (!Number.isInteger(merged.grams) || merged.grams < 0 || merged.grams > 4) {
    throw new AnalyzerError('invalid-options', `analyzer option "grams" must be an integer from 0 to 4, got ${String(merged.grams)}`)
  }
  for (const key of ['stemEnglish', 'splitCompounds', 'synonyms'] as const) {
    if (typeof merged[key] !== 'boolean') {
      throw new AnalyzerError('invalid-options', `analyzer option "${key}" must be true or false, got ${String(merged[key])}`)
    }
  }
  for (const key of ['glossary', 'lexicon'] as const) {
    if (typeof merged[key] !== 'string') {
      throw new AnalyzerError('invalid-options', `analyzer option "${key}" must be the ${key} text (a string), got ${typeof merged[key]}`)
    }
  }
  return merged
}

function stripUndefined(options: AnalyzerOptions): AnalyzerOptions {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v
  return out as AnalyzerOptions
}

const HYPHENS = /[\u2010\u2011]/g

interface CachedEojeol {
  readonly analysis: EojeolAnalysis
  readonly grams: readonly Gram[]
}

class HanseekKoAnalyzer implements Analyzer {
  readonly descriptor: AnalyzerDescriptor
  readonly #options: Required<AnalyzerOptions>
  readonly #korean: KoreanStemOptions
  readonly #eojeols = new SpanCache<CachedEojeol>(EOJEOL_CACHE_BITS)
  readonly #latinCache = new SpanCache<string[]>(EOJEOL_CACHE_BITS)
  readonly #makeEojeol = (word: string): CachedEojeol => {
    const analysis = analyzeEojeol(word, this.#korean)
    const grams = this.#options.grams > 0 && analysis.terms.length > 0 ? charGrams(word.slice(0, analysis.keep), this.#options.grams) : []
    return { analysis, grams }
  }

  constructor(options: Required<AnalyzerOptions>) {
    this.#options = options
    this.#korean = { splitCompounds: options.splitCompounds, lexicon: options.lexicon !== '' ? parseLexicon(options.lexicon) : undefined }
    // `synonyms` changes no index term: recorded only when off, so descriptors of older indexes still match.
    // The glossary is recorded whenever it is used: it is what lets a loaded index expand queries
    // without the query side shipping a glossary of its own.
    const { synonyms, glossary, lexicon, ...rest } = options
    const recorded = lexicon !== '' ? { ...rest, lexicon } : rest
    const described = !synonyms ? { ...recorded, synonyms } : glossary !== '' ? { ...recorded, glossary } : recorded
    this.descriptor = Object.freeze({ name: HANSEEK_KO, version: HANSEEK_KO_VERSION, options: Object.freeze(described) })
  }

  #synonymMatcher: SynonymMatcher | undefined

  /** The glossary compiled with this analyzer's own chain, on first use (it costs a few ms). */
  #matcher(): SynonymMatcher {
    this.#synonymMatcher ??= new SynonymMatcher(parseGlossary(this.#options.glossary), (form) =>
      form.split(/\s+/).map((piece) => this.analyze(piece).filter((t) => t.view === 'word')),
    )
    return this.#synonymMatcher
  }

  analyze(text: string): Token[] {
    if (typeof text !== 'string') throw new AnalyzerError('invalid-options', `analyze() expects a string, got ${typeof text}`)
    const normalized = normalize(text)
    const tokens: Token[] = []
    scanRuns(normalized.text, new Collector(this, normalized, text, tokens))
    return tokens
  }

  analyzeTerms(text: string): TermsByView {
    if (typeof text !== 'string') throw new AnalyzerError('invalid-options', `analyzeTerms() expects a string, got ${typeof text}`)
    const normalized = normalize(text)
    const collector = new Collector(this, normalized, text, undefined)
    scanRuns(normalized.text, collector)
    return { word: collector.word, gram: collector.gram }
  }

  analyzeQuery(text: string, options?: QueryAnalysisOptions): QueryWord[] {
    if (typeof text !== 'string') throw new AnalyzerError('invalid-options', `analyzeQuery() expects a string, got ${typeof text}`)
    const words = analyzeQueryText(text, (piece) => this.analyze(piece), options?.prefixLast === true)
    if (this.#options.synonyms && this.#options.glossary !== '' && words.length > 0) attachSynonyms(words, this.#matcher())
    return words
  }

  /** @internal */
  eojeol(text: string, start: number, end: number): CachedEojeol {
    return this.#eojeols.get(text, start, end, this.#makeEojeol)
  }

  /** @internal Terms of a Latin run; keyed by the original surface because acronyms depend on case. */
  latin(lower: string, original: string, start: number, end: number): string[] {
    return this.#latinCache.get(original, start, end, (surface) => englishTerms(lower, surface, this.#options.stemEnglish))
  }
}

/**
 * Collects what one `analyze` (tokens with offsets) or `analyzeTerms` call (term strings per view, when
 * `tokens` is undefined) returns, while the tokenizer reports runs. One class for both, so the two can
 * never disagree on which terms a text has.
 */
class Collector implements RunVisitor {
  readonly word: string[] = []
  readonly gram: string[] = []
  readonly #analyzer: HanseekKoAnalyzer
  readonly #normalized: NormalizedText
  readonly #original: string
  readonly #text: string
  #wordFirstToken = 0
  #contentRuns = 0
  #contentEnd = 0
  #runsInWord = 0

  constructor(
    analyzer: HanseekKoAnalyzer,
    normalized: NormalizedText,
    original: string,
    readonly tokens: Token[] | undefined,
  ) {
    this.#analyzer = analyzer
    this.#normalized = normalized
    this.#original = original
    this.#text = normalized.text
  }

  #push(term: string, start: number, end: number, view: Token['view'], part: boolean): void {
    const tokens = this.tokens
    if (tokens === undefined) {
      ;(view === 'word' ? this.word : this.gram).push(term)
      return
    }
    if (this.#normalized.starts !== null) [start, end] = originalSpan(this.#normalized, start, end)
    tokens.push(part ? { term, start, end, view, part: true } : { term, start, end, view })
  }

  run(start: number, end: number, script: Script, afterLatin: boolean): void {
    if (this.#runsInWord === 0) {
      this.#wordFirstToken = this.tokens?.length ?? 0
      this.#contentRuns = 0
    }
    this.#runsInWord++
    // Parts are only known to be parts once the word turns out joined; endWord marks them then.
    let contentEnd = start
    switch (script) {
      case 'hangul': {
        // After a number the first syllable is a counter: 2배로 → 배, as 배 alone (not the noun 배로).
        if (afterLatin && this.#text.charCodeAt(start - 1) <= 57 && counterLength(this.#text.slice(start, end)) > 0) end = start + 1
        const { analysis, grams } = this.#analyzer.eojeol(this.#text, start, end)
        if (analysis.grammatical && (afterLatin || analysis.terms.length === 0)) break
        for (const t of analysis.terms) this.#push(t.term, start + t.start, start + t.end, 'word', t.part === true)
        for (const g of grams) this.#push(g.term, start + g.start, start + g.end, 'gram', false)
        if (analysis.terms.length > 0) contentEnd = start + analysis.keep
        break
      }
      case 'latin': {
        // Acronym detection reads the original surface, so map the span back when offsets changed.
        let s = start
        let e = end
        if (this.#normalized.starts !== null) [s, e] = originalSpan(this.#normalized, start, end)
        for (const term of this.#analyzer.latin(this.#text.slice(start, end), this.#original, s, e)) {
          if (this.tokens === undefined) this.word.push(term)
          else this.tokens.push({ term, start: s, end: e, view: 'word' })
        }
        contentEnd = end
        break
      }
      default:
        this.#push(this.#text.slice(start, end), start, end, 'word', false)
        contentEnd = end
    }
    if (contentEnd > start) {
      this.#contentRuns++
      this.#contentEnd = contentEnd
    }
  }

  endWord(start: number, _end: number, joined: boolean): void {
    const runs = this.#runsInWord
    this.#runsInWord = 0
    if (!joined || runs < 2) return
    // A joined word (gpt-4o, 텍스트-이미지를): its runs are parts, and the whole comes first.
    const tokens = this.tokens
    if (tokens !== undefined) {
      for (let i = this.#wordFirstToken; i < tokens.length; i++) {
        const t = tokens[i] as Token
        if (t.view === 'word' && t.part !== true) tokens[i] = { term: t.term, start: t.start, end: t.end, view: 'word', part: true }
      }
    }
    if (this.#contentRuns < 2) return
    const term = this.#text.slice(start, this.#contentEnd).replace(HYPHENS, '-')
    if (tokens === undefined) {
      this.word.push(term)
      return
    }
    const [s, e] = originalSpan(this.#normalized, start, this.#contentEnd)
    tokens.splice(this.#wordFirstToken, 0, { term, start: s, end: e, view: 'word' })
  }
}

/**
 * Creates the `hanseek-ko` analyzer (Korean + English, word and gram views), exactly as `options`
 * describe it: query synonyms only from `options.glossary` (none by default), so that loading an index,
 * which rebuilds its analyzer from the recorded options, never needs the built-in glossary in the bundle.
 * For the built-in glossary use `createDefaultAnalyzer` (what `buildIndex` uses).
 *
 * @example
 * const analyzer = createAnalyzer()
 * analyzer.analyze('모델들은 GPT-4o를').filter(t => t.view === 'word').map(t => t.term)
 * // ['모델', 'gpt-4o', 'gpt', '4o']
 * analyzer.descriptor // { name: 'hanseek-ko', version: '6', options: { grams: 2, stemEnglish: true, splitCompounds: true } }
 * createAnalyzer({ glossary: 'reinforcement learning|RL|강화학습' }).analyzeQuery('강화학습')[0]?.synonyms?.map(t => t.term)
 * // ['reinforc', 'learn', 'rl']
 *
 * @throws AnalyzerError (`invalid-options`) for an unknown option or a value of the wrong type.
 */
export function createAnalyzer(options?: AnalyzerOptions): Analyzer {
  return new HanseekKoAnalyzer(validateOptions(options))
}
