import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/analysis/index.js'
import type { Analyzer, QueryWord, Token } from '../../../src/analysis/types.js'
import { OptionsError } from '../../../src/model/errors.js'
import { escapeHtml, highlightHit, type MatchedTerms } from '../../../src/query/highlight.js'
import { findMarkSpans, mergeSpans, renderMarked } from '../../../src/query/mark-spans.js'
import { chooseSnippetWindow, renderSnippet } from '../../../src/query/snippet.js'

/**
 * A tiny analyzer with exactly known offsets. Word view: Latin runs lower-cased with a plural `s` dropped
 * (span = the whole run), Hangul runs with a trailing particle dropped and, deliberately, the span of the
 * WHOLE eojeol (the worst case highlighting has to narrow). Gram view: Hangul bigrams with exact spans.
 */
const PARTICLES = ['들은', '들이', '에서', '으로', '은', '는', '이', '가', '을', '를', '의', '와', '과', '로', '에']
const testAnalyzer: Analyzer = {
  descriptor: { name: 'test', version: '0', options: {} },
  analyze(text: string): Token[] {
    const tokens: Token[] = []
    for (const match of text.matchAll(/[A-Za-z0-9]+|[\uac00-\ud7a3]+/g)) {
      const run = match[0]
      const start = match.index ?? 0
      const end = start + run.length
      if (/^[A-Za-z0-9]/.test(run)) {
        const lower = run.toLowerCase()
        tokens.push({ term: lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower, start, end, view: 'word' })
        continue
      }
      const particle = PARTICLES.find((p) => run.length > p.length && run.endsWith(p))
      tokens.push({ term: particle ? run.slice(0, -particle.length) : run, start, end, view: 'word' })
      if (run.length === 1) tokens.push({ term: run, start, end, view: 'gram' })
      for (let i = 0; i + 2 <= run.length; i++) tokens.push({ term: run.slice(i, i + 2), start: start + i, end: start + i + 2, view: 'gram' })
    }
    return tokens
  },
  analyzeQuery(): QueryWord[] {
    return []
  },
}

const terms = (word: string[], gram: string[] = []): MatchedTerms => ({ word: new Set(word), gram: new Set(gram) })
const mark = (text: string, matched: MatchedTerms): string => renderMarked(text, findMarkSpans(text, matched, testAnalyzer))

