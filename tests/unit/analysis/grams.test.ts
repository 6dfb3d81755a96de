import { describe, expect, it } from 'vitest'
import { charGrams } from '../../../src/analysis/grams.js'

describe('charGrams', () => {
  it.each([
    ['언어모델', 2, ['언어', '어모', '모델']],
    ['모델', 2, ['모델']],
    ['뇌', 2, ['뇌']],
    ['', 2, []],
    ['양자화', 3, ['양자화']],
  ])('%s (n=%i) → %j', (text, n, expected) => {
    expect(charGrams(text, n).map((g) => g.term)).toEqual(expected)
  })

  it('gives spans of the text', () => {
    for (const g of charGrams('언어모델', 2)) expect('언어모델'.slice(g.start, g.end)).toBe(g.term)
  })
})
