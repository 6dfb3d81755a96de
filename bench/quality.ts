/**
 * Korean analysis quality on the KLUE-DP dev set (gold morpheme segmentation), per eojeol:
 * - noun-stem recall: fraction of gold NNG/NNP morphemes found among the word-view terms of the eojeol;
 * - produced-term precision: fraction of produced Hangul word-view terms that are a gold morpheme of the
 *   eojeol or a concatenation of adjacent gold noun morphemes (over-splitting/over-stripping shows here);
 * - gram view counted apart: gram terms per eojeol and the fraction of gold nouns whose grams all appear.
 * Rows: hanseek; hanseek with a collection lexicon (`learnCompoundLexicon`), 2-fold cross-fitted (each half of
 * the sentences analysed with a lexicon learned from the raw text of the other half); MiniSearch's default
 * tokenizer (+ lowercase); garu-ko (nouns, a WASM morphological analyzer).
 *
 * Run: npm run bench:quality [-- --errors] [-- --examples N] [-- --options '{"splitCompounds":false}']
 * `--errors` prints misses and imprecise terms by category (counts, examples); `--examples N` sets how many.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import { Garu } from 'garu-ko'
import { createAnalyzer } from '../src/analysis/index.js'
import type { Analyzer, AnalyzerOptions } from '../src/analysis/index.js'
import { learnCompoundLexicon } from '../src/analysis/lexicon-learner.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const kluePath = path.resolve(repoRoot, '../shared/eval/klue-dp/klue-dp-v1.1_dev.tsv')

interface Eojeol {
  form: string
  morphemes: string[]
  tags: string[]
}
interface Sentence {
  text: string
  eojeols: Eojeol[]
}

function loadKlue(file: string): Sentence[] {
  const sentences: Sentence[] = []
  let current: Sentence | undefined
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## klue-dp')) {
      const tab = line.indexOf('\t')
      current = { text: line.slice(tab + 1), eojeols: [] }
      sentences.push(current)
      continue
    }
    if (line.startsWith('#') || line.trim() === '' || current === undefined) continue
    const cols = line.split('\t')
    const form = cols[1] ?? ''
    const morphemes = (cols[2] ?? '').split(' ')
    const tags = (cols[3] ?? '').split('+')
    current.eojeols.push({ form, morphemes, tags })
  }
  return sentences
}

const HANGUL = /[\uac00-\ud7a3]/
const NOUN_TAGS = new Set(['NNG', 'NNP'])
const CONCAT_TAGS = new Set(['NNG', 'NNP', 'NNB', 'NR', 'XSN', 'XPN'])

function goldNouns(e: Eojeol): string[] {
  const out: string[] = []
  e.tags.forEach((tag, i) => {
    const m = e.morphemes[i]
    if (NOUN_TAGS.has(tag) && m !== undefined && HANGUL.test(m)) out.push(m.toLowerCase())
  })
  return out
}

/** Every gold morpheme plus every concatenation of ≥2 adjacent gold noun morphemes. */
function acceptable(e: Eojeol): Set<string> {
  const ok = new Set(e.morphemes.map((m) => m.toLowerCase()))
  for (let i = 0; i < e.tags.length; i++) {
    if (!CONCAT_TAGS.has(e.tags[i] ?? '')) continue
    let s = e.morphemes[i] ?? ''
    for (let j = i + 1; j < e.tags.length && CONCAT_TAGS.has(e.tags[j] ?? ''); j++) {
      s += e.morphemes[j] ?? ''
      ok.add(s.toLowerCase())
    }
  }
  return ok
}

interface Row {
  name: string
  nounRecall: number
  precision: number
  termsPerEojeol: number
  gramsPerEojeol?: number
  gramNounCoverage?: number
  errors: { missed: Map<string, number>; wrong: Map<string, number> }
  /** Misses and imprecise terms by category (see `missCategory`, `wrongCategory`), with examples. */
  categories: { missed: Categories; wrong: Categories }
}

type TermsOf = (sentence: Sentence) => Array<{ words: string[]; grams: string[] }>

