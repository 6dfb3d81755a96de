import { describe, expect, it } from 'vitest'
import { analyzeEojeol } from '../../../src/analysis/korean-stem.js'

const stems = (w: string) => analyzeEojeol(w, { splitCompounds: true }).terms.map((t) => t.term)

describe('Korean stems', () => {
  it.each([
    // particles, stacked particles, plural
    ['모델은', ['모델']], ['모델을', ['모델']], ['모델들의', ['모델']], ['모델로서', ['모델']], ['모델들은', ['모델']], ['모델의', ['모델']],
    ['데이터에서는', ['데이터']], ['모델으로서의', ['모델']], ['방법으로서의', ['방법']], ['연구에서는', ['연구']], ['데이터가', ['데이터']],
    ['방이', ['방']], ['책을', ['책']],
    // copula
    ['모델이다', ['모델']], ['데이터인', ['데이터']], ['방법입니다', ['방법']], ['문제였다', ['문제']],
    // light verbs in conjugations
    ['향상시켰다', ['향상']], ['제안합니다', ['제안']], ['최적화된', ['최적화', '최적']], ['개선하여', ['개선']], ['제안했다', ['제안']],
    ['평가되었다', ['평가']], ['학습시키는', ['학습']], ['주목받는', ['주목']], ['개선한', ['개선']], ['검증하기', ['검증']],
    // derivation
    ['효율적인', ['효율']], ['효율적으로', ['효율']], ['효율성', ['효율성', '효율']], ['양자화는', ['양자화', '양자']],
    // compounds
    ['언어모델', ['언어모델', '언어', '모델']], ['언어모델을', ['언어모델', '언어', '모델']],
    // nouns that only look like they end in a particle
    ['파이프라인', ['파이프라인']], ['정확도를', ['정확도']], ['차이가', ['차이']], ['차이', ['차이']], ['정의', ['정의']], ['결과', ['결과']],
    ['생성', ['생성']], ['재생성', ['재생성']], ['도메인', ['도메인']], ['프레임', ['프레임']], ['역할을', ['역할']],
    // predicates and question endings
    ['있나요', []], ['무엇인가요', []], ['했을까', []], ['어떻게', []], ['밝혔다', ['밝히']], ['보인다', ['보이']], ['갑니다', ['가']],
  ])('%s → %j', (word, expected) => {
    expect(stems(word)).toEqual(expected)
  })

  it('keeps pure grammar out of the word view', () => {
    for (const w of ['는', '했다', '에서는', '이다', '된다']) expect(analyzeEojeol(w, { splitCompounds: true }).grammatical).toBe(true)
  })

  it('can leave compounds whole', () => {
    expect(analyzeEojeol('언어모델', { splitCompounds: false }).terms.map((t) => t.term)).toEqual(['언어모델'])
  })
})
