// Defaults of highlighting and snippets, in one place so the documentation and the code agree.

/** Target snippet length in UTF-16 code units (a Hangul syllable is one), before the `…` marks. */
export const DEFAULT_SNIPPET_LENGTH = 160

/** Words of context kept before the first match when no sentence starts close enough (code units). */
export const SNIPPET_CONTEXT_BEFORE = 40

/** The mark put where a snippet cuts the summary. */
export const SNIPPET_ELLIPSIS = '…'

/** Opening and closing tags around matched text: the only markup highlight output ever contains. */
export const MARK_OPEN = '<mark>'
export const MARK_CLOSE = '</mark>'

/** Longest original text, in code units, compared against a stem to find the stem's own span. */
export const MAX_STEM_SCAN = 64