function evaluate(name: string, sentences: Sentence[], termsOf: TermsOf, hasGrams: boolean): Row {
  let nouns = 0
  let found = 0
  let produced = 0
  let precise = 0
  let termCount = 0
  let gramCount = 0
  let gramCovered = 0
  let eojeols = 0
  const missed = new Map<string, number>()
  const wrong = new Map<string, number>()
  const missedBy: Categories = new Map()
  const wrongBy: Categories = new Map()
  for (const sentence of sentences) {
    const perEojeol = termsOf(sentence)
    sentence.eojeols.forEach((e, i) => {
      eojeols++
      const terms = perEojeol[i] ?? { words: [], grams: [] }
      const words = new Set(terms.words)
      const grams = new Set(terms.grams)
      termCount += terms.words.length
      gramCount += terms.grams.length
      for (const noun of goldNouns(e)) {
        nouns++
        if (words.has(noun)) found++
        else {
          missed.set(`${e.form} → ${noun}`, (missed.get(`${e.form} → ${noun}`) ?? 0) + 1)
          tally(missedBy, missCategory(e, noun, terms.words), `${e.form} → ${noun} [${terms.words.join(' ')}]`)
        }
        if (hasGrams) {
          const needed = noun.length <= 2 ? [noun] : Array.from({ length: noun.length - 1 }, (_, k) => noun.slice(k, k + 2))
          if (needed.every((g) => grams.has(g))) gramCovered++
        }
      }
      const ok = acceptable(e)
      for (const w of words) {
        if (!HANGUL.test(w)) continue
        produced++
        if (ok.has(w)) precise++
        else {
          wrong.set(`${e.form} → ${w}  (${e.morphemes.join(' ')})`, (wrong.get(`${e.form} → ${w}  (${e.morphemes.join(' ')})`) ?? 0) + 1)
          tally(wrongBy, wrongCategory(e, w), `${e.form} → ${w} (${e.morphemes.join(' ')})`)
        }
      }
    })
  }
  const row: Row = {
    name,
    nounRecall: found / nouns,
    precision: produced === 0 ? 0 : precise / produced,
    termsPerEojeol: termCount / eojeols,
    errors: { missed, wrong },
    categories: { missed: missedBy, wrong: wrongBy },
  }
  if (hasGrams) {
    row.gramsPerEojeol = gramCount / eojeols
    row.gramNounCoverage = gramCovered / nouns
  }
  return row
}

/** Category → count and example counts. */
type Categories = Map<string, { count: number; examples: Map<string, number> }>

function tally(into: Categories, category: string, example: string): void {
  let c = into.get(category)
  if (c === undefined) {
    c = { count: 0, examples: new Map() }
    into.set(category, c)
  }
  c.count++
  c.examples.set(example, (c.examples.get(example) ?? 0) + 1)
}

const PREDICATE_TAGS = new Set(['VV', 'VA', 'VX', 'VCN'])
const NOMINAL_TAGS = new Set(['NNG', 'NNP', 'NNB', 'NR', 'NP', 'XPN', 'XSN'])
const isHangulWord = (s: string) => /^[\uac00-\ud7a3]+$/.test(s)

/** The eojeol without leading quotes/brackets, so categories look at its first real morpheme. */
function withoutLeadingPunctuation(e: Eojeol): Eojeol {
  let k = 0
  while (k < e.tags.length && (e.tags[k] ?? '').startsWith('S') && e.tags[k] !== 'SL' && e.tags[k] !== 'SN' && e.tags[k] !== 'SH') k++
  return k === 0 ? e : { form: e.form, morphemes: e.morphemes.slice(k), tags: e.tags.slice(k) }
}

/** Index of the gold morpheme `noun` in `e` (first NNG/NNP match). */
function nounIndex(e: Eojeol, noun: string): number {
  return e.morphemes.findIndex((m, i) => m.toLowerCase() === noun && NOUN_TAGS.has(e.tags[i] ?? ''))
}

/** Why a gold noun was not among the produced terms (first matching category wins). */
function missCategory(full: Eojeol, noun: string, words: string[]): string {
  const e = withoutLeadingPunctuation(full)
  const i = nounIndex(e, noun)
  const before = e.tags.slice(0, Math.max(i, 0))
  const next = e.tags[i + 1] ?? ''
  const hangul = words.filter(isHangulWord)
  if (e.tags.includes('SL') || e.tags.includes('SH')) return 'Latin/Han-Hangul mix'
  if (e.tags.includes('SN') || before.includes('NR')) return 'number + counter/noun'
  if (before.some((t) => t.startsWith('MM'))) return 'determiner + noun (이날, 그동안)'
  if (before.includes('ETM')) return 'adnominal predicate + noun (지난해)'
  if (before.includes('XPN')) return 'prefix + noun (불구속, 전날)'
  if (hangul.length === 0) return noun.length === 1 ? 'nothing produced: 1-syllable noun' : 'nothing produced (stop word / grammar reading)'
  if (hangul.some((w) => noun.startsWith(w) && w.length < noun.length)) return 'over-stripped (차이 → 차, 경기도 → 경기)'
  if (next === 'XSV' || next === 'XSA') return 'noun + 하다/되다 not reduced to the noun'
  if (hangul.some((w) => w.includes(noun) && w.length > noun.length)) {
    const whole = hangul.find((w) => w.includes(noun) && w.length > noun.length) ?? ''
    const others = e.morphemes.filter((m, k) => k !== i && NOMINAL_TAGS.has(e.tags[k] ?? '')).join('')
    if (others.length > 0 && whole.length <= noun.length + others.length) {
      return whole.startsWith(noun) ? 'compound not split: noun is the head part' : 'compound not split: noun is a later part'
    }
    return 'under-stripped (particle or ending left on)'
  }
  if (before.length > 0 && before.every((t) => NOMINAL_TAGS.has(t))) return 'compound split at the wrong place'
  return 'other'
}

