const VOTE_LINE = /^votes?\s*[:：]\s*(.*)$/i
const NUMBER = /^\d{1,3}(?:,\d{3})+$|^\d+$/
const NO_VOTES = new Set(['', '-', '–', '—', 'n/a', 'none'])

/** What a `Vote:` line says. */
export type VotesLine =
  | { kind: 'votes'; votes: number | null }
  | { kind: 'unparsable'; raw: string }

/**
 * Reads a `Vote: N` line; `Vote: -` (no count shown) gives null. Returns undefined for a line that is
 * not a vote line at all.
 *
 * @example
 * parseVotesLine('Vote: 38') // { kind: 'votes', votes: 38 }
 * parseVotesLine('Vote: -') // { kind: 'votes', votes: null }
 * parseVotesLine('Vote: lots') // { kind: 'unparsable', raw: 'lots' }
 */
export function parseVotesLine(line: string): VotesLine | undefined {
  const match = VOTE_LINE.exec(line.trim())
  if (!match) return undefined
  const raw = match[1]!.trim()
  if (NO_VOTES.has(raw.toLowerCase())) return { kind: 'votes', votes: null }
  if (NUMBER.test(raw)) return { kind: 'votes', votes: Number(raw.replaceAll(',', '')) }
  return { kind: 'unparsable', raw }
}
