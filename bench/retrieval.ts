// Retrieval quality on the real corpus: the judged query set (written in session 1, used to tune the
// glossary) and three held-out sets (written later, never tuned on), hanseek vs plain MiniSearch.
// Run: npm run bench:retrieval [-- --set=judged|heldout|heldout2|heldout3|heldout4|all] [--failures=all|notfirst|none] [--failures-split=dev|test] [--lexicon]
// `--lexicon` builds hanseek with a collection lexicon learned from the summaries (`learnCompoundLexicon`).
// `--set=all` (default) prints every set as a separate table. `--failures=all` (default) lists queries with no
// relevant paper in the top K; `notfirst` lists every query whose first hit is not relevant;
// `--failures-split=dev` limits the list to the dev half (odd ids), the only half to look at while tuning.
import path from 'node:path'
import type MiniSearch from 'minisearch'
import { loadCorpus, repoRoot, type LoadedCorpus } from './lib/corpus.js'
import { isKoreanQuery, loadJudgedQueries, splitOf, type JudgedQuery, type Split } from './lib/judged-queries.js'
import { firstRelevantRank, meanScores, scoreQuery, type QueryScores } from './lib/metrics.js'
import { buildPlainMiniSearch, loadHanseek, type HanseekIndex, type PlainDocument } from './lib/systems.js'
import { fixed, formatTable } from './lib/table.js'
import { learnCompoundLexicon } from '../src/build/index.js'

const K = 10
/** How deep each system's ranking is fetched, so a failure can say where the answer was. */
const DEPTH = 100
/** The target: hanseek MRR@10 at least this much above plain MiniSearch on Korean queries. */
const KOREAN_MRR_MARGIN = 0.25

interface Ranked {
  query: JudgedQuery
  ids: string[]
  scores: QueryScores
}

function rankAll(queries: readonly JudgedQuery[], search: (q: string) => string[]): Ranked[] {
  return queries.map((query) => {
    const ids = search(query.query)
    return { query, ids, scores: scoreQuery(ids, query.relevant, K) }
  })
}

function plainSearch(ms: MiniSearch<PlainDocument>): (q: string) => string[] {
  return (q) => ms.search(q).slice(0, DEPTH).map((r) => String(r.id))
}

function hanseekSearch(index: HanseekIndex): (q: string) => string[] {
  return (q) => index.search(q, { limit: DEPTH }).hits.map((h) => h.id)
}

type Group = [label: string, keep: (q: JudgedQuery) => boolean]

function groups(queries: readonly JudgedQuery[]): Group[] {
  const out: Group[] = [
    ['all', () => true],
    ['Korean (has Hangul)', isKoreanQuery],
    ['split dev', (q) => splitOf(q.id) === 'dev'],
    ['split test', (q) => splitOf(q.id) === 'test'],
    ['Korean dev', (q) => isKoreanQuery(q) && splitOf(q.id) === 'dev'],
    ['Korean test', (q) => isKoreanQuery(q) && splitOf(q.id) === 'test'],
  ]
  for (const lang of ['ko', 'mixed', 'en'] as const) out.push([`lang ${lang}`, (q) => q.lang === lang])
  for (const kind of [...new Set(queries.map((q) => q.kind))].sort()) out.push([`kind ${kind}`, (q) => q.kind === kind])
  return out
}

/** The query sets this bench knows: file and a one-line description printed above each table. */
const SETS = {
  judged: { file: 'bench/data/judged-queries.json', about: 'judged queries (tuned on)' },
  heldout: { file: 'bench/data/heldout-queries.json', about: 'held-out queries (never tuned on; dev = odd ids, test = even ids)' },
  heldout2: { file: 'bench/data/heldout2-queries.json', about: 'second held-out set (session 4; summariser, question, search-box; dev = odd ids, test = even ids)' },
  heldout3: { file: 'bench/data/heldout3-queries.json', about: 'third held-out set (session 4; questions over one summary passage; dev = odd ids, test = even ids)' },
  heldout4: { file: 'bench/data/heldout4-queries.json', about: 'fourth held-out set (session 5; other-summariser sentences and passage questions; dev = odd ids, test = even ids)' },
} as const
type SetName = keyof typeof SETS

function setsFromArgs(argv: readonly string[]): SetName[] {
  const arg = argv.find((a) => a.startsWith('--set='))?.split('=')[1] ?? 'all'
  if (arg === 'all') return Object.keys(SETS) as SetName[]
  if (arg in SETS) return [arg as SetName]
  throw new Error(`hanseek: unknown --set=${arg} (expected ${Object.keys(SETS).join(', ')} or all)`)
}

interface Systems {
  plain: (q: string) => string[]
  hanseek: ((q: string) => string[]) | null
}