/** Why a produced Hangul term is neither a gold morpheme nor a concatenation of adjacent gold nouns. */
function wrongCategory(full: Eojeol, term: string): string {
  const e = withoutLeadingPunctuation(full)
  const first = e.tags[0] ?? ''
  const surface = e.form.replace(/[^\uac00-\ud7a3]/g, '')
  const morphemes = e.morphemes.map((m) => m.toLowerCase())
  if (e.tags.includes('SL') || e.tags.includes('SH')) return 'Latin/Han-Hangul mix'
  if (e.tags.includes('SN') || e.tags.includes('NR')) return 'number + counter'
  if (first.startsWith('MM') && e.tags.length > 1) return 'determiner + noun kept together (이날)'
  if (PREDICATE_TAGS.has(first)) {
    const stem = morphemes[0] ?? ''
    const nounAfter = e.tags.slice(1).some((t) => NOUN_TAGS.has(t) || t === 'NNB')
    if (nounAfter) return 'predicate + noun (지난해, 모든것)'
    if (morphemes.includes(`${term}하`)) return '하다-adjective root instead of stem (깨끗 for 깨끗하)'
    if (term === surface) return 'predicate: ending not stripped (큰, 빠른, 가진)'
    if (term.length === stem.length && term.slice(0, -1) === stem.slice(0, -1)) return 'predicate: irregular stem wrong (걸 for 걷, 가까 for 가깝)'
    if (term.startsWith(stem) || stem.startsWith(term)) return 'predicate: stem too long/short (알려지 for 알리)'
    return 'predicate: other (contraction, irregular)'
  }
  const nounFirst = NOUN_TAGS.has(first) || first === 'NNB' || first === 'NP' || first === 'XPN'
  if (nounFirst && e.tags[1] === 'VCP') return 'copula 이/인 left on or mis-read'
  if (nounFirst && (e.tags[1] === 'XSV' || e.tags[1] === 'XSA')) return 'noun + 하다/되다 form mis-read'
  if (nounFirst) {
    const noun = morphemes[0] ?? ''
    if (noun.startsWith(term)) return e.tags.length === 1 ? 'over-stripped noun with no particle (현지 → 현)' : 'over-stripped noun (차이 → 차)'
    if (term.startsWith(noun)) return 'under-stripped: particle/ending left on'
    return 'compound part that is no gold morpheme (새누리당 → 리당)'
  }
  if (first === 'MAG' || first === 'MAJ') return 'adverb clipped or kept (제대로 → 제대)'
  if (first === 'NP') return 'pronoun'
  return `other (first tag ${first})`
}

function printCategories(title: string, categories: Categories, total: number, perCategory: number): void {
  console.log(`\n${title} (${total} in all)`)
  const sorted = [...categories.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
  for (const [name, { count, examples }] of sorted) {
    const ex = [...examples.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, perCategory)
      .map(([k, v]) => `${k}${v > 1 ? ` ×${v}` : ''}`)
      .join('; ')
    console.log(`  ${String(count).padStart(5)}  ${name.padEnd(58)} e.g. ${ex}`)
  }
}

function parseArgs(): { showErrors: boolean; examples: number; options: AnalyzerOptions | undefined } {
  const args = process.argv.slice(2)
  const at = args.indexOf('--options')
  const ex = args.indexOf('--examples')
  return {
    showErrors: args.includes('--errors') || ex >= 0,
    examples: ex >= 0 ? Number(args[ex + 1] ?? 4) : 4,
    options: at >= 0 ? (JSON.parse(args[at + 1] ?? '{}') as AnalyzerOptions) : undefined,
  }
}

function top(map: Map<string, number>, n: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k, v]) => `    ${v}× ${k}`)
    .join('\n')
}