describe('escapeHtml', () => {
  it.each([
    ['plain 한국어', 'plain 한국어'],
    ['a & b', 'a &amp; b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"double" 'single'`, '&quot;double&quot; &#39;single&#39;'],
    ['&amp;', '&amp;amp;'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })
})

describe('marking matched terms', () => {
  it.each<[string, string, MatchedTerms, string]>([
    ['a stem marks only itself, not the particle', '모델들은 빠르다', terms(['모델'], ['모델']), '<mark>모델</mark>들은 빠르다'],
    ['stem inside a sentence', '작은 모델을 쓴다', terms(['모델']), '작은 <mark>모델</mark>을 쓴다'],
    ['a gram finds a word inside a compound', '대형 언어모델 연구', terms([], ['모델']), '대형 언어<mark>모델</mark> 연구'],
    ['word view wins over its own grams', '언어모델은 크다', terms(['언어모델'], ['언어', '어모', '모델']), '<mark>언어모델</mark>은 크다'],
    ['grams of a compound merge into one mark', '언어모델 연구', terms([], ['언어', '어모', '모델']), '<mark>언어모델</mark> 연구'],
    ['English stem marks the whole word', 'Large Models win', terms(['model']), 'Large <mark>Models</mark> win'],
    ['English is case-insensitive', 'TRANSFORMER and transformer', terms(['transformer']), '<mark>TRANSFORMER</mark> and <mark>transformer</mark>'],
    ['touching matches merge', 'diffusion모델', terms(['diffusion'], ['모델']), '<mark>diffusion모델</mark>'],
    ['mixed Korean and English', 'LLM 기반 추론은 어렵다', terms(['llm', '추론']), '<mark>LLM</mark> 기반 <mark>추론</mark>은 어렵다'],
    ['nothing matched', '모델들은 빠르다', terms(['양자화'], ['양자']), '모델들은 빠르다'],
    ['text around marks is escaped', '<b>모델</b>', terms(['모델']), '&lt;b&gt;<mark>모델</mark>&lt;/b&gt;'],
  ])('%s', (_name, text, matched, expected) => {
    expect(mark(text, matched)).toBe(expected)
  })

  it('narrows a stem given with decomposed (NFD) Hangul to its own original code units', () => {
    const text = '모델들은'.normalize('NFD')
    const spans = findMarkSpans(text, terms(['모델']), {
      ...testAnalyzer,
      analyze: () => [{ term: '모델', start: 0, end: text.length, view: 'word' }],
    })
    expect(spans).toEqual([{ start: 0, end: '모델'.normalize('NFD').length, terms: ['모델'] }])
  })

  it('keeps a gram only where it adds a match the word view missed', () => {
    const text = '언어모델'
    const spans = findMarkSpans(text, terms(['언어'], ['어모', '모델']), {
      ...testAnalyzer,
      analyze: () => [
        { term: '언어', start: 0, end: 2, view: 'word' },
        { term: '어모', start: 1, end: 3, view: 'gram' },
        { term: '모델', start: 2, end: 4, view: 'gram' },
      ],
    })
    // 어모 overlaps the word match and is dropped; 모델 adds a match and touches it, so they merge.
    expect(spans).toEqual([{ start: 0, end: 4, terms: ['언어', '모델'] }])
  })

  it('merges overlapping and touching spans and unites their terms', () => {
    expect(
      mergeSpans([
        { start: 5, end: 7, terms: ['c'] },
        { start: 0, end: 2, terms: ['a'] },
        { start: 1, end: 3, terms: ['b'] },
        { start: 3, end: 4, terms: ['a'] },
      ]),
    ).toEqual([
      { start: 0, end: 4, terms: ['a', 'b'] },
      { start: 5, end: 7, terms: ['c'] },
    ])
  })
})

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">모델</a>',
  '</mark><script>x</script><mark>',
]

const realAnalyzer = createAnalyzer()
/** The terms a query contributes, per view, as the search reports matched terms. */
function queryTerms(query: string): MatchedTerms {
  const words = realAnalyzer.analyzeQuery(query)
  return terms(
    words.flatMap((word) => word.terms.map((token) => token.term)),
    words.flatMap((word) => word.grams.map((token) => token.term)),
  )
}

describe('marking with the real analyzer (createAnalyzer)', () => {
  it.each<[string, string, string, string]>([
    ['모델 marks only the stem of 모델들은', '모델들은 빠르다', '모델', '<mark>모델</mark>들은 빠르다'],
    ['모델 inside the compound 언어모델', '대형 언어모델 연구', '모델', '대형 언어<mark>모델</mark> 연구'],
    ['a compound query marks the compound once', '대형 언어모델을 쓴다', '언어모델', '대형 <mark>언어모델</mark>을 쓴다'],
    ['spaced query finds the unspaced compound', '언어모델의 한계', '언어 모델', '<mark>언어모델</mark>의 한계'],
    ['light verb: 양자화 in 양자화하는', '양자화하는 방법', '양자화', '<mark>양자화</mark>하는 방법'],
    ['English stem marks the whole word', 'New studies of Models', 'study model', 'New <mark>studies</mark> of <mark>Models</mark>'],
    ['Latin run before a particle', 'LLMs와 GPT-4o를 비교', 'llm gpt-4o', '<mark>LLMs</mark>와 <mark>GPT-4o</mark>를 비교'],
    ['mixed query, escaped text', 'Transformer <기반> 추론은', 'transformer 추론', '<mark>Transformer</mark> &lt;기반&gt; <mark>추론</mark>은'],
  ])('%s', (_name, text, query, expected) => {
    expect(highlightHit({ title: text, summaryText: text, authors: [] }, queryTerms(query), realAnalyzer)).toEqual({
      title: expected,
      snippet: expected,
    })
  })

  it.each(XSS)('leaves %s inert', (payload) => {
    const paper = { title: `모델 ${payload}`, summaryText: `모델들은 ${payload}`, authors: [payload] }
    const result = highlightHit(paper, queryTerms('모델 script alert javascript onerror mark'), realAnalyzer)
    for (const html of [result.title, result.snippet, result.authors ?? '']) expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/)
    expect(result.snippet.startsWith('<mark>모델</mark>들은')).toBe(true)
  })
})