function reportSet(name: SetName, queries: readonly JudgedQuery[], corpus: LoadedCorpus, systems: Systems, failuresArg: string,
  failuresSplit?: Split): void {
  const known = new Set(corpus.papers.map((p) => p.id))
  const missing = queries.flatMap((q) => q.relevant.filter((id) => !known.has(id)).map((id) => `${q.id}:${id}`))
  console.log(`\n=== ${name}: ${SETS[name].about}`)
  console.log(`${name} queries: ${queries.length} (${queries.filter(isKoreanQuery).length} with Hangul), K=${K}`)
  if (missing.length > 0) console.log(`warning: relevant ids not in the parsed corpus: ${missing.join(', ')}`)

  const plain = rankAll(queries, systems.plain)
  const hanseek = systems.hanseek ? rankAll(queries, systems.hanseek) : null
  if (!hanseek) console.log('hanseek: buildIndex/loadIndex are not exported yet; printing plain MiniSearch only')
  const rows = groups(queries).flatMap(([label, keep]) => {
    const idx = queries.map((q, i) => (keep(q) ? i : -1)).filter((i) => i >= 0)
    if (idx.length === 0) return []
    const p = meanScores(idx.map((i) => plain[i]!.scores))
    const h = hanseek ? meanScores(idx.map((i) => hanseek[i]!.scores)) : null
    return [[
      label, String(idx.length),
      fixed(p.mrr), fixed(p.ndcg), fixed(p.recall),
      h ? fixed(h.mrr) : '-', h ? fixed(h.ndcg) : '-', h ? fixed(h.recall) : '-',
      h ? fixed(h.mrr - p.mrr) : '-', h && p.mrr > 0 ? fixed(h.mrr / p.mrr, 2) + 'x' : '-',
    ]]
  })
  console.log('\n' + formatTable(
    ['queries', 'n', 'MS MRR', 'MS nDCG', 'MS R@10', 'hs MRR', 'hs nDCG', 'hs R@10', 'ΔMRR', 'MRR ratio'], rows))

  if (!hanseek) return
  const korean = queries.map((q, i) => (isKoreanQuery(q) ? i : -1)).filter((i) => i >= 0)
  const delta = meanScores(korean.map((i) => hanseek[i]!.scores)).mrr - meanScores(korean.map((i) => plain[i]!.scores)).mrr
  console.log(`\ntarget: Korean MRR@10 ≥ plain MiniSearch + ${KOREAN_MRR_MARGIN}: ${fixed(delta)} → ${delta >= KOREAN_MRR_MARGIN ? 'met' : 'MISSED'}`)

  // Head-to-head on the first relevant rank (a miss counts as rank DEPTH + 1): where each system wins.
  let wins = 0
  let losses = 0
  queries.forEach((q, i) => {
    const rel = new Set(q.relevant)
    const h = firstRelevantRank(hanseek[i]!.ids, rel) ?? DEPTH + 1
    const p = firstRelevantRank(plain[i]!.ids, rel) ?? DEPTH + 1
    if (h < p) wins++
    else if (h > p) losses++
  })
  console.log(`head-to-head (first relevant rank): hanseek better on ${wins}, worse on ${losses}, equal on ${queries.length - wins - losses}`)

  if (failuresArg === 'none') return
  const notFirst = failuresArg === 'notfirst'
  const failures = hanseek.filter((r) => (notFirst ? r.scores.mrr < 1 : r.scores.mrr === 0) &&
    (failuresSplit === undefined || splitOf(r.query.id) === failuresSplit))
  const what = notFirst ? 'first hit not relevant' : `no relevant paper in the top ${K}`
  const among = failuresSplit === undefined ? `${queries.length}` : `the ${failuresSplit} half`
  console.log(`\nhanseek failures (${what}): ${failures.length} of ${among}`)
  console.log('(for learning what kinds of query fail; do not tune to single queries)')
  const failRows = failures.map((r) => {
    const i = queries.indexOf(r.query)
    const hRank = firstRelevantRank(r.ids, new Set(r.query.relevant))
    const pRank = firstRelevantRank(plain[i]!.ids, new Set(r.query.relevant))
    return [r.query.id, splitOf(r.query.id), r.query.kind, hRank === null ? `>${DEPTH}` : String(hRank),
      pRank === null ? `>${DEPTH}` : String(pRank), r.query.relevant.slice(0, 3).join(' '), r.query.query]
  })
  if (failRows.length > 0) console.log(formatTable(['id', 'split', 'kind', 'hs rank', 'MS rank', 'relevant', 'query'], failRows))
}


async function main(): Promise<void> {
  const failuresArg = process.argv.find((a) => a.startsWith('--failures='))?.split('=')[1] ?? 'all'
  const splitArg = process.argv.find((a) => a.startsWith('--failures-split='))?.split('=')[1]
  if (splitArg !== undefined && splitArg !== 'dev' && splitArg !== 'test') {
    throw new Error(`hanseek: unknown --failures-split=${splitArg} (expected dev or test)`)
  }
  const sets = setsFromArgs(process.argv)
  const corpus = loadCorpus()
  console.log(`corpus: ${corpus.files} digests, ${corpus.papers.length} papers, ${corpus.diagnostics} diagnostics`)
  const api = await loadHanseek()
  // `--lexicon`: hanseek built with a collection lexicon learned from the summaries (the `lexicon` option).
  const withLexicon = process.argv.includes('--lexicon')
  const buildOptions = withLexicon ? { analyzer: { lexicon: learnCompoundLexicon(corpus.papers.map((p) => p.summary.text)) } } : {}
  if (withLexicon) console.log(`hanseek analyzer: with a collection lexicon of ${buildOptions.analyzer?.lexicon.split(' ').length ?? 0} words (--lexicon)`)
  const systems: Systems = {
    plain: plainSearch(buildPlainMiniSearch(corpus.papers)),
    hanseek: api ? hanseekSearch(api.buildIndex(corpus.papers, buildOptions)) : null,
  }
  for (const name of sets) {
    reportSet(name, loadJudgedQueries(path.join(repoRoot, SETS[name].file)), corpus, systems, failuresArg, splitArg)
  }
}

await main()
