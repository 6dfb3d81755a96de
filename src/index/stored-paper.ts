import type { PaperLinks, PaperMedia } from '../model/paper.js'

/**
 * What an index keeps of a paper and returns with each hit: everything results, facets and snippets
 * need, not the summary's bullet structure or the digest location.
 *
 * @example
 * index.get('2402.09368')?.title // 'Some paper title'
 */
export interface StoredPaper {
  id: string
  url: string
  title: string
  /** ISO date of the first digest the paper appeared in. */
  date: string
  /** Every digest date, ascending. */
  dates: string[]
  votes: number | null
  authors: string[]
  moreAuthors: boolean
  media: PaperMedia | null
  /** The summary text as indexed (sections included), one bullet or paragraph per line. */
  summary: string
  links: PaperLinks
}
