import { describe, expect, it } from 'vitest'
import { cleanPlainText, cleanText } from '../../../src/ingest/clean-text.js'
import { decodeUtf8, findInvalidUtf8Lines, wellFormedText } from '../../../src/ingest/decode.js'
import { dateFromPath, parseDayHeading } from '../../../src/ingest/day-heading.js'
import { arxivIdFromUrl, fnv1a64, normalizeUrl, paperIdFromUrl } from '../../../src/ingest/paper-id.js'

describe('cleanText', () => {
  it.each([
    ['collapses whitespace', '  a \n\n b\u00a0c  ', 'a b c'],
    ['restores \\t eaten by JSON (TAB before a letter)', 'x (\textit{HR})', 'x (textit{HR})'],
    ['restores \\b (backspace before a letter)', 'pkg \benchbench에', 'pkg benchbench에'],
    ['restores \\f (form feed before a letter)', '\framework는', 'framework는'],
    ['turns other control characters into spaces', 'a\u0001b\u0007 c\t9', 'a b c 9'],
    ['keeps $, A*, <think>, <EOS>', 'LLM$\\times$ A* <think> <EOS>', 'LLM$\\times$ A* <think> <EOS>'],
    ['keeps Korean text as is', '양자화 모델을', '양자화 모델을'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected)
  })

  it.each([
    ['drops runs of asterisks', '***Label*: x **y**', 'Label*: x y'],
    ['drops backticks', 'use `code` here', 'use code here'],
    ['keeps a single asterisk', 'A* search', 'A* search'],
  ])('cleanPlainText %s', (_name, input, expected) => {
    expect(cleanPlainText(input)).toBe(expected)
  })
})

describe('decodeUtf8', () => {
  const enc = new TextEncoder()
  it.each<[string, number[], number[]]>([
    ['valid ASCII', [...enc.encode('a\nb')], []],
    ['valid Hangul', [...enc.encode('한\n글')], []],
    ['stray continuation byte on line 2', [...enc.encode('a\n'), 0x80, ...enc.encode('\nc')], [2]],
    ['truncated 3-byte sequence at end', [...enc.encode('a\nb\n'), 0xed, 0x95], [3]],
    ['overlong encoding', [0xc0, 0xaf], [1]],
    ['UTF-16 surrogate encoded', [0xed, 0xa0, 0x80], [1]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], [1]],
    ['two bad lines', [0xff, 0x0a, 0x41, 0x0a, 0xfe], [1, 3]],
  ])('%s', (_name, bytes, lines) => {
    expect(findInvalidUtf8Lines(new Uint8Array(bytes))).toEqual(lines)
  })

  it('replaces invalid bytes with U+FFFD and keeps the rest', () => {
    const out = decodeUtf8(new Uint8Array([0x61, 0xff, 0x0a, ...new TextEncoder().encode('나')]))
    expect(out.text).toBe('a\uFFFD\n나')
    expect(out.invalidLines).toEqual([1])
  })
})

describe('wellFormedText', () => {
  it.each<[string, string, string, number[]]>([
    ['well-formed text is unchanged', '한글 😀\nabc', '한글 😀\nabc', []],
    ['lone high surrogate', 'a\uD800b', 'a\uFFFDb', [1]],
    ['lone low surrogate on line 3', 'a\nb\n\uDC00', 'a\nb\n\uFFFD', [3]],
    ['reversed pair is two lone surrogates', '\uDC00\uD800', '\uFFFD\uFFFD', [1]],
    ['two lines', '\uD800\nx\n\uDFFF', '\uFFFD\nx\n\uFFFD', [1, 3]],
  ])('%s', (_name, input, text, invalidLines) => {
    expect(wellFormedText(input)).toEqual({ text, invalidLines })
  })

  it('gives what a UTF-8 round trip gives', () => {
    const input = 'x\uD83D y \uDE00\n😀 \uD800\uD800'
    expect(wellFormedText(input).text).toBe(new TextDecoder().decode(new TextEncoder().encode(input)))
  })
})

describe('day headings and path dates', () => {
  it.each([
    ['Daily Papers (2024-02-15)', { kind: 'day', date: '2024-02-15' }],
    ['  Daily Papers (2023-11-20) ', { kind: 'day', date: '2023-11-20' }],
    ['daily papers [2024-2-5]', { kind: 'day', date: '2024-02-05' }],
    ['Daily Papers (2024-02-30)', { kind: 'malformed', date: null }],
    ['Daily Papers', { kind: 'malformed', date: null }],
    ['Papers of 2024-03-01', { kind: 'malformed', date: '2024-03-01' }],
    ['Related work', { kind: 'other' }],
  ])('parseDayHeading(%j)', (text, expected) => {
    expect(parseDayHeading(text)).toEqual(expected)
  })

  it.each([
    ['2024/02/15.md', '2024-02-15'],
    ['paper_logs/2023/11/20.md', '2023-11-20'],
    ['C:\\digests\\2024\\06\\12.md', '2024-06-12'],
    ['2025-01-02.md', '2025-01-02'],
    ['2024/02/30.md', null],
    ['notes.md', null],
  ])('dateFromPath(%j)', (path, expected) => {
    expect(dateFromPath(path)).toBe(expected)
  })
})

describe('paper ids', () => {
  it.each([
    ['https://arxiv.org/abs/2402.09368', '2402.09368'],
    ['https://arxiv.org/abs/2402.09368v3', '2402.09368'],
    ['http://arxiv.org/pdf/2402.09368v2.pdf', '2402.09368'],
    ['https://arxiv.org/pdf/2402.09368', '2402.09368'],
    ['https://arxiv.org/html/2402.09368v1', '2402.09368'],
    ['https://www.arxiv.org/abs/1706.03762', '1706.03762'],
    ['https://export.arxiv.org/abs/0704.0001', '0704.0001'],
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136'],
    ['https://huggingface.co/papers/2402.09368', '2402.09368'],
    ['https://arxiv.org/list/cs.CL/recent', null],
    ['https://example.com/abs/2402.09368', null],
    ['not a url', null],
  ])('arxivIdFromUrl(%j)', (url, expected) => {
    expect(arxivIdFromUrl(url)).toBe(expected)
  })

  it('matches published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
  })

  it('gives non-arXiv papers a stable url: id that ignores case of host, www, fragment and trailing slash', () => {
    const id = paperIdFromUrl('https://openreview.net/forum?id=abc')
    expect(id).toMatch(/^url:[0-9a-f]{12}$/)
    expect(paperIdFromUrl('HTTP://www.OpenReview.net/forum?id=abc#x')).toBe(id)
    expect(paperIdFromUrl('https://openreview.net/forum?id=abd')).not.toBe(id)
    expect(normalizeUrl('https://a.io/x/')).toBe('https://a.io/x')
  })
})
