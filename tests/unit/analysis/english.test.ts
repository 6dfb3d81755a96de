import { describe, expect, it } from 'vitest'
import { englishTerms, isAcronym } from '../../../src/analysis/english.js'

describe('English terms', () => {
  it.each([
    ['models', 'models', ['model']],
    ['transformers', 'Transformers', ['transform']],
    ['llms', 'LLMs', ['llm']],
    ['vcd', 'VCD', ['vcd']],
    ['clips', 'CLIPS', ['clips', 'clip']],
    ['the', 'The', []],
    ['of', 'of', []],
    ['reasoning', 'reasoning', ['reason']],
  ])('%s (%s) → %j', (lower, original, expected) => {
    expect(englishTerms(lower, original, true)).toEqual(expected)
  })

  it('does not stem when stemming is off', () => {
    expect(englishTerms('models', 'models', false)).toEqual(['models'])
  })

  it.each([
    ['VCD', true], ['LLMs', true], ['LLaVA', false], ['Model', false], ['A', false],
  ])('isAcronym(%s) = %s', (w, expected) => {
    expect(isAcronym(w)).toBe(expected)
  })
})
