/**
 * Korean analysis quality on the KLUE-DP dev set (gold morpheme segmentation), per eojeol:
 * - noun-stem recall: fraction of gold NNG/NNP morphemes found among the word-view terms of the eojeol;
 * - produced-term precision: fraction of produced Hangul word-view terms that are a gold morpheme of the
 *   eojeol or a concatenation of adjacent gold noun morphemes (over-splitting/over-stripping shows here);
 * - gram view counted apart: gram terms per eojeol and the fraction of gold nouns whose grams all appear.
 * Rows: hanseek, MiniSearch's default tokenizer (+ lowercase), garu-ko (nouns, a WASM morphological analyzer).
 *
 * Run: npm run bench:quality [-- --errors] [-- --options '{"splitCompounds":false}']
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import { Garu } from 'garu-ko'
import { createAnalyzer } from '../src/analysis/index.js'
import type { AnalyzerOptions } from '../src/analysis/index.js'

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
        else missed.set(`${e.form} → ${noun}`, (missed.get(`${e.form} → ${noun}`) ?? 0) + 1)
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
        else wrong.set(`${e.form} → ${w}  (${e.morphemes.join(' ')})`, (wrong.get(`${e.form} → ${w}  (${e.morphemes.join(' ')})`) ?? 0) + 1)
      }
    })
  }
  const row: Row = {
    name,
    nounRecall: found / nouns,
    precision: produced === 0 ? 0 : precise / produced,
    termsPerEojeol: termCount / eojeols,
    errors: { missed, wrong },
  }
  if (hasGrams) {
    row.gramsPerEojeol = gramCount / eojeols
    row.gramNounCoverage = gramCovered / nouns
  }
  return row
}

function parseArgs(): { showErrors: boolean; options: AnalyzerOptions | undefined } {
  const args = process.argv.slice(2)
  const at = args.indexOf('--options')
  return {
    showErrors: args.includes('--errors'),
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
  const { showErrors, options } = parseArgs()
  const sentences = loadKlue(kluePath)
  const eojeolCount = sentences.reduce((n, s) => n + s.eojeols.length, 0)
  console.log(`KLUE-DP dev: ${sentences.length} sentences, ${eojeolCount} eojeols (${kluePath})`)

  const analyzer = createAnalyzer(options)
  const hanseek: TermsOf = (s) =>
    s.eojeols.map((e) => {
      const tokens = analyzer.analyze(e.form)
      return { words: tokens.filter((t) => t.view === 'word').map((t) => t.term), grams: tokens.filter((t) => t.view === 'gram').map((t) => t.term) }
    })

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
    evaluate('MiniSearch default tokenizer + lowercase', sentences, minisearch, false),
    evaluate('garu-ko 0.3.7 nouns (NNG/NNP)', sentences, garuNouns, false),
  ]
  garu.destroy()

  const pad = (s: string, n: number) => s.padEnd(n)
  const num = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3))
  console.log()
  console.log(`${pad('analyzer', 62)} ${pad('noun recall', 12)} ${pad('precision', 10)} ${pad('words/eoj', 10)} ${pad('grams/eoj', 10)} gram noun coverage`)
  for (const r of rows) {
    console.log(`${pad(r.name, 62)} ${pad(num(r.nounRecall), 12)} ${pad(num(r.precision), 10)} ${pad(r.termsPerEojeol.toFixed(2), 10)} ${pad(r.gramsPerEojeol === undefined ? '-' : r.gramsPerEojeol.toFixed(2), 10)} ${num(r.gramNounCoverage)}`)
  }
  console.log('\ntargets (word view): noun recall >= 0.92, precision >= 0.85')
  if (showErrors) {
    const h = rows[0] as Row
    console.log('\nhanseek most frequent missed nouns:\n' + top(h.errors.missed, 60))
    console.log('\nhanseek most frequent imprecise terms:\n' + top(h.errors.wrong, 80))
  }
}

await main()
