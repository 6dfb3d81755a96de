import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { lexiconParts, parseLexicon } from '../../../src/analysis/korean-lexicon.js'
import { analyzeEojeol } from '../../../src/analysis/korean-stem.js'

const lexicon = parseLexicon('버스 정류장 지하철 언어 모델 대표 경기도 국가 사진 새누리당 언어모델 데이타 해상도')
const parts = (stem: string) => lexiconParts(stem, lexicon)?.map(([s, e]) => stem.slice(s, e))

describe('lexiconParts', () => {
  it.each([
    // all parts known
    ['버스정류장', ['버스', '정류장']], ['언어모델', ['언어', '모델']], ['지하철버스', ['지하철', '버스']],
    // one part known, the rest an unknown two- or three-syllable piece
    ['버스기사', ['버스', '기사']], ['사진뉴스', ['사진', '뉴스']], ['새벽버스', ['새벽', '버스']],
    // a three-syllable piece is split again by the suffix rule
    ['국가대표팀', ['국가', '대표팀', '대표', '팀']],
    // a one-syllable piece after a known word (the suffix noun 역), not two pieces cut in the middle
    ['지하철역', ['지하철', '역']],
    // a one-syllable prefix before a known word (고+해상도), not two pieces cut in the middle (고해+상도)
    ['고해상도', ['고', '해상도']],
    // a known word stays whole unless known words make it up
    ['새누리당', []], ['언어모델', ['언어', '모델']],
    // nothing known, or too short: the lexicon does not say
    ['파이프라인', undefined], ['모델', undefined], ['지하철', undefined], ['버스', undefined],
  ])('%s → %j', (stem, expected) => {
    expect(parts(stem)).toEqual(expected)
  })
})

describe('analyzeEojeol with a lexicon', () => {
  const stems = (word: string, withLexicon: boolean) =>
    analyzeEojeol(word, { splitCompounds: true, lexicon: withLexicon ? lexicon : undefined }).terms.map((t) => t.term)

  it.each([
    // compounds split where the lexicon knows the parts (without it: no parts for a loanword-looking stem)
    ['버스정류장에서', ['버스정류장', '버스', '정류장'], ['버스정류장']],
    // a known noun keeps a last syllable that looks like a particle
    ['경기도', ['경기도'], ['경기']], ['경기도의', ['경기도'], ['경기도']],
    // a known noun before a particle the rules keep on (타인 guards 인), and a known word the rules would split
    // (데이타인 is no more cut in two without the lexicon: 데 is a syllable no Hanja reads)
    ['데이타인', ['데이타'], ['데이타인']], ['새누리당은', ['새누리당'], ['새누리당', '새누', '리당']],
    // unknown words are analysed as without a lexicon
    ['모델들은', ['모델'], ['모델']], ['강원도', ['강원'], ['강원']],
  ])('%s → %j (without lexicon %j)', (word, expected, without) => {
    expect(stems(word, true)).toEqual(expected)
    expect(stems(word, false)).toEqual(without)
  })
})

describe('lexiconParts properties', () => {
  const syllables = fc.constantFrom(...'가나다라마바사아자차카타파하모델언어버스정류장학습')
  const word = (min: number, max: number) => fc.array(syllables, { minLength: min, maxLength: max }).map((s) => s.join(''))

  it('parts lie in the stem, the top-level parts tile it, and no parts means a known word', () => {
    fc.assert(
      fc.property(word(1, 14), fc.array(word(2, 4), { maxLength: 12 }), (stem, words) => {
        const lexicon = new Set(words)
        const spans = lexiconParts(stem, lexicon)
        if (spans === undefined) return
        expect(spans.length === 0).toBe(lexicon.has(stem))
        for (const [s, e] of spans) {
          expect(0 <= s && s < e && e <= stem.length).toBe(true)
          expect([s, e]).not.toEqual([0, stem.length])
        }
        if (spans.length === 0) return
        // The outermost pieces (not inside another span) cover the stem end to end, in order.
        const top = spans.filter(([s, e]) => !spans.some(([s2, e2]) => s2 <= s && e <= e2 && e2 - s2 > e - s))
        expect(top[0]![0]).toBe(0)
        expect(top[top.length - 1]![1]).toBe(stem.length)
        for (let k = 1; k < top.length; k++) expect(top[k]![0]).toBe(top[k - 1]![1])
        // At least one piece is a lexicon word.
        expect(top.some(([s, e]) => lexicon.has(stem.slice(s, e)))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('is deterministic and does not depend on the order of the lexicon', () => {
    fc.assert(
      fc.property(word(4, 10), fc.array(word(2, 3), { maxLength: 10 }), (stem, words) => {
        expect(lexiconParts(stem, new Set(words))).toEqual(lexiconParts(stem, new Set([...words].reverse())))
      }),
      { numRuns: 200 },
    )
  })
})