// Sentences written for these tests (not taken from the corpus).
const LONG_SUMMARY = [
  '이 논문은 새로운 학습 방법을 제안한다. 기존 방법은 많은 데이터를 필요로 했다.',
  '제안하는 양자화 기법은 작은 메모리로도 동작하며, 양자화 오차를 줄이는 보정 단계를 더한다.',
  '실험에서는 여러 벤치마크에서 기존 방법보다 좋은 결과를 보였고 추론 속도도 빨라졌다.',
  '마지막으로 한계와 향후 연구 방향을 논의한다.',
].join('\n')

describe('snippets', () => {
  it('starts at the sentence or bullet holding the densest cluster, with … where cut', () => {
    const result = highlightHit({ title: 't', summaryText: LONG_SUMMARY, authors: [] }, terms(['양자화', '오차']), testAnalyzer, {
      snippetLength: 60,
    })
    expect(result.snippet.startsWith('…제안하는 <mark>양자화</mark> 기법은')).toBe(true)
    expect(result.snippet).toContain('<mark>양자화</mark> <mark>오차</mark>를')
    expect(result.snippet.endsWith('…')).toBe(true)
  })

  it('shows the start of the summary, cut at a space, when nothing matched', () => {
    const result = highlightHit({ title: 't', summaryText: LONG_SUMMARY, authors: [] }, terms(['없는말']), testAnalyzer, {
      snippetLength: 30,
    })
    expect(result.snippet).toBe('이 논문은 새로운 학습 방법을 제안한다.…')
  })

  it('returns a short summary whole, without …', () => {
    const result = highlightHit({ title: 't', summaryText: '모델들은 빠르다.', authors: [] }, terms(['모델']), testAnalyzer)
    expect(result.snippet).toBe('<mark>모델</mark>들은 빠르다.')
  })

  it('prefers the window with more distinct terms over an earlier repeated one', () => {
    const text = `${'모델 '.repeat(10)}${'가나다 '.repeat(30)}모델 추론 양자화 끝`
    const window = chooseSnippetWindow(text, findMarkSpans(text, terms(['모델', '추론', '양자화']), testAnalyzer), 40)
    expect(text.slice(window.start, window.end)).toContain('모델 추론 양자화')
  })

  it('never cuts inside a mark, even when the mark is longer than the snippet', () => {
    const text = `앞 ${'가'.repeat(50)}모델 뒤`
    const html = renderSnippet(text, findMarkSpans(text, terms([`${'가'.repeat(50)}모델`]), testAnalyzer), 20)
    expect(html).toBe(`…<mark>${'가'.repeat(50)}모델</mark>…`)
  })

  it('never splits a surrogate pair at a cut', () => {
    const text = `${'😀'.repeat(100)} 모델 ${'😀'.repeat(100)}`
    const html = renderSnippet(text, findMarkSpans(text, terms(['모델']), testAnalyzer), 31)
    expect(html).not.toMatch(LONE_SURROGATE)
    expect(html).toContain('<mark>모델</mark>')
  })

  it('gives authors with marks and rejects a bad snippetLength', () => {
    const paper = { title: 'Chain of Thought', summaryText: '요약', authors: ['Denny Zhou', 'Quoc Le'] }
    expect(highlightHit(paper, terms(['zhou']), testAnalyzer).authors).toBe('Denny <mark>Zhou</mark>, Quoc Le')
    expect(highlightHit({ ...paper, authors: [] }, terms(['zhou']), testAnalyzer).authors).toBeUndefined()
    expect(() => highlightHit(paper, terms([]), testAnalyzer, { snippetLength: 0 })).toThrow(OptionsError)
    expect(() => highlightHit(paper, terms([]), testAnalyzer, { snippetLength: Number.NaN })).toThrow(OptionsError)
  })
})


