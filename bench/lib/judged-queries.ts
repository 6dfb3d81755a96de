// The judged query set (bench/data/judged-queries.json) and its fixed dev/test split.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './corpus.js'

/** One judged query: the relevant arXiv ids were decided by reading the papers. */
export interface JudgedQuery {
  id: string
  query: string
  lang: 'ko' | 'en' | 'mixed'
  kind: string
  relevant: string[]
}

/** Which half of the set a query belongs to. */
export type Split = 'dev' | 'test'

/** Fixed rule, independent of content: odd numeric id → dev, even → test. */
export function splitOf(queryId: string): Split {
  const digits = /(\d+)$/.exec(queryId)?.[1]
  if (digits === undefined) throw new Error(`hanseek: judged query id without a number: ${queryId}`)
  return Number.parseInt(digits, 10) % 2 === 1 ? 'dev' : 'test'
}

/** True when the query contains Hangul: the "Korean part" the retrieval target is stated on. */
export function isKoreanQuery(q: Pick<JudgedQuery, 'query'>): boolean {
  return /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(q.query)
}

/** Reads and checks the judged set. */
export function loadJudgedQueries(file = path.join(repoRoot, 'bench/data/judged-queries.json')): JudgedQuery[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as JudgedQuery[]
  const ids = new Set<string>()
  for (const q of parsed) {
    if (ids.has(q.id)) throw new Error(`hanseek: duplicate judged query id ${q.id}`)
    ids.add(q.id)
    if (!q.query || q.relevant.length === 0) throw new Error(`hanseek: judged query ${q.id} has no text or no relevant ids`)
  }
  return parsed
}
