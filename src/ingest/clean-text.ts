/**
 * Text cleaning for every plain-text field.
 *
 * The corpus went through a JSON round trip that turned LaTeX commands into control characters:
 * `\textit` lost `\t` and became TAB + `extit`, `\benchmark` became BACKSPACE + `enchmark`,
 * `\framework` became FORM FEED + `ramework`. When such a character sits right before a letter we
 * put the eaten letter back (`textit`, `benchmark`, `framework`), which keeps the word searchable;
 * every other control character becomes a space. Then whitespace is collapsed.
 */

/** Control characters that are JSON/C escapes of a letter, mapped back to that letter. */
const ESCAPE_LETTERS: Readonly<Record<string, string>> = {
  '\t': 't',
  '\b': 'b',
  '\f': 'f',
  '\v': 'v',
}

// Over one field's text, never the whole file. CR is not restored to `r`: it is far more often a
// line ending than an eaten `\r` escape.
const CONTROL_BEFORE_LETTER = /[\t\b\f\v](?=[A-Za-z])/g
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g
const STRAY_EMPHASIS = /\*{2,}|`+/g
const WHITESPACE = /[\s\u200b\ufeff]+/g

/**
 * Removes control characters (restoring letters eaten by escapes, see module docs) and collapses
 * whitespace runs to one space, trimmed. Keeps every other character, `$`, `<think>` and `A*` included.
 *
 * @example
 * cleanText('the \framework  is\tnew') // 'the framework is new'
 */
export function cleanText(text: string): string {
  return text
    .replace(CONTROL_BEFORE_LETTER, (c) => ESCAPE_LETTERS[c] ?? ' ')
    .replace(CONTROL, ' ')
    .replace(WHITESPACE, ' ')
    .trim()
}

/**
 * {@link cleanText}, then drops Markdown left over as literal text after parsing: runs of two or
 * more `*` (unbalanced bold, e.g. `***Label*:`) and backticks. A single `*` stays (`A*`).
 *
 * @example
 * cleanPlainText('*Technical Details*: 본문 `x`') // '*Technical Details*: 본문 x'
 */
export function cleanPlainText(text: string): string {
  return cleanText(cleanText(text).replace(STRAY_EMPHASIS, ' '))
}
