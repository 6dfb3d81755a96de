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
