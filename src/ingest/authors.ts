import { MORE_AUTHORS_MARKER } from './defaults.js'
import { cleanText } from './clean-text.js'

const AUTHORS_LINE = /^authors?\s*[:：]\s*(.*)$/i

/** The authors a line names. `ok` is false when a Python-style list was malformed (names kept anyway). */
export interface AuthorsLine {
  authors: string[]
  moreAuthors: boolean
  ok: boolean
}

/**
 * Reads an `Authors:` line in either form the digests use: a comma list (`A, B, +`) or a Python list
 * (`['A', "O'Brien", '+']`). A `+` item means "more authors" and is not a name; repeated names are
 * kept once. Returns undefined for a line that is not an authors line.
 *
 * @example
 * parseAuthorsLine("Authors: ['Ada Lovelace', \"Sean O'Brien\", '+']")
 * // { authors: ['Ada Lovelace', "Sean O'Brien"], moreAuthors: true, ok: true }
 */
export function parseAuthorsLine(line: string): AuthorsLine | undefined {
  const match = AUTHORS_LINE.exec(line.trim())
  if (!match) return undefined
  const body = match[1]!.trim()
  const listed = body.startsWith('[') ? parsePythonList(body) : null
  const items = listed ?? splitCommaList(body.startsWith('[') ? body.replace(/^\[|\]$/g, '') : body)
  const authors: string[] = []
  let moreAuthors = false
  for (const item of items) {
    const name = cleanText(item)
    if (name === MORE_AUTHORS_MARKER) moreAuthors = true
    else if (name.length > 0 && !authors.includes(name)) authors.push(name)
  }
  return { authors, moreAuthors, ok: !body.startsWith('[') || listed !== null }
}

function splitCommaList(body: string): string[] {
  return body.split(/[,，]/).map((s) => s.trim().replace(/^['"]|['"]$/g, ''))
}

/**
 * Parses a Python list literal of strings (`['a', "b's", 'c\'d']`); null when it is not one.
 */
export function parsePythonList(body: string): string[] | null {
  const text = body.trim()
  if (!text.startsWith('[') || !text.endsWith(']')) return null
  const items: string[] = []
  let i = 1
  const end = text.length - 1
  const skipSpace = (): void => {
    while (i < end && /\s/.test(text[i]!)) i++
  }
  skipSpace()
  if (i === end) return items
  for (;;) {
    skipSpace()
    const quote = text[i]
    if (quote !== "'" && quote !== '"') return null
    i++
    let value = ''
    for (;;) {
      if (i >= end) return null
      const c = text[i]!
      if (c === '\\' && i + 1 < end) {
        value += text[i + 1]
        i += 2
        continue
      }
      i++
      if (c === quote) break
      value += c
    }
    items.push(value)
    skipSpace()
    if (i === end) return items
    if (text[i] !== ',') return null
    i++
    skipSpace()
    // Python allows a trailing comma.
    if (i === end) return items
  }
}
