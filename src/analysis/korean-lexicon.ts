/**
 * Compound splitting and stem recovery with a lexicon of noun stems learned from the collection being
 * indexed (see `learnCompoundLexicon`): `버스정류장` → `버스` + `정류장` when both were seen as nouns of their
 * own, and `경기도` kept whole (not `경기` + particle 도) when it was seen with a particle.
 */
import { threeSyllableParts, type PartSpan } from './korean-compound.js'

/** Longest stem (in syllables) a lexicon word or a split stem may have; longer stems are left to the rules. */
export const MAX_LEXICON_WORD = 12

/**
 * The lexicon of the `lexicon` analyzer option: words separated by spaces. Only Hangul words of 2 to 12
 * syllables can ever be looked up, so anything else in it is inert.
 *
 * @example
 * parseLexicon('버스 정류장').has('버스') // true
 */
export function parseLexicon(text: string): ReadonlySet<string> {
  return new Set(text.split(' '))
}

/** Cost of a piece the lexicon does not know (a lexicon word costs 1), so known words are preferred. */
const UNKNOWN_PIECE = 3
/**
 * Cost of an unknown one-syllable piece: a little less than a longer unknown one, so that a known word
 * with a one-syllable noun after it (지하철+역, 새누리+당) beats two pieces cut in the middle (지하+철역).
 */
const UNKNOWN_SYLLABLE = 2.9

/**
 * Spans of the parts of `stem` by the lexicon, or undefined when no lexicon word of two or more
 * syllables is in it: the cheapest cover by lexicon words and unknown pieces of two or three syllables
 * (or one, first or after a known word), at least one of them known (`버스` + `정류장` with only `버스`
 * known, `지하철` + `역`, `고` + `해상도`); a three-syllable piece is split again by the suffix/prefix
 * rule (`대표팀` → `대표`, `팀`). A known word with no such cover has no parts (`[]`).
 *
 * @example
 * lexiconParts('버스정류장', new Set(['버스', '정류장'])) // [[0, 2], [2, 5]]
 */
export function lexiconParts(stem: string, lexicon: ReadonlySet<string>): PartSpan[] | undefined {
  const n = stem.length
  if (n < 4 || n > MAX_LEXICON_WORD) return undefined
  // cost[i]: cheapest cover of stem[0, i) by proper pieces; from[i]: where its last piece starts; known[i]: it
  // uses a lexicon word; guessed[i]: it uses a piece the lexicon does not know.
  const cost = new Array<number>(n + 1).fill(Infinity)
  const from = new Array<number>(n + 1).fill(0)
  const known = new Array<boolean>(n + 1).fill(false)
  const guessed = new Array<boolean>(n + 1).fill(false)
  cost[0] = 0
  for (let i = 1; i <= n; i++) {
    for (let j = i - 1; j >= (i === n ? 1 : 0); j--) {
      const inLexicon = lexicon.has(stem.slice(j, i))
      // A one-syllable piece only first (the prefix of 고+해상도) or after a known word (the suffix noun of 지하철+역).
      if (!inLexicon && (i - j > 3 || (i - j === 1 && j > 0 && !(known[j] as boolean)))) continue
      const c = (cost[j] as number) + (inLexicon ? 1 : i - j === 1 ? UNKNOWN_SYLLABLE : UNKNOWN_PIECE)
      if (c < (cost[i] as number)) {
        cost[i] = c
        from[i] = j
        known[i] = inLexicon || (known[j] as boolean)
        guessed[i] = !inLexicon || (guessed[j] as boolean)
      }
    }
  }
  // A known word stays whole unless known words make it up: 새누리당 has no parts, a learned 언어모델 still
  // gives 언어 + 모델.
  if (!known[n] || (guessed[n] && lexicon.has(stem))) return lexicon.has(stem) ? [] : undefined
  const spans: PartSpan[] = []
  for (let i = n; i > 0; i = from[i] as number) {
    const j = from[i] as number
    spans.push([j, i])
    if (i - j === 3) threeSyllableParts(stem.slice(j, i), j, spans)
  }
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
}