async function main(): Promise<void> {
  const { showErrors, examples, options } = parseArgs()
  const sentences = loadKlue(kluePath)
  const eojeolCount = sentences.reduce((n, s) => n + s.eojeols.length, 0)
  console.log(`KLUE-DP dev: ${sentences.length} sentences, ${eojeolCount} eojeols (${kluePath})`)

  const analyzer = createAnalyzer(options)
  const termsWith = (a: Analyzer): TermsOf => (s) =>
    s.eojeols.map((e) => {
      const tokens = a.analyze(e.form)
      return { words: tokens.filter((t) => t.view === 'word').map((t) => t.term), grams: tokens.filter((t) => t.view === 'gram').map((t) => t.term) }
    })
  const hanseek = termsWith(analyzer)

  // 2-fold cross-fitting of the collection lexicon: each half is analysed with a lexicon learned from the
  // raw text of the other half only, so no sentence is scored with a lexicon that saw it.
  const halves = [0, 1].map((parity) => sentences.filter((_, i) => i % 2 === parity))
  const lexicons = halves.map((half) => learnCompoundLexicon(half.map((s) => s.text)))
  const crossFitted = lexicons.map((_, k) => termsWith(createAnalyzer({ ...options, lexicon: lexicons[1 - k] as string })))
  const parityOf = new Map(sentences.map((s, i) => [s, i % 2] as const))
  const withLexicon: TermsOf = (s) => (crossFitted[parityOf.get(s) ?? 0] as TermsOf)(s)
  const lexiconWords = lexicons.map((l) => (l === '' ? 0 : l.split(' ').length))

  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]
  const minisearch: TermsOf = (s) => s.eojeols.map((e) => ({ words: tokenize(e.form).map((t) => t.toLowerCase()).filter((t) => t.length > 0), grams: [] }))

  const garu = await Garu.load()
  const garuNouns: TermsOf = (s) => {
    const starts: number[] = []
    let at = 0
    for (const e of s.eojeols) {
      const found = s.text.indexOf(e.form, at)
      starts.push(found < 0 ? at : found)
      at = (found < 0 ? at : found) + e.form.length
    }
    const out = s.eojeols.map(() => ({ words: [] as string[], grams: [] as string[] }))
    const result = garu.analyze(s.text)
    const tokens = Array.isArray(result) ? (result[0]?.tokens ?? []) : result.tokens
    for (const token of tokens) {
      if (token.pos !== 'NNG' && token.pos !== 'NNP') continue
      let idx = 0
      while (idx + 1 < starts.length && (starts[idx + 1] ?? Infinity) <= token.start) idx++
      out[idx]?.words.push(token.text.toLowerCase())
    }
    return out
  }

  const rows = [
    evaluate(`hanseek ${JSON.stringify(analyzer.descriptor.options)}`, sentences, hanseek, true),
    evaluate(`hanseek + collection lexicon (2-fold cross-fitted; ${lexiconWords.join(' / ')} words)`, sentences, withLexicon, true),
    evaluate('MiniSearch default tokenizer + lowercase', sentences, minisearch, false),
    evaluate('garu-ko 0.3.7 nouns (NNG/NNP)', sentences, garuNouns, false),
  ]
  garu.destroy()

  const pad = (s: string, n: number) => s.padEnd(n)
  const num = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3))
  console.log()
  console.log(`${pad('analyzer', 72)} ${pad('noun recall', 12)} ${pad('precision', 10)} ${pad('words/eoj', 10)} ${pad('grams/eoj', 10)} gram noun coverage`)
  for (const r of rows) {
    console.log(`${pad(r.name, 72)} ${pad(num(r.nounRecall), 12)} ${pad(num(r.precision), 10)} ${pad(r.termsPerEojeol.toFixed(2), 10)} ${pad(r.gramsPerEojeol === undefined ? '-' : r.gramsPerEojeol.toFixed(2), 10)} ${num(r.gramNounCoverage)}`)
  }
  console.log('\ntargets (word view): noun recall >= 0.92, precision >= 0.85')
  if (showErrors) {
    const h = rows[0] as Row
    const sum = (c: Categories) => [...c.values()].reduce((n, v) => n + v.count, 0)
    printCategories('hanseek missed gold nouns by category', h.categories.missed, sum(h.categories.missed), examples)
    printCategories('hanseek imprecise terms by category', h.categories.wrong, sum(h.categories.wrong), examples)
    console.log('\nhanseek most frequent missed nouns:\n' + top(h.errors.missed, 60))
    console.log('\nhanseek most frequent imprecise terms:\n' + top(h.errors.wrong, 80))
  }
}

await main()
