// Which papers the held-out query set (bench/data/heldout-queries.json) was written from: a seeded,
// month-stratified draw over the real corpus, so the set covers every year and month evenly and can be
// re-drawn by anyone. The queries themselves were written by hand from reading each printed paper.
// Run: npx tsx bench/heldout-pick.ts [--count=120] [--seed=20250611]
//      npx tsx bench/heldout-pick.ts --set=2   (the second set: seed 20261125, 90 papers, none of the earlier sets')
//      npx tsx bench/heldout-pick.ts --set=3   (the third set: seed 20261126, 60 papers, one summary bullet each)
//      npx tsx bench/heldout-pick.ts --set=4   (the fourth set: seed 20261204, 80 papers, summariser and passage by turns)
import { readFileSync } from 'node:fs'
import type { Paper } from '../src/model/index.js'
import { loadCorpus } from './lib/corpus.js'
import { mulberry32 } from './synthetic-corpus.js'

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** Kind by draw position: 3 of every 6 are summariser sentences, 2 questions, 1 mixed Korean/English. */
export function kindAt(position: number): 'summariser' | 'question' | 'mixed' {
  const r = position % 6
  return r < 3 ? 'summariser' : r < 5 ? 'question' : 'mixed'
}

/**
 * Shuffles each month's papers with the seed, then takes one paper per month in month order, round after
 * round, until `count` papers are drawn. Papers with a summary under 80 characters are skipped (too little
 * to describe in other words).
 */
export function drawHeldoutPapers(papers: readonly Paper[], count: number, seed: number): Paper[] {
  const random = mulberry32(seed)
  const byMonth = new Map<string, Paper[]>()
  for (const p of papers) {
    if (p.summary.text.length < 80 || p.id.startsWith('url:')) continue
    const month = p.date.slice(0, 7)
    byMonth.set(month, [...(byMonth.get(month) ?? []), p])
  }
  const queues = [...byMonth.keys()].sort().map((m) => shuffle(byMonth.get(m)!, random))
  const out: Paper[] = []
  for (let round = 0; out.length < count; round++) {
    let took = false
    for (const q of queues) {
      const p = q[round]
      if (p && out.length < count) {
        out.push(p)
        took = true
      }
    }
    if (!took) break
  }
  return out
}

/** Second held-out set (session 4): of every 3 papers, 1 summariser sentence, 1 question, 1 search-box query. */
export function secondSetKindAt(position: number): 'summariser' | 'question' | 'searchbox' {
  const r = position % 3
  return r === 0 ? 'summariser' : r === 1 ? 'question' : 'searchbox'
}

/** Paper ids relevant to any query of the sets before set `set`, which its draw skips. */
function earlierSetIds(set: number): Set<string> {
  const ids = new Set<string>()
  const files = ['bench/data/judged-queries.json', 'bench/data/heldout-queries.json', 'bench/data/heldout2-queries.json', 'bench/data/heldout3-queries.json']
  for (const file of files.slice(0, set)) {
    for (const q of JSON.parse(readFileSync(file, 'utf8')) as Array<{ relevant: string[] }>) for (const id of q.relevant) ids.add(id)
  }
  return ids
}

function main(): void {
  const arg = (name: string, fallback: number): number =>
    Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
  const set = arg('set', 1)
  const seen = set > 1 ? earlierSetIds(set) : new Set<string>()
  const papers = loadCorpus().papers.filter((p) => !seen.has(p.id))
  const [count, seed] = set === 4 ? [80, 20261204] : set === 3 ? [60, 20261126] : set === 2 ? [90, 20261125] : [120, 20250611]
  const picks = drawHeldoutPapers(papers, arg('count', count), arg('seed', seed))
  picks.forEach((p, i) => {
    const kind = set === 4 ? (i % 2 === 0 ? 'summariser' : 'passage') : set === 3 ? 'passage' : set === 2 ? secondSetKindAt(i) : kindAt(i)
    console.log(`\n#${i + 1} [${kind}] ${p.id} ${p.date} :: ${p.title}`)
    // A passage question asks about one bullet of the summary (the i-th, cyclically), as a reader of that passage would.
    console.log(kind === 'passage' ? p.summary.bullets[i % p.summary.bullets.length] : p.summary.text.slice(0, 700))
  })
}

if (process.argv[1]?.endsWith('heldout-pick.ts')) main()
