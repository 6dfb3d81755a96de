import { describe, expect, it } from 'vitest'
import { lexiconParts, parseLexicon } from '../../../src/analysis/korean-lexicon.js'
import { analyzeEojeol } from '../../../src/analysis/korean-stem.js'

const lexicon = parseLexicon('버스 정류장 지하철 언어 모델 대표 경기도 국가 사진 새누리당 언어모델 데이타')
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
    ['데이타인', ['데이타'], ['데이타인', '데이', '타인']], ['새누리당은', ['새누리당'], ['새누리당', '새누', '리당']],
    // unknown words are analysed as without a lexicon
    ['모델들은', ['모델'], ['모델']], ['강원도', ['강원'], ['강원']],
  ])('%s → %j (without lexicon %j)', (word, expected, without) => {
    expect(stems(word, true)).toEqual(expected)
    expect(stems(word, false)).toEqual(without)
  })
})
