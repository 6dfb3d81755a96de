import { describe, expect, it } from 'vitest'
import { containsPhrase, normalizeForPhrase } from '../../../src/query/phrase-match.js'

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
