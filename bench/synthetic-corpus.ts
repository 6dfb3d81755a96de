// Deterministic synthetic corpora (x5, x20, ...) drawn from the real papers, for the performance benches.
import type { Paper, SummarySection } from '../src/model/index.js'

/**
 * mulberry32: a small, fast 32-bit seeded PRNG. Same seed, same sequence; values in [0, 1).
 *
 * @example
 * const next = mulberry32(42); next() // always the same first value for seed 42
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Options of {@link generateSyntheticCorpus}. */
export interface SyntheticOptions {
  /** Total size as a multiple of the real corpus (1 = the real papers only). */
  scale: number
  /** PRNG seed; the default gives the corpora the benches report on. */
  seed?: number
}

/** The seed the benches use. */
export const DEFAULT_SYNTHETIC_SEED = 20240215

/**
 * An arXiv-like id that no real paper has: `9` + 3 digits + `.` + 5 digits (`9000.00001`).
 *
 * @example
 * syntheticId(123456) // '9001.23456'
 */
export function syntheticId(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000) throw new RangeError(`hanseek: synthetic id out of range: ${n}`)
  return `9${String(Math.floor(n / 100_000)).padStart(3, '0')}.${String(n % 100_000).padStart(5, '0')}`
}

/**
 * The real papers followed by `(scale - 1) × papers.length` new ones. Each new paper takes its title from
 * a random real paper, its summary bullets one by one from random real bullets (as many as a random real
 * paper has), its labelled sections (when the template paper has them) from real sections with the same
 * key, and its votes, dates, authors count, media and links from random real papers (so their
 * distributions are the real ones). Authors are drawn from all real author occurrences, so frequent
 * authors stay frequent.
 *
 * @example
 * const x5 = generateSyntheticCorpus(papers, { scale: 5 }) // 5 × papers.length papers, ids 9xxx.xxxxx
 */
export function generateSyntheticCorpus(papers: readonly Paper[], options: SyntheticOptions): Paper[] {
  const { scale, seed = DEFAULT_SYNTHETIC_SEED } = options
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`hanseek: scale must be a positive integer, got ${scale}`)
  if (papers.length === 0 || scale === 1) return [...papers]
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

  const bullets = papers.flatMap((p) => p.summary.bullets)
  const authors = papers.flatMap((p) => p.authors)
  const sectionsByKey = new Map<string, SummarySection[]>()
  for (const p of papers) {
    for (const s of p.summary.sections) {
      const list = sectionsByKey.get(s.key) ?? []
      list.push(s)
      sectionsByKey.set(s.key, list)
    }
  }

  const out: Paper[] = [...papers]
  const extra = (scale - 1) * papers.length
  for (let n = 0; n < extra; n++) {
    const template = pick(papers)
    const id = syntheticId(n + 1)
    const sections = template.summary.sections.map((s) => {
      const drawn = pick(sectionsByKey.get(s.key)!)
      return { key: s.key, label: s.label, text: drawn.text }
    })
    const paperBullets = sections.length > 0
      ? sections.map((s) => s.text)
      : Array.from({ length: Math.max(1, template.summary.bullets.length) }, () => (bullets.length > 0 ? pick(bullets) : ''))
    const dated = pick(papers)
    const authorCount = pick(papers).authors.length
    const paper: Paper = {
      id,
      url: `https://arxiv.org/abs/${id}`,
      title: pick(papers).title,
      date: dated.date,
      dates: [...dated.dates],
      votes: pick(papers).votes,
      authors: authors.length > 0 ? Array.from({ length: authorCount }, () => pick(authors)) : [],
      media: pick(papers).media,
      summary: {
        text: paperBullets.join('\n'),
        bullets: paperBullets,
        sections,
        ...wellKnownSections(sections),
      },
      links: pick(papers).links,
      source: { file: `synthetic/x${scale}.md`, line: n + 1 },
    }
    out.push(paper)
  }
  return out
}

function wellKnownSections(sections: readonly SummarySection[]): Partial<Paper['summary']> {
  const out: Partial<Paper['summary']> = {}
  for (const s of sections) {
    if (s.key === 'whatsNew') out.whatsNew = s.text
    else if (s.key === 'technicalDetails') out.technicalDetails = s.text
    else if (s.key === 'performanceHighlights') out.performanceHighlights = s.text
  }
  return out
}