describe('hostile text comes out inert', () => {
  it.each(XSS)('%s', (payload) => {
    const paper = { title: `모델 ${payload}`, summaryText: `모델들은 ${payload} 모델`, authors: [payload] }
    const result = highlightHit(paper, terms(['모델', 'script', 'alert', 'mark', 'javascript', 'onerror']), testAnalyzer)
    for (const html of [result.title, result.snippet, result.authors ?? '']) {
      expect(withoutMarks(html)).not.toMatch(/[<>"']/)
    }
    expect(unescape(withoutMarks(result.title))).toBe(paper.title)
    expect(unescape(withoutMarks(result.snippet))).toBe(paper.summaryText)
    expect(unescape(withoutMarks(result.authors ?? ''))).toBe(payload)
    expect(result.snippet).toContain('<mark>모델</mark>')
  })
})

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function withoutMarks(html: string): string {
  return html.replace(/<\/?mark>/g, '')
}
function unescape(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
/** Marks open and close in turn, never nested, never empty. */
function marksBalanced(html: string): boolean {
  let open = false
  for (const match of html.matchAll(/<(\/?)mark>/g)) {
    if ((match[1] === '/') !== open) return false
    open = !open
  }
  return !open && !html.includes('<mark></mark>')
}

const textPiece = fc.oneof(
  fc.constantFrom(' ', '\n', '. ', '모델들은', '언어모델', '양자화', 'LLMs', 'Models', '😀', '<', '>', '&', '"', "'", '</mark>', '…'),
  fc.constantFrom('모델들은'.normalize('NFD'), 'ＬＬＭｓ는', 'a\u200bb', 'GPT-4o를', '\u0000', 'e\u0301'),
  fc.string({ maxLength: 6, unit: 'grapheme' }),
)
const textArbitrary = fc.array(textPiece, { maxLength: 80 }).map((pieces) => pieces.join(''))

describe('highlight properties', () => {
  it('highlights a huge summary in linear time (work per character stays flat as it grows)', () => {
    const unit = '언어모델들은 양자화 기법으로 추론을 빠르게 한다. Models <b>&</b> 😀 '
    const matched = terms(['모델', '양자화', 'model'], ['모델', '양자'])
    const time = (size: number): number => {
      const summary = unit.repeat(Math.ceil(size / unit.length))
      const started = performance.now()
      for (let i = 0; i < 3; i++) highlightHit({ title: summary, summaryText: summary, authors: [] }, matched, testAnalyzer)
      return (performance.now() - started) / 3
    }
    time(20_000)
    const small = Math.max(time(20_000), 0.05)
    const large = time(200_000)
    // A quadratic pass would take ~100x; linear is ~10x. The wide margin absorbs noise from parallel jobs.
    expect(large / small).toBeLessThan(40)
  })

  it.each([
    ['test analyzer', testAnalyzer, 1500],
    ['real analyzer', realAnalyzer, 600],
  ] as const)('%s: title is the exact text, snippet a piece of it; only <mark> is markup; marks balanced; pairs intact', (name, analyzer, runs) => {
    let withMarks = 0
    fc.assert(
      fc.property(textArbitrary, textArbitrary, fc.integer({ min: 1, max: 200 }), fc.array(fc.nat(), { maxLength: 6 }), (title, summary, length, picks) => {
        const tokens = analyzer.analyze(`${title} ${summary}`)
        const chosen = picks.map((pick) => tokens[pick % Math.max(1, tokens.length)]).filter((t): t is Token => t !== undefined)
        const matched = terms(
          chosen.filter((t) => t.view === 'word').map((t) => t.term),
          chosen.filter((t) => t.view === 'gram').map((t) => t.term),
        )
        const result = highlightHit({ title, summaryText: summary, authors: [title] }, matched, analyzer, { snippetLength: length })
        for (const html of [result.title, result.snippet, result.authors ?? '']) {
          expect(withoutMarks(html)).not.toMatch(/[<>"']/)
          expect(marksBalanced(html)).toBe(true)
        }
        expect(unescape(withoutMarks(result.title))).toBe(title)
        const window = chooseSnippetWindow(summary, findMarkSpans(summary, matched, analyzer), length)
        const shown = unescape(withoutMarks(result.snippet))
        const expected = (window.start > 0 ? '…' : '') + summary.slice(window.start, window.end) + (window.end < summary.length ? '…' : '')
        expect(shown).toBe(expected)
        expect(summary.includes(summary.slice(window.start, window.end))).toBe(true)
        if (!LONE_SURROGATE.test(summary)) expect(shown).not.toMatch(LONE_SURROGATE)
        if (result.snippet.includes('<mark>')) withMarks++
      }),
      { numRuns: runs, seed: 42 },
    )
    console.log(`highlight property (${name}): ${runs} inputs, ${withMarks} snippets with marks, 0 failures`)
    expect(withMarks).toBeGreaterThan(runs / 5)
  })
})
