import { describe, expect, it } from 'vitest'
import { analyzeEojeol, counterLength } from '../../../src/analysis/korean-stem.js'

const stems = (w: string) => analyzeEojeol(w, { splitCompounds: true }).terms.map((t) => t.term)

describe('Korean stems', () => {
  it.each([
    // particles, stacked particles, plural
    ['모델은', ['모델']], ['모델을', ['모델']], ['모델들의', ['모델']], ['모델로서', ['모델']], ['모델들은', ['모델']], ['모델의', ['모델']],
    ['데이터에서는', ['데이터']], ['모델으로서의', ['모델']], ['방법으로서의', ['방법']], ['연구에서는', ['연구']], ['데이터가', ['데이터']],
    ['방이', ['방']], ['책을', ['책']],
    // subject and object particles stack only after 만 and 까지, so nouns in 랑/로 keep their last syllable
    ['이미지만을', ['이미지']], ['효과만이', ['효과']], ['모델까지를', ['모델']], ['사랑을', ['사랑']], ['사랑이', ['사랑']],
    ['회로를', ['회로']], ['워크플로를', ['워크플로']], ['회로의', ['회로']], ['서로는', ['서로']], ['문서로', ['문서']], ['기회로', ['기회']],
    // copula
    ['모델이다', ['모델']], ['데이터인', ['데이터']], ['방법입니다', ['방법']], ['문제였다', ['문제']],
    // light verbs in conjugations
    ['향상시켰다', ['향상']], ['제안합니다', ['제안']], ['최적화된', ['최적화', '최적', '화']], ['개선하여', ['개선']], ['제안했다', ['제안']],
    ['평가되었다', ['평가']], ['학습시키는', ['학습']], ['주목받는', ['주목']], ['개선한', ['개선']], ['검증하기', ['검증']],
    // derivation
    ['효율적인', ['효율']], ['효율적으로', ['효율']], ['효율성', ['효율성', '효율', '성']], ['양자화는', ['양자화', '양자', '화']],
    // compounds
    ['언어모델', ['언어모델', '언어', '모델']], ['언어모델을', ['언어모델', '언어', '모델']],
    // nouns that only look like they end in a particle
    ['파이프라인', ['파이프라인']], ['정확도를', ['정확도']], ['차이가', ['차이']], ['차이', ['차이']], ['정의', ['정의']], ['결과', ['결과']],
    ['생성', ['생성']], ['재생성', ['재생성', '재', '생성']], ['도메인', ['도메인']], ['프레임', ['프레임']], ['역할을', ['역할']],
    // predicates and question endings
    ['있나요', []], ['무엇인가요', []], ['했을까', []], ['어떻게', []], ['밝혔다', ['밝히']], ['보인다', ['보이']], ['갑니다', ['가']],
  ])('%s → %j', (word, expected) => {
    expect(stems(word)).toEqual(expected)
  })

  it.each([
    // determiner + time/place noun: only the noun
    ['이날', ['날']], ['이날은', ['날']], ['지난해', ['해']], ['지난달에', ['달']], ['그동안', ['동안']], ['이곳에서', ['곳']], ['이번', ['번']],
    ['이해', ['이해']], ['저해하는', ['저해']], ['각주', ['각주']],
    // predicates recovered by conjugation rules
    ['알려졌다', ['알리']], ['주어진', ['주']], ['만들어진', ['만들']], ['가까운', ['가깝']], ['새로운', ['새롭']], ['빠른', ['빠르']],
    ['전해졌다', ['전하']],
    // 하다 after a native root is an adjective stem; after a Sino-Korean noun it is a light verb
    ['깨끗한', ['깨끗하']], ['비슷한', ['비슷하']], ['따뜻해요', ['따뜻하']], ['깨끗했다', ['깨끗하']], ['제안한', ['제안']], ['정확한', ['정확']],
    // honorific and -스럽다 forms
    ['친절하십니다', ['친절']], ['제안하셨다', ['제안']], ['만족스럽습니다', ['만족']],
    // guards: a noun before a particle that starts like a guarded ending, one-syllable Sino stems
    ['결과를', ['결과']], ['정도로', ['정도']], ['현지', ['현지']], ['경기', ['경기']], ['찾고', ['찾']], ['좋게', ['좋']],
    // 일 after a vowel ends loanwords; after a consonant it is the copula
    ['모바일', ['모바일']], ['프로파일', ['프로파일']], ['모델일', ['모델']],
    // compounds with suffixes and prefixes
    // adnominal and infinitive forms reach the predicate stem; auxiliary verbs after a light verb leave the noun
    ['큰', ['크']], ['열린', ['열리']], ['있어', []], ['개발해온', ['개발']], ['설명해준', ['설명']], ['못한', []], ['못하고', []],
    // adverbs and grammar that end like a particle
    ['제대로', ['제대로']], ['그대로', ['그대로']], ['그래도', []], ['중인', []],
    ['사실상', ['사실상', '사실', '상']], ['불균형을', ['불균형', '불', '균형']], ['자기지도학습', ['자기지도학습', '자기', '지도', '학습']],
  ])('rule %s → %j', (word, expected) => {
    expect(stems(word)).toEqual(expected)
  })

  it.each([
    // particles after loanwords ending in 크/트 (the guards keep only true look-alikes such as 라인, 디자인)
    ['프레임워크로', ['프레임워크']], ['프레임워크인', ['프레임워크']], ['벤치마크인', ['벤치마크']], ['벤치마크로서', ['벤치마크']],
    ['네트워크로', ['네트워크']], ['그래프로', ['그래프']], ['에이전트인', ['에이전트']], ['파이프라인', ['파이프라인']], ['디자인', ['디자인']],
    // converbal endings after vowel and consonant stems; 고 after a one-syllable open stem stays (nouns 사고, 제고)
    ['유지하면서', ['유지']], ['줄이면서', ['줄이']], ['뽑으면서', ['뽑']], ['채우고', ['채우']], ['잘라내고', ['잘라내']], ['맞추고', ['맞추']],
    ['사고', ['사고']], ['제고', ['제고']], ['찾고', ['찾']], ['방침이라면서', ['방침']],
    // 과 after a noun in -성 is the particle (효율성+과), not the noun 성과, which stays whole on its own
    ['효율성과', ['효율성', '효율', '성']], ['일관성과', ['일관성', '일관', '성']], ['생성과', ['생성']], ['성과', ['성과']], ['성과를', ['성과']],
    // 지만 needs a predicate reading; after 미, 시, 키 or a loanword head it is 지 + 만 (이미지만)
    ['이미지만', ['이미지']], ['메시지만', ['메시지']], ['패키지만', ['패키지']], ['스토리지만', ['스토리지']],
    ['남기지만', ['남기']], ['미치지만', ['미치']], ['늘리지만', ['늘리']], ['크지만', ['크']], ['있지만', []],
    // Sino-Korean X상 nouns are not noun + 상
    ['동영상', ['동영상']], ['동영상을', ['동영상']], ['비정상', ['비정상']], ['동영상만으로', ['동영상']], ['데이터만으로도', ['데이터']],
    // X대 + light 한 (방대한, 거대한) is not guarded; 최대한 is
    ['방대한', ['방대']], ['거대한', ['거대']], ['최대한', ['최대한']],
  ])('loanword particles, converbs, 과 and 지만: %s → %j', (word, expected) => {
    expect(stems(word)).toEqual(expected)
  })

  it.each([
    // 인 after -자/-체/-사 is the copula (연구자인, 매체인); only 디자인, 블록체인, 코사인 keep it
    ['연구자인', ['연구자']], ['창업자인', ['창업자']], ['매체인', ['매체']], ['회사인', ['회사']],
    ['디자인', ['디자인']], ['블록체인', ['블록체인']], ['코사인', ['코사인']],
    // a one-syllable root with a conjugated 하 of two or more syllables is a 하다 verb, not noun + light verb
    ['편해요', ['편하']], ['강하게', ['강하']], ['원한다면', ['원하']], ['전하는', ['전하']],
    ['북한', ['북한']], ['피해', ['피해']], ['올해', ['올해']], ['이해도', ['이해도']], ['피해도', ['피해도']], ['못하는', []],
    // the grammaticalised verbs behind 위해, 대해, 통해 carry nothing to search for
    ['위하여', []], ['대하여', []], ['통해서', []],
    // -게 after an open stem of two syllables or more; one-syllable nouns in 게 stay (무게, 가게)
    ['빠르게', ['빠르']], ['움직이게', ['움직이']], ['무게', ['무게']], ['가게', ['가게']], ['쉽게', ['쉽']],
    // requests typed into a search box
    ['설명해줘', ['설명']], ['비교해주세요', ['비교']], ['주세요', []],
    // after any other verb's infinitive a request has nothing to search for; nor have question words in 뭐/뭔/뭘
    ['찾아줘', []], ['알려주세요', []], ['보여줄래', []], ['도와줘', []], ['만들어줘요', []], ['바꿔줘', []],
    ['뭐야', []], ['뭔가요', []], ['뭘까', []], ['무슨', []], ['좀', []], ['궁금해요', []], ['궁금합니다', []],
    // a predicate nominalised by 음 before a particle (있음을 보인다); nouns in 음 keep it (발음, 걸음, 마음)
    ['있음을', []], ['않음을', []], ['높음을', ['높']], ['많음에도', ['많']], ['발음을', ['발음']], ['발걸음을', ['발걸음']],
    ['첫걸음이', ['첫걸음']], ['잡음을', ['잡음']], ['마음을', ['마음']], ['처음을', ['처음']],
    // -기 after a causative or passive verb gives the verb (줄이기 위해 meets 줄이는); nouns in 기 stay whole
    ['높이기', ['높이']], ['줄이기', ['줄이']], ['보이기', ['보이']], ['맞추기', ['맞추']], ['채우기', ['채우']], ['밝히기', ['밝히']],
    ['일으키기', ['일으키']], ['향상시키기', ['향상']], ['크기', ['크기']], ['초기', ['초기']], ['주기', ['주기']], ['분위기', ['분위기']],
    ['이야기', ['이야기']], ['모델이기', ['모델']], ['데이터이기', ['데이터']], ['것이기', []],
    // the copula in the past with a polite ending, and the common misspelling 이였-
    ['숙박이었어요', ['숙박']], ['데이터였어요', ['데이터']], ['공간이였다', ['공간']], ['곳이였습니다', ['곳']], ['거리에요', ['거리']], ['위치예요', ['위치']],
    // -면서도, -ㄹ수록 after light and other verbs; the -어지다 infinitive 어져
    ['유지하면서도', ['유지']], ['늘어나면서도', ['늘어나']], ['찾으면서도', ['찾']], ['증가할수록', ['증가']], ['이루어져', ['이루']], ['높아져서', ['높']],
    // the particle 도 after nouns whose end only looks like a measure noun; the measure nouns stay whole
    ['영상도', ['영상']], ['문제도', ['문제']], ['비용도', ['비용']], ['학습도', ['학습']], ['정보도', ['정보']],
    ['효율성도', ['효율성', '효율', '성']], ['유사도', ['유사도']], ['해상도', ['해상도']], ['완성도', ['완성도']], ['인지도', ['인지도']],
    ['제도', ['제도']], ['속도', ['속도']], ['비지도', ['비지도']], ['준지도', ['준지도']],
    // 적 after a noun that ends like a noun in 적 (성공+적, 도전+적, 대표+적, 장기+적); nouns in 적 that end compounds stay
    ['성공적인', ['성공']], ['도전적인', ['도전']], ['현실적인', ['현실']], ['대표적인', ['대표']], ['장기적', ['장기']], ['생성적', ['생성']],
    ['고전적인', ['고전']], ['객체추적', ['객체추적', '객체', '추적']], ['다목적', ['다목적']],
    // light verbs after nouns in -유/-장/-요 (공유한, 확장해, 필요해서); compounds in 이해/분해 stay
    ['공유한', ['공유']], ['고유한', ['고유']], ['확장해', ['확장']], ['필요해서', ['필요']], ['언어이해', ['언어이해', '언어', '이해']],
    ['행렬분해', ['행렬분해', '행렬', '분해']], ['사용자만', ['사용자']], ['매개변수만', ['매개변수', '매개', '변수']],
    // copula 임을 (효과적임을) but the nouns 움직임, 프레임; 는지를; 할/함 after 번역, 해결; 며/면 after ㄹ, not after 화, 표
    ['모델임을', ['모델']], ['효과적임을', ['효과']], ['움직임을', ['움직임']], ['프레임을', ['프레임']], ['패러다임을', ['패러다임']], ['책임을', ['책임']], ['중요한지를', ['중요']],
    ['번역할', ['번역']], ['해결함', ['해결']], ['결함을', ['결함']], ['않고도', []], ['만들며', ['만들']], ['화면', ['화면']], ['표면', ['표면']], ['장면', ['장면']],
    // nouns that look like a stem with a tail: 카메라 (copula 라), 임의, 전이, 잡음, 탐지, 충실도
    ['카메라', ['카메라']], ['인프라', ['인프라']], ['데이터라는', ['데이터']], ['임의', ['임의']], ['전이', ['전이']], ['변이', ['변이']],
    ['잡음', ['잡음']], ['탐지', ['탐지']], ['감지', ['감지']], ['별도', ['별도']], ['충실도', ['충실도']], ['찾지', ['찾']],
    ['챌린지', ['챌린지']], ['엣지', ['엣지']], ['관광지', ['관광지']], ['플러그인', ['플러그인']], ['가능도', ['가능도']],
    // 기 after ㄴ/ㅇ is the device suffix: bare or with a particle, the noun (생성기 → 생성, as -기 after a verb)
    ['생성기', ['생성']], ['생성기를', ['생성']], ['변환기는', ['변환']], ['만들기', ['만들']],
    // 수도 after an adnominal is the bound noun 수 + 도 (할 수도 있다)
    ['수도', []],
  ])('copula after -자, 하다 verbs, -게, -면서도, requests: %s → %j', (word, expected) => {
    expect(stems(word)).toEqual(expected)
  })

  it('keeps pure grammar out of the word view', () => {
    for (const w of ['는', '했다', '에서는', '이다', '된다']) expect(analyzeEojeol(w, { splitCompounds: true }).grammatical).toBe(true)
  })

  it('can leave compounds whole', () => {
    expect(analyzeEojeol('언어모델', { splitCompounds: false }).terms.map((t) => t.term)).toEqual(['언어모델'])
  })

  it.each([
    // a one-syllable counter with a particle or the copula after it (2배로, 10개에서, 1억에서, 3년부터, 5점이었던)
    ['배로', 1], ['배까지', 1], ['개에서', 1], ['억에서', 1], ['년부터', 1], ['초만으로', 1], ['점이었던', 1], ['월에', 1],
    // a word of its own, a particle (3으로), a number word (3백만), a fused copula (3게임) or no tail at all
    ['차원', 0], ['단계로', 0], ['가지', 0], ['으로', 0], ['보다', 0], ['백만', 0], ['천만', 0], ['게임', 0], ['배', 0], ['개국의', 0],
  ])('counterLength(%s) after a number is %i', (word, expected) => {
    expect(counterLength(word)).toBe(expected)
  })
})
