import { describe, expect, it } from 'vitest'
import { adnominalStem, irregularAdjectiveStem, isRequest, passiveBase } from '../../../src/analysis/korean-predicate.js'

describe('passiveBase (-어/-아 지다)', () => {
  it.each([
    ['알려지', '알리'], ['알려진', '알리'], ['밝혀진', '밝히'], ['만들어진', '만들'], ['주어진', '주'], ['이루어진', '이루'],
    ['높아진', '높'], ['전해지', '전하'], ['나눠진', '나누'], ['보여질', '보이'],
    ['어지', undefined], ['가지', undefined], ['모델', undefined], ['지지', undefined], ['유지', undefined], ['무어진', '무'],
  ])('%s → %s', (word, expected) => {
    expect(passiveBase(word)).toBe(expected)
  })
})

describe('irregularAdjectiveStem (ㅂ, 르)', () => {
  it.each([
    ['가까운', '가깝'], ['새로운', '새롭'], ['어려울', '어렵'], ['가까워서', '가깝'], ['어려워요', '어렵'], ['흥미로운', '흥미롭'],
    ['빠른', '빠르'], ['다른', '다르'],
    // nouns and regular 우-verbs are left alone
    ['행운', undefined], ['파워', undefined], ['배운', undefined], ['세워', undefined], ['모델', undefined], ['기운', undefined],
  ])('%s → %s', (word, expected) => {
    expect(irregularAdjectiveStem(word)).toBe(expected)
  })
})

describe('adnominalStem (ㄴ/ㄹ endings fused into the stem, lone 어/아)', () => {
  it.each([
    // short forms of common predicates
    ['큰', '크'], ['긴', '길'], ['갈', '가'], ['쓴', '쓰'], ['낸', '내'], ['나은', '낫'],
    // tense-initial ㅡ syllables are native
    ['예쁜', '예쁘'], ['바쁜', '바쁘'], ['기쁜', '기쁘'],
    // 리/치/나 + ㄴ (리 also + ㄹ)
    ['열린', '열리'], ['달린', '달리'], ['내릴', '내리'], ['마친', '마치'], ['걸친', '걸치'], ['지난', '지나'], ['뛰어난', '뛰어나'],
    // auxiliary verb after an infinitive: the main verb
    ['알려준', '알리'], ['보여준', '보이'], ['들어간', '들'], ['살펴본', '살피'], ['올라온', undefined],
    // 어/아 after a final only native stems have
    ['있어', '있'], ['찾아', '찾'], ['좋아', '좋'], ['없어', '없'], ['같아', '같'],
    // nouns stay nouns
    ['시간', undefined], ['재난', undefined], ['비난', undefined], ['부친', undefined], ['스크린', undefined], ['토큰', undefined], ['오픈', undefined],
    ['이날', undefined], ['단어', undefined], ['언어', undefined], ['사진', undefined], ['본', undefined], ['간', undefined], ['최근', undefined],
  ])('%s → %s', (word, expected) => {
    expect(adnominalStem(word)).toBe(expected)
  })
})

describe('isRequest (a request after a verb infinitive)', () => {
  it.each([
    ['찾아줘', true], ['알려주세요', true], ['보여줄래요', true], ['도와줘요', true], ['만들어주십시오', true], ['바꿔줘', true],
    // no infinitive before the request, or no request at all
    ['줘', false], ['주세요', false], ['아줘', false], ['찾아', false], ['모델', false], ['사용자', false],
  ])('%s → %s', (word, expected) => {
    expect(isRequest(word)).toBe(expected)
  })
})
