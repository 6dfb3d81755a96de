import { describe, expect, it } from 'vitest'
import { AMBIGUOUS_ACRONYMS, createAnalyzer, createDefaultAnalyzer, GLOSSARY, parseGlossary, SynonymMatcher, type WordAnalysis } from '../../../src/analysis/index.js'

const analyzer = createDefaultAnalyzer()
const plain = createAnalyzer({ synonyms: false })

/** Word-view synonym terms of the query word at `index`. */
function synonymsOf(query: string, index = 0): string[] {
  return (analyzer.analyzeQuery(query)[index]?.synonyms ?? []).map((t) => t.term)
}

/** Every word-view term a document text is indexed with. */
function indexTerms(text: string): Set<string> {
  return new Set(analyzer.analyze(text).filter((t) => t.view === 'word').map((t) => t.term))
}

/** The same chain the analyzer compiles the glossary with. */
const wordsOf: WordAnalysis = (form) => form.split(/\s+/).map((p) => plain.analyze(p).filter((t) => t.view === 'word'))

describe('parseGlossary', () => {
  it('splits lines into groups of forms, dropping blanks and single-form lines', () => {
    expect(parseGlossary('a|b| c \n\nlonely\n x | y ')).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ])
  })

  it('the built-in glossary covers the field broadly and keeps ambiguous acronyms out', () => {
    const groups = parseGlossary(GLOSSARY)
    expect(groups.length).toBeGreaterThanOrEqual(300)
    const forms = new Set(groups.flat())
    for (const acronym of AMBIGUOUS_ACRONYMS) expect(forms.has(acronym), acronym).toBe(false)
    // Every group pairs some Hangul form with some Latin form: the stage exists to bridge the two.
    for (const g of groups) {
      expect(g.some((f) => /[가-힣]/.test(f)) && g.some((f) => /[a-z]/i.test(f)), g.join('|')).toBe(true)
    }
  })
})

describe('the built-in glossary forms', () => {
  it('no form has a word that analyzes to part terms only (it would drop out of the key and widen the form)', () => {
    // `인-컨텍스트 학습` once did: `인-컨텍스트` gives only the part `컨텍스트`, so the key became `학습` and
    // every query with 학습 expanded to in-context learning.
    for (const forms of parseGlossary(GLOSSARY)) {
      for (const form of forms) {
        for (const terms of wordsOf(form)) {
          if (terms.length > 0) expect(terms.some((t) => t.part !== true), form).toBe(true)
        }
      }
    }
  })

  it.each(['학습', '모델', '데이터', '방법', '성능'])('the everyday word %s expands to no other concept', (word) => {
    expect(synonymsOf(word)).toEqual([])
  })
})

