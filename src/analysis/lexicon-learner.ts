/**
 * Learns the `lexicon` analyzer option from the texts of a collection, without a dictionary: the noun
 * stems the collection itself shows as nouns.
 */
import { analyzeEojeol, taggedNounStem } from './korean-stem.js'
import { MAX_LEXICON_WORD } from './korean-lexicon.js'
import { normalize } from './normalize.js'
import { scanRuns, type Script } from './segment.js'

/** Options of `learnCompoundLexicon`. */
export interface LexiconLearningOptions {
  /** How often a stem must occur (with a particle or bare) to be kept. Default 2. */
  minCount?: number
  /** At most this many words, the most frequent first (ties in code-point order). Default 20000. */
  maxWords?: number
}

/** Defaults of `learnCompoundLexicon`. */
export const DEFAULT_LEXICON_LEARNING: Readonly<Required<LexiconLearningOptions>> = Object.freeze({ minCount: 2, maxWords: 20000 })

/**
 * A lexicon of noun stems for the `lexicon` option of `createAnalyzer`, learned from `texts` (the
 * collection that will be indexed with it). A stem is kept when it occurred at least once as the stem
 * of a noun + particle/copula/light-verb eojeol (`정류장에서`, `버스를`) and `minCount` times in all,
 * counting bare occurrences (`버스`) too; stems are Hangul only, 2 to 12 syllables.
 *
 * What it does with it: a noun stem that is a concatenation of lexicon words also gives those parts
 * (`버스정류장` → `버스`, `정류장`), and a word the lexicon knows keeps a last syllable that looks like a
 * particle (`경기도` stays `경기도`). What it will not do: learn predicates, one-syllable nouns, or
 * anything from text it is not given; a noun seen only bare stays unknown. Deterministic: the same texts
 * (in any order) give the same string, words sorted in code-point order and separated by spaces.
 *
 * @example
 * const lexicon = learnCompoundLexicon(['버스를 탔다', '정류장에서 버스를', '정류장은 멀다'])
 * // '버스 정류장'
 * createAnalyzer({ lexicon }).analyze('버스정류장').map(t => t.term) // ['버스정류장', '버스', '정류장', …grams]
 */
export function learnCompoundLexicon(texts: Iterable<string>, options: LexiconLearningOptions = {}): string {
  const { minCount, maxWords } = { ...DEFAULT_LEXICON_LEARNING, ...options }
  const tagged = new Map<string, number>()
  const bare = new Map<string, number>()
  for (const text of texts) {
    const normalized = normalize(text).text
    let hangulStart = -1
    let hangulEnd = -1
    let runs = 0
    scanRuns(normalized, {
      run(start: number, end: number, script: Script): void {
        runs++
        if (script === 'hangul') {
          hangulStart = start
          hangulEnd = end
        }
      },
      endWord(): void {
        // Only eojeols that are a Hangul word of their own: attached Latin (GPT를) says nothing of nouns.
        if (runs === 1 && hangulStart >= 0) count(normalized.slice(hangulStart, hangulEnd), tagged, bare)
        runs = 0
        hangulStart = -1
      },
    })
  }
  const kept: Array<[string, number]> = []
  for (const [stem, n] of tagged) {
    const total = n + (bare.get(stem) ?? 0)
    if (total >= minCount && stem.length <= MAX_LEXICON_WORD) kept.push([stem, total])
  }
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return kept
    .slice(0, Math.max(0, maxWords))
    .map(([w]) => w)
    .sort()
    .join(' ')
}

function count(word: string, tagged: Map<string, number>, bare: Map<string, number>): void {
  const stem = taggedNounStem(word)
  if (stem !== undefined) {
    tagged.set(stem, (tagged.get(stem) ?? 0) + 1)
    return
  }
  const terms = analyzeEojeol(word, { splitCompounds: false }).terms
  if (word.length >= 2 && terms.length > 0 && terms[0]?.term === word) bare.set(word, (bare.get(word) ?? 0) + 1)
}
