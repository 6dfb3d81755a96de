// The MiniSearch fields of a hanseek index. Each text is indexed in two views (see DESIGN.md): the word
// view under the plain field name and the gram view under `<field>Gram`. Field ids are the positions in
// INDEX_FIELDS and are part of the file format.

import type { TermView } from '../analysis/types.js'

export const INDEX_FIELDS = ['title', 'titleGram', 'summary', 'summaryGram', 'authors'] as const
export type IndexField = (typeof INDEX_FIELDS)[number]

export const FIELD_ID: Readonly<Record<IndexField, number>> = {
  title: 0,
  titleGram: 1,
  summary: 2,
  summaryGram: 3,
  authors: 4,
}

/** The view whose terms a field holds. */
export const FIELD_VIEW: Readonly<Record<IndexField, TermView>> = {
  title: 'word',
  titleGram: 'gram',
  summary: 'word',
  summaryGram: 'gram',
  authors: 'word',
}

/** The stored text a field is analyzed from. */
export const FIELD_SOURCE: Readonly<Record<IndexField, 'title' | 'summary' | 'authors'>> = {
  title: 'title',
  titleGram: 'title',
  summary: 'summary',
  summaryGram: 'summary',
  authors: 'authors',
}

/** Word-view fields (vocabulary for suggestions). */
export const WORD_FIELD_IDS = [FIELD_ID.title, FIELD_ID.summary, FIELD_ID.authors] as const
/** Gram-view fields. */
export const GRAM_FIELD_IDS = [FIELD_ID.titleGram, FIELD_ID.summaryGram] as const

/** The document MiniSearch sees: the texts of one paper, authors one per line. */
export interface IndexedDocument {
  id: string
  title: string
  summary: string
  authors: string
}