describe('SynonymMatcher', () => {
  const matcher = new SynonymMatcher(
    [
      ['reinforcement learning', 'RL', '강화 학습'],
      ['reinforcement learning from human feedback', 'RLHF', '인간 피드백 강화학습'],
      ['reasoning', '추론'],
      ['inference', '추론'],
    ],
    wordsOf,
  )
  const q = (text: string) => wordsOf(text)

  it.each([
    ['강화학습', 0, 0],
    ['강화 학습', 0, 1],
    ['강화학습을 통한', 0, 0],
    ['reinforcement learning', 0, 1],
    ['RL로', 0, 0],
  ])('%s matches words %i..%i', (text, from, to) => {
    const [m] = matcher.match(q(text))
    expect(m).toMatchObject({ from, to })
  })

  it('takes the longest form first', () => {
    const matches = matcher.match(q('reinforcement learning from human feedback'))
    expect(matches).toHaveLength(1)
    expect(matches[0]?.expansions.map((t) => t.term)).toContain('rlhf')
  })

  it('expands a form in two groups to both, not transitively', () => {
    const terms = matcher.match(q('추론'))[0]?.expansions.map((t) => t.term)
    expect(terms).toEqual(expect.arrayContaining(['reason', 'infer']))
    const fromReasoning = matcher.match(q('reasoning'))[0]?.expansions.map((t) => t.term)
    expect(fromReasoning).toEqual(['추론'])
  })

  it('marks pieces of multi-word forms as parts and leaves out terms the query already has', () => {
    const [m] = matcher.match(q('RL'))
    expect(m?.expansions).toEqual(
      expect.arrayContaining([
        { term: 'reinforc', part: true },
        { term: '강화학습', part: false },
      ]),
    )
    expect(m?.expansions.some((t) => t.term === 'rl')).toBe(false)
  })

  it('matches nothing in unrelated words', () => {
    expect(matcher.match(q('강화 모델 학습'))).toEqual([])
    expect(matcher.match([])).toEqual([])
  })

  describe('a form word that analyzes to part terms only keeps them in the key', () => {
    // `인-컨텍스트` gives only the part `컨텍스트` (인 is a stop word); left out, the key would shrink to `학습`.
    const partOnly = new SynonymMatcher([['in-context learning', '인-컨텍스트 학습'], ['prompt engineering', '프롬프트 엔지니어링']], wordsOf)

    it('the part-only word is a part-only word (the premise)', () => {
      expect(wordsOf('인-컨텍스트')[0]!.every((t) => t.part === true)).toBe(true)
    })

    it.each([['학습'], ['학습을'], ['모델 학습'], ['컨텍스트']])('%s alone expands to nothing', (text) => {
      expect(partOnly.match(q(text))).toEqual([])
    })

    it.each([
      ['인-컨텍스트 학습', 0, 1],
      ['인-컨텍스트 학습을', 0, 1],
      ['프롬프트 엔지니어링과 인-컨텍스트 학습', 2, 3],
    ])('%s matches the form as a whole (words %i..%i)', (text, from, to) => {
      const matches = partOnly.match(q(text))
      const m = matches.find((x) => x.expansions.some((t) => t.term === 'learn'))
      expect(m).toMatchObject({ from, to })
    })

    it('matches the English form back to the Korean one', () => {
      const [m] = partOnly.match(q('in-context learning'))
      expect(m?.expansions.map((t) => t.term)).toEqual(expect.arrayContaining(['컨텍스트', '학습']))
    })
  })
})

describe('analyzeQuery synonyms', () => {
  it.each([
    ['전문가 혼합 모델에서', ['moe', 'mixture-of-experts']],
    ['mixture of experts', ['moe', '전문가혼합']],
    ['MoE', ['mixture-of-experts', '전문가혼합']],
    ['검색 증강 생성', ['rag']],
    ['RAG를', ['검색증강생성']],
    ['디퓨전', ['확산', 'diffus']],
    ['확산', ['디퓨전', 'diffus']],
    ['트랜스포머', ['transform']],
    ['Transformers', ['트랜스포머']],
    ['파인튜닝', ['미세조정', 'fine-tuning']],
    ['양자화된', ['quantiz']],
    ['hallucinations', ['환각']],
    ['추론', ['reason', 'infer']],
    // Translation ↔ transliteration ↔ English pairs that different summarisers choose between.
    ['사이버보안', ['cybersecur']],
    ['허깅페이스', ['huggingfac']],
    ['스테이블 디퓨전', ['stabl', 'diffus']],
    ['춤', ['danc', '댄스']],
    ['말뭉치', ['corpu', '코퍼스']],
    ['물체', ['object', '객체']],
    ['무작위', ['random', '랜덤']],
    ['생각', ['think', '사고']],
    ['인터리빙', ['interleav', '인터리브']],
    ['다언어', ['multilingu', '다국어']],
  ])('%s → includes %j', (query, expected) => {
    expect(synonymsOf(query)).toEqual(expect.arrayContaining(expected))
  })

  it('every word of a matched span gets the expansion, with the span offsets', () => {
    const words = analyzer.analyzeQuery('새 전문가 혼합 구조')
    expect(words[0]?.synonyms).toBeUndefined()
    expect(words[1]?.synonyms?.[0]).toMatchObject({ start: 2, end: 8, view: 'word' })
    expect(words[2]?.synonyms?.map((t) => t.term)).toEqual(words[1]?.synonyms?.map((t) => t.term))
  })

  it('never changes terms, so queries still agree with the index', () => {
    for (const query of ['강화학습으로 학습된 LLM', 'diffusion transformer', '검색 증강 생성(RAG) 파이프라인']) {
      const on = analyzer.analyzeQuery(query).map((w) => [w.terms, w.grams])
      const off = plain.analyzeQuery(query).map((w) => [w.terms, w.grams])
      expect(on).toEqual(off)
    }
    expect(plain.analyzeQuery('강화학습')[0]?.synonyms).toBeUndefined()
  })

  it('expansion terms are terms a document written with the other form is indexed with', () => {
    const cases: Array<[string, string]> = [
      ['강화학습', '이 논문은 reinforcement learning으로 정책을 학습한다'],
      ['reinforcement learning', '강화 학습으로 정책을 개선한다'],
      ['MoE', '전문가 혼합 모델의 라우팅을 다룬다'],
      ['환각', 'We reduce hallucination in VLMs'],
      ['사이버보안', 'Evaluating Cybersecurity Capabilities of Language Models'],
      ['춤 영상', '댄스 비디오를 생성한다'],
      ['물체를 찾는', '객체를 검출한다'],
      ['허깅페이스 파이프라인', 'vLLM and HuggingFace pipelines'],
    ]
    for (const [query, doc] of cases) {
      const docTerms = indexTerms(doc)
      const synonyms = analyzer.analyzeQuery(query).flatMap((w) => w.synonyms ?? [])
      expect(synonyms.some((t) => docTerms.has(t.term)), `${query} ↔ ${doc}`).toBe(true)
    }
  })

  it('the descriptor records synonyms only when off, so older indexes still load', () => {
    expect('synonyms' in analyzer.descriptor.options).toBe(false)
    expect(plain.descriptor.options.synonyms).toBe(false)
    expect(() => createAnalyzer({ synonyms: 'yes' as unknown as boolean })).toThrow(/synonyms/)
  })
})

