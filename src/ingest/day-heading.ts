const DAY_HEADING = /^daily\s+papers\s*[([]?\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*[)\]]?$/i
const LOOSE_DATE = /(\d{4})-(\d{2})-(\d{2})/
const PATH_DATE = /(?:^|[\\/])(\d{4})[\\/](\d{2})[\\/](\d{2})\.md$/i
const FLAT_PATH_DATE = /(?:^|[\\/])(\d{4})-(\d{2})-(\d{2})\.md$/i

/** An ISO `YYYY-MM-DD` string for a real calendar date, or null. */
export function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31) return null
  const probe = new Date(Date.UTC(y, m - 1, d))
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** What a level-2 heading says about the digest's day. */
export type DayHeading =
  | { kind: 'day'; date: string }
  /** Looks like a day heading (it has a date) but not in the usual form, or the date is impossible. */
  | { kind: 'malformed'; date: string | null }
  | { kind: 'other' }

/**
 * Reads a digest's day heading text (`Daily Papers (2024-02-15)`).
 *
 * @example
 * parseDayHeading('Daily Papers (2024-02-15)') // { kind: 'day', date: '2024-02-15' }
 * parseDayHeading('Daily Papers (2024-02-30)') // { kind: 'malformed', date: null }
 * parseDayHeading('Related work') // { kind: 'other' }
 */
export function parseDayHeading(text: string): DayHeading {
  const trimmed = text.trim()
  const exact = DAY_HEADING.exec(trimmed)
  if (exact) {
    const date = isoDate(exact[1]!, exact[2]!, exact[3]!)
    return date ? { kind: 'day', date } : { kind: 'malformed', date: null }
  }
  const loose = LOOSE_DATE.exec(trimmed)
  if (loose || /daily\s+papers/i.test(trimmed)) {
    return { kind: 'malformed', date: loose ? isoDate(loose[1]!, loose[2]!, loose[3]!) : null }
  }
  return { kind: 'other' }
}

/**
 * The date a digest's path implies: `…/YYYY/MM/DD.md` or `…/YYYY-MM-DD.md`; null otherwise.
 *
 * @example
 * dateFromPath('paper_logs/2024/02/15.md') // '2024-02-15'
 * dateFromPath('notes.md') // null
 */
export function dateFromPath(source: string): string | null {
  const match = PATH_DATE.exec(source) ?? FLAT_PATH_DATE.exec(source)
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null
}
