import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createAnalyzer } from '../../../src/analysis/index.js'

const analyzer = createAnalyzer()
const words = (text: string) => analyzer.analyze(text).filter((t) => t.view === 'word').map((t) => t.term)
const grams = (text: string) => analyzer.analyze(text).filter((t) => t.view === 'gram').map((t) => t.term)

describe('createAnalyzer: word view', () => {
  it.each([
    ['LLMs와', ['llm']],
    ['VCD를', ['vcd']],
    ['GPT-4o는', ['gpt-4o', 'gpt', '4o']],
    ['Video-LLaVA는', ['video-llava', 'video', 'llava']],
    ['(T2I)', ['t2i']],
    ['text-to-image', ['text-to-image', 'text', 'imag']],
    ['텍스트-이미지', ['텍스트-이미지', '텍스트', '이미지']],
    ['텍스트-이미지를', ['텍스트-이미지', '텍스트', '이미지']],
    ['LLM×MapReduce', ['llm×mapreduce', 'llm', 'mapreduc']],
    ['LLaMA-2-7B', ['llama-2-7b', 'llama', '2', '7b']],
    ['2402.09368', ['2402.09368', '2402', '09368']],
    ['모델들은 모델의 모델로서', ['모델', '모델', '모델']],
    ['향상시켰다 제안합니다 개선하여', ['향상', '제안', '개선']],
    ['효율적인', ['효율']],
    ["The model's results", ['model', 'result']],
    ['언어 모델', ['언어', '모델']],
    // a counter after a number keeps only itself: 2배로 meets 2배
    ['2배로 3배 10개에서', ['2', '배', '3', '배', '10', '개']],
    ['3차원으로 3백만 3게임', ['3', '차원', '3', '백만', '3', '게임']],
  ])('%s → %j', (text, expected) => {
    expect(words(text)).toEqual(expected)
  })

  it('finds 언어모델 and 언어 모델 from each other', () => {
    const spaced = new Set(words('언어 모델'))
    for (const t of analyzer.analyze('언어모델').filter((t) => t.view === 'word' && t.part)) expect(spaced.has(t.term)).toBe(true)
    const joinedGrams = new Set(grams('언어모델'))
    for (const g of grams('언어 모델')) expect(joinedGrams.has(g)).toBe(true)
  })

  it('gives NFD input the same terms as NFC input', () => {
    const text = '한국어 언어모델들은 효율적인 양자화를 제안합니다'
    const strip = (t: { term: string; view: string }) => `${t.view}:${t.term}`
    expect(analyzer.analyze(text.normalize('NFD')).map(strip)).toEqual(analyzer.analyze(text).map(strip))
  })
})

describe('createAnalyzer: gram view', () => {
  it.each([
    ['언어모델을', ['언어', '어모', '모델']],
    ['뇌의', ['뇌']],
    ['LLMs와', []],
  ])('%s → %j', (text, expected) => {
    expect(grams(text)).toEqual(expected)
  })
})

describe('createAnalyzer: offsets', () => {
  it('points at the surface each term came from', () => {
    const text = '모델들은 GPT-4o를 사용한다'
    const tokens = analyzer.analyze(text)
    const model = tokens.find((t) => t.term === '모델' && t.view === 'word')
    expect(model && text.slice(model.start, model.end)).toBe('모델')
    const gpt = tokens.find((t) => t.term === 'gpt-4o')
    expect(gpt && text.slice(gpt.start, gpt.end)).toBe('GPT-4o')
  })

  it('maps offsets through normalization (full-width, NFD, zero-width)', () => {
    const text = 'ＧＰＴ는 ' + '한국어'.normalize('NFD') + '\u200b를'
    for (const t of analyzer.analyze(text)) {
      expect(t.start).toBeGreaterThanOrEqual(0)
      expect(t.end).toBeLessThanOrEqual(text.length)
      const surface = text.slice(t.start, t.end).normalize('NFKC').toLowerCase().replace(/\u200b/g, '')
      if (t.view === 'gram' || !t.part) expect(surface.startsWith(t.term.slice(0, 1))).toBe(true)
    }
  })

  it('keeps every Hangul stem term equal to its surface span when the stem is a prefix', () => {
    const korean = fc.constantFrom('모델', '데이터', '언어모델', '양자화', '효율', '방법', '학습', '파이프라인')
    const tail = fc.constantFrom('', '은', '는', '을', '를', '의', '에서는', '으로서의', '들은', '이다', '하여', '된', '적인')
    fc.assert(
      fc.property(fc.array(fc.tuple(korean, tail), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([k, t]) => k + t).join(' ')
        for (const t of analyzer.analyze(text)) {
          if (/^[가-힣]+$/.test(t.term)) expect(text.slice(t.start, t.end)).toBe(t.term)
        }
      }),
      { numRuns: 150 },
    )
  })
})