describe('the glossary as data', () => {
  const small = 'reinforcement learning|RL|강화학습\nmixture of experts|MoE|전문가 혼합'

  it.each([
    ['createAnalyzer() has no glossary: no expansion', createAnalyzer(), false],
    ['createAnalyzer({ glossary }) expands with the given text', createAnalyzer({ glossary: small }), true],
    ['createDefaultAnalyzer() expands with the built-in glossary', createDefaultAnalyzer(), true],
    ['synonyms: false turns a given glossary off', createAnalyzer({ glossary: small, synonyms: false }), false],
    ['createDefaultAnalyzer({ synonyms: false }) has none', createDefaultAnalyzer({ synonyms: false }), false],
    ['an empty glossary expands nothing', createDefaultAnalyzer({ glossary: '' }), false],
  ])('%s', (_name, subject, expands) => {
    const synonyms = subject.analyzeQuery('강화학습').flatMap((w) => w.synonyms ?? [])
    expect(synonyms.some((t) => t.term === 'rl')).toBe(expands)
  })

  it('a given glossary expands exactly like the same text built in', () => {
    const fromText = createAnalyzer({ glossary: GLOSSARY })
    for (const query of ['전문가 혼합 모델에서', 'diffusion transformer', '검색 증강 생성', 'LLM 환각']) {
      expect(fromText.analyzeQuery(query, { prefixLast: true }), query).toEqual(analyzer.analyzeQuery(query, { prefixLast: true }))
    }
  })

  it('the descriptor records the glossary text only when it is used', () => {
    expect(analyzer.descriptor.options.glossary).toBe(GLOSSARY)
    expect(createAnalyzer({ glossary: small }).descriptor.options).toEqual({ grams: 2, stemEnglish: true, splitCompounds: true, glossary: small })
    expect('glossary' in createAnalyzer().descriptor.options).toBe(false)
    expect('glossary' in createAnalyzer({ glossary: '' }).descriptor.options).toBe(false)
    expect(createAnalyzer({ glossary: small, synonyms: false }).descriptor.options).toEqual({ grams: 2, stemEnglish: true, splitCompounds: true, synonyms: false })
  })

  it('keeps a custom glossary given to createDefaultAnalyzer and refuses a glossary that is not text', () => {
    expect(createDefaultAnalyzer({ glossary: small }).descriptor.options.glossary).toBe(small)
    expect(() => createAnalyzer({ glossary: ['RL', '강화학습'] as unknown as string })).toThrow(/glossary/)
  })
})
