/** Gram view: overlapping Hangul character bigrams (a unigram for a one-syllable stem). */

/** A gram with its span relative to the string it came from. */
export interface Gram {
  readonly term: string
  readonly start: number
  readonly end: number
}

/**
 * Character n-grams of `text` (n = `size`); a text shorter than `size` gives itself as one gram.
 *
 * @example
 * charGrams('언어모델', 2).map(g => g.term) // ['언어', '어모', '모델']
 */
export function charGrams(text: string, size: number): Gram[] {
  const n = text.length
  if (n === 0) return []
  if (n <= size) return [{ term: text, start: 0, end: n }]
  const grams: Gram[] = []
  for (let i = 0; i + size <= n; i++) grams.push({ term: text.slice(i, i + size), start: i, end: i + size })
  return grams
}
