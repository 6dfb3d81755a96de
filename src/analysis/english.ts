/**
 * English token filter: stop words, acronyms kept, Porter stemming (the `stemmer` package). Possessive
 * `'s` is already dropped by the tokenizer.
 */
import { stemmer } from 'stemmer'

/** Lucene's classic English stop set: function words too frequent to rank on. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on', 'or',
  'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
])

/**
 * True when the original surface is an acronym: two or more capitals, optionally with a plural `s`
 * (`VCD`, `LLMs`). Acronyms are not stemmed (Porter would turn `CLIPS` into `clip`).
 */
export function isAcronym(original: string): boolean {
  const n = original.length
  let caps = 0
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a)) caps++
    else if (i === n - 1 && (c === 0x73 || c === 0xff53) && caps >= 2) return true
    else return false
  }
  return caps >= 2
}

/**
 * Terms for one Latin-letter run (already lowercased). Returns the main term first; for acronyms whose
 * Porter stem differs, the stem too, so a lowercase query (`clips`) still finds `CLIPS`.
 *
 * @example
 * englishTerms('models', 'models', true) // ['model']
 * englishTerms('llms', 'LLMs', true)     // ['llm']
 */
export function englishTerms(lower: string, original: string, stem: boolean): string[] {
  if (ENGLISH_STOP_WORDS.has(lower)) return []
  if (!stem) return [lower]
  if (isAcronym(original)) {
    const kept = lower.length > 2 && lower.endsWith('s') && original.charCodeAt(original.length - 1) >= 0x61 ? lower.slice(0, -1) : lower
    const stemmed = stemmer(lower)
    return stemmed === kept ? [kept] : [kept, stemmed]
  }
  return [stemmer(lower)]
}
