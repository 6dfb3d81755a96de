import { describe, expect, it } from 'vitest'
import { finalJamo, initialsOf, isInitialJamo, withFinal } from '../../../src/analysis/hangul.js'

describe('hangul jamo helpers', () => {
  it.each([
    ['ㅇ', true],
    ['ㄲ', true],
    ['ㄳ', false],
    ['ㅏ', false],
    ['가', false],
    ['', false],
    ['ㄱㄴ', false],
  ])('isInitialJamo(%j) is %s', (ch, expected) => {
    expect(isInitialJamo(ch)).toBe(expected)
  })

  it.each([
    ['가', ''],
    ['각', 'ㄱ'],
    ['닭', 'ㄹㄱ'],
    ['값', 'ㅂㅅ'],
    ['잫', 'ㅎ'],
    ['a', undefined],
    ['ㄱ', undefined],
  ])('finalJamo(%j) is %j', (ch, expected) => {
    expect(finalJamo(ch)).toBe(expected)
  })

  it.each([
    ['닭', 'ㄹ', '달'],
    ['하', 'ㅂ', '합'],
    ['하', 'ㄴ', '한'],
    ['잫', '', '자'],
    ['갑', 'ㄹㄱ', '갉'],
  ])('withFinal(%j, %j) is %j', (ch, final, expected) => {
    expect(withFinal(ch, final)).toBe(expected)
  })

  it.each([
    ['양자', 'ㅇㅈ'],
    ['한국어 검색', 'ㅎㄱㅇ ㄱㅅ'],
    ['gpt모델', 'ㅁㄷ'],
    ['ㅇㅈㅎ', 'ㅇㅈㅎ'],
    ['\u1112\u1161\u11ab', 'ㅎ'],
    ['', ''],
  ])('initialsOf(%j) is %j', (text, expected) => {
    expect(initialsOf(text)).toBe(expected)
  })
})
