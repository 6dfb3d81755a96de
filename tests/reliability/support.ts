// Shared pieces of the reliability suite: hostile-text arbitraries, a digest grammar, the "typed error
// or nothing" check, the prototype-pollution check and the count reporter every property prints.
import fc from 'fast-check'
import { expect } from 'vitest'
import { HanseekError } from '../../src/model/errors.js'

/** Every property prints one line like this; the reliability note quotes them. */
export function reportCounts(name: string, inputs: number, failures: number, extra = ''): void {
  console.log(`[reliability] ${name}: ${inputs} inputs, ${failures} failures${extra ? ` (${extra})` : ''}`)
}

/** What calling `run` did: returned, or threw one of our typed errors. Anything else fails the test. */
export type Outcome = { kind: 'ok'; value: unknown } | { kind: 'typed'; error: HanseekError }

export function typedOrNothing(run: () => unknown, context: string): Outcome {
  try {
    return { kind: 'ok', value: run() }
  } catch (error) {
    if (error instanceof HanseekError && error.message.startsWith('hanseek: ')) return { kind: 'typed', error }
    throw new Error(`untyped error for ${context}: ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`)
  }
}

/** Fails when anything added a property to a built-in prototype (the usual prototype-pollution sinks). */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>
  expect(probe.polluted).toBeUndefined()
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(Object.getOwnPropertyNames(Object.prototype).filter((n) => n === 'polluted' || n === 'isAdmin')).toEqual([])
  expect(Object.keys(Array.prototype)).toEqual([])
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype)
  expect(typeof Object.prototype.toString).toBe('function')
  expect(typeof ({} as { constructor: unknown }).constructor).toBe('function')
}

/**
 * Pieces of hostile text: lone surrogates, NUL and C0 controls, combining marks, bidi overrides and RTL
 * script, emoji with ZWJ and skin tones, decomposed Hangul (NFD), compatibility jamo, full-width forms,
 * Markdown and query syntax, HTML, prototype keys.
 */
export const HOSTILE_PIECES: readonly string[] = [
  '\ud800', '\udfff', '\udc00\ud800', '\u0000', '\u0001\u0002\u001f', '\u007f', '\ufeff', '\ufffd', '\uffff',
  'e\u0301\u0301\u0301', '\u0301', '\u0489\u0489', 'a\u20dd', '\u202e', '\u202d\u2066\u2069', '\u200f', 'مرحبا بالعالم', 'שלום',
  '👩\u200d💻', '👍🏽', '🇰🇷', '\u200b', '\u200d', '\u2028', '\u2029', '\u3000', '\u00a0',
  '\u1112\u1161\u11ab\u1100\u116e\u11a8', '한국어'.normalize('NFD'), '\u1100', '\u11a8', 'ㅎㅏㄴㄱㅜㄱ', 'ㅇㅈㅎ', 'ㄱ', '양잫',
  '한국어', '모델들은', '언어모델', '양자화', 'ＡＢＣ１２３', '：', '＂', '－', 'ﬁ', 'Å', '℃', '㈜', '①',
  'GPT-4o', 'LLaMA-2-7B', '2402.09368', 'e\u0301', 'İ', 'ß', 'Σ',
  '"', '-', ':', 'author:', 'title:', 'year:', 'votes:>=', 'has:', '-has:code', '""', '"""', '(', ')', '[', ']', '*', '**', '_', '`', '#', '>', '|', '\\',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '&amp;', '&#x3c;',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  ' ', '  ', '\t', '\n', '\r\n', '\r',
]

/** Strings mixing hostile pieces with arbitrary code units and full code points. */
export const hostileString = (maxPieces = 12): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      ),
      { maxLength: maxPieces },
    )
    .map((parts) => parts.join(''))

