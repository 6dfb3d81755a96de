import { describe, expect, it } from 'vitest'
import { irregularAdjectiveStem, passiveBase } from '../../../src/analysis/korean-predicate.js'

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
