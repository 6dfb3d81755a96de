/** Where something came from: a digest file and a 1-based line number in it. */
export interface SourceLocation {
  /** The digest's path as given to the parser (e.g. `2024/02/15.md`). */
  file: string
  /** 1-based line number. */
  line: number
}

/** The figure or video shown under a paper's heading. */
export interface PaperMedia {
  kind: 'image' | 'video'
  /** Absolute http(s) URL. */
  url: string
}

/**
 * One labelled part of a summary, e.g. `- **What's New**: ...`.
 * `key` is a stable camelCase form of the label (`whatsNew`, `technicalDetails`, ...).
 */
export interface SummarySection {
  key: string
  /** The label as written, without Markdown emphasis (e.g. `What's New`). */
  label: string
  text: string
}

/** A paper's Korean summary in plain text, with its structure kept. */
export interface PaperSummary {
  /** The whole summary as plain text, one bullet or paragraph per line. */
  text: string
  /** Each bullet (or stray paragraph) as plain text, in order. */
  bullets: string[]
  /** Every labelled section, in order (the three well-known ones are also copied below). */
  sections: SummarySection[]
  whatsNew?: string
  technicalDetails?: string
  performanceHighlights?: string
}

/** URLs found in a summary, split by what they point to. */
export interface PaperLinks {
  /** Code repositories (GitHub, GitLab, Hugging Face repos, ...). */
  code: string[]
  /** Project pages, demos and everything else. */
  project: string[]
}

/** One paper of a digest. Plain-text fields never carry Markdown syntax. */
export interface Paper {
  /** arXiv id without version (`2402.09368`), or `url:<hash>` for a non-arXiv link. */
  id: string
  url: string
  title: string
  /** ISO date (`YYYY-MM-DD`) of the first digest the paper appeared in. */
  date: string
  /** Every digest date the paper appeared on, ascending (at least one). */
  dates: string[]
  /** Up-votes, or null where the digest shows none (`Vote: -` or no line at all). */
  votes: number | null
  authors: string[]
  /** True where the author list ends with a "more authors" marker (`+`). */
  moreAuthors?: boolean
  media: PaperMedia | null
  summary: PaperSummary
  links: PaperLinks
  /** Where the paper's heading is (the copy whose fields won, when merged). */
  source: SourceLocation
}
