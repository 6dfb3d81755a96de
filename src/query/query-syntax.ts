// Vocabulary of the query syntax shared by parseQuery and formatQuery, so the two cannot drift apart.

/** The fields the query syntax understands, by canonical name. */
export type QueryFieldName = 'author' | 'title' | 'year' | 'month' | 'votes' | 'has'

/** Field names as typed (lower-cased) → canonical name. Plurals are accepted because people type them. */
export const QUERY_FIELD_ALIASES: Readonly<Record<string, QueryFieldName>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, QueryFieldName>, {
    author: 'author',
    authors: 'author',
    title: 'title',
    year: 'year',
    month: 'month',
    votes: 'votes',
    vote: 'votes',
    has: 'has',
  }),
)

/** `has:` values and what they select. */
export const HAS_VALUES = ['code', 'video', 'image'] as const
export type HasValue = (typeof HAS_VALUES)[number]

/** Largest `year:A..B` span expanded into a list, so a typo such as `year:1..9999` stays cheap. */
export const MAX_YEAR_RANGE = 200

/**
 * Folds the characters that only change how syntax looks, one UTF-16 unit for one, so positions in the
 * folded string are positions in the input: full-width ASCII (Korean and CJK IMEs type `：` and `＂`),
 * the ideographic space, and typographic double quotes (`“ ” „ ‟ ″`) that phones and word processors
 * substitute for `"`.
 */
export function foldQuerySyntax(input: string): string {
  return input.replace(/[\uff01-\uff5e\u3000\u201c-\u201f\u2033]/g, (char) => {
    const code = char.charCodeAt(0)
    return code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : '"'
  })
}

/** Whitespace that separates query words (JavaScript's `\s`: includes NBSP, U+3000, line breaks). */
export function isQuerySpace(char: string): boolean {
  return /\s/u.test(char)
}
