import { describe, expect, it } from 'vitest'
import { containsPhrase, normalizeForPhrase, phraseMatcher } from '../../../src/query/phrase-match.js'

describe('phrase matching', () => {
  it.each([
    ['Multimodal Chain-of-Thought Reasoning', 'chain of thought', true],
    ['chain of thoughts', 'chain of thought', false],
    ['remodel the data', 'model', false],
    ['LLM을 사용한 대규모 언어 모델을 제안', '언어 모델', true],
    ['LLM을 사용', 'llm', true],
    ['ＧＰＴ－４ 모델', 'gpt 4', true],
    ['언어와 모델', '언어 모델', false],
  ])('%j contains %j: %s', (text, phrase, expected) => {
    expect(containsPhrase(normalizeForPhrase(text), normalizeForPhrase(phrase))).toBe(expected)
  })
})

describe('phraseMatcher (raw text) agrees with the normalized check', () => {
  it.each([
    ['Multimodal Chain-of-Thought Reasoning', 'chain of thought'],
    ['chain of thoughts', 'chain of thought'],
    ['remodel the data', 'model'],
    ['LLM을 사용한 대규모 언어 모델을 제안', '언어 모델'],
    ['LLM을 사용', 'LLM'],
    ['ＧＰＴ－４ 모델', 'gpt 4'],
    ['언어와 모델', '언어 모델'],
    ['a (b) c', 'b c'],
    ['x.y', 'x.y'],
  ])('%j / %j', (text, phrase) => {
    expect(phraseMatcher(phrase)(text)).toBe(containsPhrase(normalizeForPhrase(text), normalizeForPhrase(phrase)))
  })
})

describe('phraseMatcher on caseless (Hangul, digit) phrases', () => {
  it.each([
    ['대규모 언어 모델을 제안', '언어 모델', true],
    ['대규모 언어  ·  모델', '언어 모델', true],
    ['언어모델', '언어 모델', false],
    ['언어와 모델', '언어 모델', false],
    ['언어 언어 모델', '언어 모델', true],
    ['버전 2 4', '2 4', true],
    ['버전 12 4', '2 4', false],
    ['버전 2 45', '2 4', false],
  ])('%j / %j → %s', (text, phrase, expected) => {
    expect(phraseMatcher(phrase)(text)).toBe(expected)
    expect(containsPhrase(normalizeForPhrase(text), normalizeForPhrase(phrase))).toBe(expected)
  })
})
