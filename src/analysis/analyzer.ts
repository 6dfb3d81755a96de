/**
 * The `hanseek-ko` analyzer: normalize → segment → Korean/English filters → word and gram views.
 */
import { AnalyzerError } from './errors.js'
import { DEFAULT_ANALYZER_OPTIONS, EOJEOL_CACHE_SIZE, HANSEEK_KO, HANSEEK_KO_VERSION, type AnalyzerOptions } from './defaults.js'
import { englishTerms } from './english.js'
import { charGrams, type Gram } from './grams.js'
import { analyzeEojeol, type EojeolAnalysis, type KoreanStemOptions } from './korean-stem.js'
import { normalize, originalSpan, type NormalizedText } from './normalize.js'
import { analyzeQueryText } from './query.js'
import { segment, type Run, type Word } from './segment.js'
import type { Analyzer, AnalyzerDescriptor, QueryAnalysisOptions, QueryWord, Token } from './types.js'

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
  for (const key of ['stemEnglish', 'splitCompounds'] as const) {
    if (typeof merged[key] !== 'boolean') {
      throw new AnalyzerError('invalid-options', `analyzer option "${key}" must be true or false, got ${String(merged[key])}`)
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
  private readonly options: Required<AnalyzerOptions>
  private readonly korean: KoreanStemOptions
  private readonly cache = new Map<string, CachedEojeol>()
  private readonly latinCache = new Map<string, string[]>()

  constructor(options: Required<AnalyzerOptions>) {
    this.options = options
    this.korean = { splitCompounds: options.splitCompounds }
    this.descriptor = Object.freeze({ name: HANSEEK_KO, version: HANSEEK_KO_VERSION, options: Object.freeze({ ...options }) })
  }

  analyze(text: string): Token[] {
    if (typeof text !== 'string') throw new AnalyzerError('invalid-options', `analyze() expects a string, got ${typeof text}`)
    const normalized = normalize(text)
    const tokens: Token[] = []
    for (const word of segment(normalized.text)) this.analyzeWord(word, normalized, text, tokens)
    return tokens
  }

  analyzeQuery(text: string, options?: QueryAnalysisOptions): QueryWord[] {
    if (typeof text !== 'string') throw new AnalyzerError('invalid-options', `analyzeQuery() expects a string, got ${typeof text}`)
    return analyzeQueryText(text, (piece) => this.analyze(piece), options?.prefixLast === true)
  }

  private eojeol(word: string): CachedEojeol {
    let result = this.cache.get(word)
    if (result === undefined) {
      const analysis = analyzeEojeol(word, this.korean)
      const grams = this.options.grams > 0 && analysis.terms.length > 0 ? charGrams(word.slice(0, analysis.keep), this.options.grams) : []
      result = { analysis, grams }
      // Starting over when full keeps memory bounded; results do not depend on the cache.
      if (this.cache.size >= EOJEOL_CACHE_SIZE) this.cache.clear()
      this.cache.set(word, result)
    }
    return result
  }

  private latin(lower: string, original: string): string[] {
    let terms = this.latinCache.get(original)
    if (terms === undefined) {
      terms = englishTerms(lower, original, this.options.stemEnglish)
      if (this.latinCache.size >= EOJEOL_CACHE_SIZE) this.latinCache.clear()
      this.latinCache.set(original, terms)
    }
    return terms
  }

  private push(tokens: Token[], normalized: NormalizedText, term: string, start: number, end: number, view: Token['view'], part: boolean): void {
    const starts = normalized.starts
    const ends = normalized.ends
    if (starts !== null && ends !== null) {
      const span = originalSpan(normalized, start, end)
      start = span[0]
      end = span[1]
    }
    tokens.push(part ? { term, start, end, view, part: true } : { term, start, end, view })
  }

  private analyzeWord(word: Word, normalized: NormalizedText, original: string, tokens: Token[]): void {
    const runs = word.runs
    const joined = word.joined && runs.length > 1
    // The whole of a joined word (gpt-4o, 텍스트-이미지) comes first, then its parts.
    let wholeAt = -1
    if (joined) {
      wholeAt = tokens.length
      tokens.push({ term: '', start: 0, end: 0, view: 'word' })
    }
    let contentRuns = 0
    let contentEnd = word.start
    for (const run of runs) {
      const end = this.analyzeRun(run, normalized, original, tokens, joined)
      if (end > run.start) {
        contentRuns++
        contentEnd = end
      }
    }
    if (wholeAt >= 0) {
      if (contentRuns >= 2) {
        const term = normalized.text.slice(word.start, contentEnd).replace(HYPHENS, '-')
        const [s, e] = originalSpan(normalized, word.start, contentEnd)
        tokens[wholeAt] = { term, start: s, end: e, view: 'word' }
      } else {
        tokens.splice(wholeAt, 1)
      }
    }
  }

  /** Emits the terms of one run; returns the end of its content (run.start when it had none). */
  private analyzeRun(run: Run, normalized: NormalizedText, original: string, tokens: Token[], inJoined: boolean): number {
    switch (run.script) {
      case 'hangul': {
        const { analysis, grams } = this.eojeol(run.text)
        if (analysis.grammatical) return run.start
        for (const t of analysis.terms) {
          this.push(tokens, normalized, t.term, run.start + t.start, run.start + t.end, 'word', inJoined || t.part === true)
        }
        for (const g of grams) this.push(tokens, normalized, g.term, run.start + g.start, run.start + g.end, 'gram', false)
        return analysis.terms.length > 0 ? run.start + analysis.keep : run.start
      }
      case 'latin': {
        const [s, e] = originalSpan(normalized, run.start, run.end)
        const terms = this.latin(run.text, original.slice(s, e))
        for (const term of terms) tokens.push(inJoined ? { term, start: s, end: e, view: 'word', part: true } : { term, start: s, end: e, view: 'word' })
        // Stop words inside a joined word (text-to-image) still belong to the whole.
        return run.end
      }
      default: {
        this.push(tokens, normalized, run.text, run.start, run.end, 'word', inJoined)
        return run.end
      }
    }
  }
}

/**
 * Creates the `hanseek-ko` analyzer (Korean + English, word and gram views).
 *
 * @example
 * const analyzer = createAnalyzer()
 * analyzer.analyze('모델들은 GPT-4o를').filter(t => t.view === 'word').map(t => t.term)
 * // ['모델', 'gpt-4o', 'gpt', '4o']
 * analyzer.descriptor // { name: 'hanseek-ko', version: '1', options: { grams: 2, stemEnglish: true, splitCompounds: true } }
 *
 * @throws AnalyzerError (`invalid-options`) for an unknown option or a value of the wrong type.
 */
export function createAnalyzer(options?: AnalyzerOptions): Analyzer {
  return new HanseekKoAnalyzer(validateOptions(options))
}