/** One line of hostile text that cannot start a new Markdown block or end the current one. */
export const inlineHostile = hostileString(8).map((s) =>
  s
    .replace(/[\r\n\u2028\u2029\u000b\u000c]/g, ' ')
    // Only structure-free pieces: no heading/fence/html/list/quote/link markup inside a good entry.
    .replace(/[#`<>[\]()*_~|\\!]/g, ' ')
    .replace(/^[\s\-+=:0-9.]+/, ''),
)

/** A good paper entry of a generated digest, with what parsing must give back. */
export interface GoodEntry {
  id: string
  title: string
  markdown: string
}

/** Noise blocks placed between entries; each is closed, so it cannot swallow the next heading. */
const noiseBlock = fc.oneof(
  inlineHostile.map((s) => `- ${s}`),
  inlineHostile.map((s) => `> ${s}\n> > ${s}`),
  fc.integer({ min: 1, max: 60 }).map((depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- 단계 ${i}`).join('\n')),
  fc.integer({ min: 1, max: 60 }).map((depth) => `${'> '.repeat(depth)}깊은 인용`),
  inlineHostile.map((s) => '```\n' + s + '\n```'),
  inlineHostile.map((s) => `<div>${s}</div>`),
  inlineHostile.map((s) => `### ${s || '제목만'}`),
  inlineHostile.map((s) => `### [${s || 'x'}](javascript:alert(1))`),
  inlineHostile.map((s) => `Vote: ${s}`),
  inlineHostile.map((s) => `Authors: ${s}`),
  fc.constantFrom('## Daily Papers (2024-13-45)', '## Something else', '---', '| a | b |\n| - | - |\n| 1 | 2 |', '![](/avatars/x.svg)', '[ref]: https://example.com'),
)

/** A good entry: an arXiv-linked heading, optional metadata, and bullets of hostile (but inline) text. */
const goodEntry = (n: number): fc.Arbitrary<GoodEntry> =>
  fc
    .record({
      words: fc.array(inlineHostile, { minLength: 1, maxLength: 3 }),
      votes: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
      image: fc.boolean(),
      authors: fc.array(fc.constantFrom('Kim Minji', 'Denny Zhou', '이서연', 'A. B. Person', 'Ünïcödé Nâme'), { maxLength: 3 }),
      nested: fc.integer({ min: 0, max: 8 }),
    })
    .map(({ words, votes, image, authors, nested }) => {
      const id = `2401.${String(10000 + n)}`
      const title = `Entry ${n} marker${n}x`
      const lines = [`### [${title}](https://arxiv.org/abs/${id})`, '']
      if (image) lines.push(`![](https://cdn.example.org/${id}.png)`, '')
      if (votes !== undefined) lines.push(`Vote: ${votes}`, '')
      if (authors.length > 0) lines.push(`Authors: ${authors.join(', ')}`, '')
      lines.push(`- **What's New**: 요약 ${n} ${words[0] ?? ''}`)
      for (const w of words.slice(1)) lines.push(`- ${w || '내용'}`)
      for (let d = 0; d < nested; d++) lines.push(`${'  '.repeat(d + 1)}- 중첩 ${d}`)
      return { id, title, markdown: lines.join('\n') }
    })

/** A digest made of good entries with noise blocks between them, and the good entries it holds. */
export const digestWithNoise: fc.Arbitrary<{ text: string; good: GoodEntry[] }> = fc
  .integer({ min: 1, max: 6 })
  .chain((count) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: count }, (_, i) => goodEntry(i))),
      fc.array(fc.array(noiseBlock, { maxLength: 3 }), { minLength: count + 1, maxLength: count + 1 }),
      fc.boolean(),
    ),
  )
  .map(([good, noise, crlf]) => {
    const parts: string[] = ['## Daily Papers (2024-01-15)']
    good.forEach((entry, i) => {
      parts.push(...(noise[i] ?? []), entry.markdown)
    })
    parts.push(...(noise[good.length] ?? []))
    const text = parts.join('\n\n') + '\n'
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, good }
  })

/** Times `run` in milliseconds (performance.now). */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now()
  const value = run()
  return { value, ms: performance.now() - start }
}