describe('index-time and query-time analysis agree', () => {
  const piece = fc.oneof(
    fc.constantFrom('모델들은', '언어모델을', '효율적인', 'GPT-4o는', 'LLMs와', '텍스트-이미지', '향상시켰다', '양자화된', '2402.09368', "model's", 'Transformers'),
    fc.stringMatching(/^[가-힣]{1,5}$/),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}[가-힣]{0,2}$/),
    fc.string({ maxLength: 6 }),
  )
  it('every query term of a word taken from a document is a term of that document', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.nat(), (pieces, pick) => {
        const doc = pieces.join(' ')
        const docTerms = new Set(analyzer.analyze(doc).map((t) => `${t.view}:${t.term}`))
        const docWords = doc.split(/\s+/).filter((w) => w.length > 0)
        if (docWords.length === 0) return
        const word = docWords[pick % docWords.length] as string
        for (const q of analyzer.analyzeQuery(word)) {
          for (const t of [...q.terms, ...q.grams]) expect(docTerms.has(`${t.view}:${t.term}`)).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('descriptor and options', () => {
  it('describes itself with name, version and options', () => {
    expect(analyzer.descriptor).toEqual({ name: 'hanseek-ko', version: '6', options: { grams: 2, stemEnglish: true, splitCompounds: true } })
  })

  it('turns the gram view off with grams: 0', () => {
    expect(createAnalyzer({ grams: 0 }).analyze('언어모델').some((t) => t.view === 'gram')).toBe(false)
  })

  it.each([[{ nope: true }], [{ grams: -1 }], [{ grams: 1.5 }], [{ stemEnglish: 'yes' }], [[1]]])('rejects %j with a typed error', (options) => {
    expect(() => createAnalyzer(options as never)).toThrow(/^hanseek: /)
    expect(() => createAnalyzer(options as never)).toThrowError(expect.objectContaining({ name: 'AnalyzerError', problem: 'invalid-options' }))
  })
})

describe('analyzeTerms (index fast path)', () => {
  const sorted = (xs: string[]) => [...xs].sort()
  const viaTokens = (text: string, view: 'word' | 'gram') => sorted(analyzer.analyze(text).filter((t) => t.view === view).map((t) => t.term))

  it.each([
    ['모델들은 GPT-4o를 사용한다'],
    ['ＧＰＴ는 ' + '한국어'.normalize('NFD') + '\u200b를'],
    ['텍스트-이미지를 LLaMA-2-7B와 CLIPS, 2402.09368'],
    ['이날 지난해 알려졌다 깨끗한 자기지도학습'],
  ])('gives the same terms per view as analyze: %s', (text) => {
    const terms = analyzer.analyzeTerms?.(text)
    expect(terms).toBeDefined()
    expect(sorted(terms?.word ?? [])).toEqual(viaTokens(text, 'word'))
    expect(sorted(terms?.gram ?? [])).toEqual(viaTokens(text, 'gram'))
  })

  it('agrees with analyze on arbitrary text', () => {
    const piece = fc.oneof(fc.stringMatching(/^[가-힣A-Za-z0-9 .\-×']{0,20}$/), fc.string({ maxLength: 12 }))
    fc.assert(
      fc.property(piece, (text) => {
        const terms = analyzer.analyzeTerms?.(text)
        expect(sorted(terms?.word ?? [])).toEqual(viaTokens(text, 'word'))
        expect(sorted(terms?.gram ?? [])).toEqual(viaTokens(text, 'gram'))
      }),
      { numRuns: 300 },
    )
  })
})
