// Exact phrase checks over stored text. Both sides are normalized the same way (NFKC, lowercase, every
// run of non-letters/digits as one space), so `Chain-of-Thought` contains the phrase `chain of thought`.
// A phrase edge that is a Latin letter or digit must not touch another Latin letter or digit (`model` is
// not found in `remodel`); Hangul may touch anything, since Korean particles attach to the word
// (`언어 모델` is found in `언어 모델을`, `LLM` in `LLM을`).

/** Normalizes text for phrase comparison. */
export function normalizeForPhrase(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A Hangul syllable. */
export const HANGUL = /[\uac00-\ud7a3]/
const WORD_CHAR = /[a-z0-9]/

/** Whether normalized `text` contains normalized `phrase` (see the boundary rule above). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return true
  const needBefore = WORD_CHAR.test(phrase[0]!)
  const needAfter = WORD_CHAR.test(phrase[phrase.length - 1]!)
  let from = 0
  for (;;) {
    const at = text.indexOf(phrase, from)
    if (at < 0) return false
    const before = at > 0 ? text[at - 1]! : ' '
    const after = at + phrase.length < text.length ? text[at + phrase.length]! : ' '
    if ((!needBefore || !WORD_CHAR.test(before)) && (!needAfter || !WORD_CHAR.test(after))) return true
    from = at + 1
  }
}

/** Characters that NFKC changes (full-width forms, circled and squared letters...). */
const COMPATIBILITY = /[\u2460-\u24ff\u3200-\u33ff\uf900-\ufaff\ufb00-\ufb4f\ufe30-\ufe4f\uff00-\uffef]/

/** Whether raw text must be normalized before a phrase test (it holds compatibility characters). */
export function needsNormalization(text: string): boolean {
  return COMPATIBILITY.test(text)
}

/**
 * A fast test for a phrase, equivalent to
 * `containsPhrase(normalizeForPhrase(text), normalizeForPhrase(phrase))` on text for which
 * `needsNormalization` is false (the caller normalizes the rest): phrases without cased letters
 * (Hangul, digits) are found with native indexOf plus a scan over the separators between words, others
 * with a case-insensitive regular expression allowing any run of non-letters/digits between words.
 *
 * @example
 * phraseMatcher('chain of thought')('Multimodal Chain-of-Thought Reasoning') // true
 */
export function phraseMatcher(phrase: string): (text: string) => boolean {
  const { fast, slow } = phraseTests(phrase)
  return (text) => fast(text) || (needsNormalization(text) && slow(text))
}

/**
 * The two halves of phraseMatcher: `fast` for text without compatibility characters, `slow` (normalize,
 * then compare) for the rest. Callers that know which texts need normalization skip the check per text.
 */
export function phraseTests(phrase: string): { fast: (text: string) => boolean; slow: (text: string) => boolean } {
  const normalized = normalizeForPhrase(phrase)
  if (normalized === '') return { fast: () => true, slow: () => true }
  const words = normalized.split(' ')
  const head = WORD_CHAR.test(normalized[0]!)
  const tail = WORD_CHAR.test(normalized[normalized.length - 1]!)
  const fast = words.every((w) => w === w.toUpperCase())
    ? (text: string) => caselessPhraseAt(text, words, head, tail)
    : regexTest(words, head, tail)
  return { fast, slow: (text) => containsPhrase(normalizeForPhrase(text), normalized) }
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function regexTest(words: string[], head: boolean, tail: boolean): (text: string) => boolean {
  const escaped = words.map((w) => escapeRegExp(w))
  const pattern = new RegExp(`${head ? '(?<![a-z0-9])' : ''}${escaped.join('[^\\p{L}\\p{N}]+')}${tail ? '(?![a-z0-9])' : ''}`, 'iu')
  return (text) => pattern.test(text)
}

const SEPARATOR = /[^\p{L}\p{N}]/u

function isSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))
  if (c >= 0xac00 && c <= 0xd7a3) return false
  return SEPARATOR.test(text[i]!)
}

/** Whether `text` holds `words` in order, separated by runs of non-letters/digits (see containsPhrase). */
function caselessPhraseAt(text: string, words: string[], needBefore: boolean, needAfter: boolean): boolean {
  const first = words[0]!
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (needBefore && at > 0 && WORD_CHAR.test(text[at - 1]!.toLowerCase())) continue
    let end = at + first.length
    let ok = true
    for (let w = 1; w < words.length && ok; w++) {
      let i = end
      while (i < text.length && isSeparator(text, i)) i++
      if (i === end || !text.startsWith(words[w]!, i)) ok = false
      else end = i + words[w]!.length
    }
    if (!ok) continue
    if (needAfter && end < text.length && WORD_CHAR.test(text[end]!.toLowerCase())) continue
    return true
  }
  return false
}
