// Rejects queries too large to answer quickly, before any analysis or scoring work is done.
import { QuerySyntaxError } from '../model/errors.js'
import type { StructuredQuery } from '../model/search.js'
import { MAX_QUERY_WORDS } from './defaults.js'

function countWords(text: string | undefined): number {
  if (!text) return 0
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0x3000
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** Number of words a structured query asks to match, over all its text parts. */
export function queryWordCount(query: StructuredQuery): number {
  const lists = [query.phrases, query.title, query.author, query.exclude]
  let total = countWords(query.text)
  for (const list of lists) for (const entry of list ?? []) total += countWords(entry)
  return total
}

/** Throws a `QuerySyntaxError` when `query` has more than `MAX_QUERY_WORDS` words. */
export function checkQuerySize(query: StructuredQuery, maxWords = MAX_QUERY_WORDS): void {
  const words = queryWordCount(query)
  if (words > maxWords) {
    throw new QuerySyntaxError(`query too long: ${words} words (at most ${maxWords}); shorten it or split it into several searches`, 0)
  }
}
