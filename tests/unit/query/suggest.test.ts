import { describe, expect, it } from 'vitest'
import { OptionsError } from '../../../src/model/errors.js'
import { buildIndex } from '../../../src/build/index.js'
import { fixturePapers } from '../index/fixtures.js'

const index = buildIndex(fixturePapers())

describe('suggest', () => {
  it('completes a Korean prefix from the vocabulary, most frequent first', () => {
    const s = index.suggest('양자')
    expect(s[0]).toMatchObject({ text: '양자화', completion: '양자화', kind: 'term' })
    expect(s[0]!.count).toBe(3)
  })

  it('completes choseong (ㅇㅈㅎ → 양자화)', () => {
    const s = index.suggest('ㅇㅈㅎ')
    expect(s.map((x) => x.completion)).toContain('양자화')
    expect(s.every((x) => x.kind === 'term')).toBe(true)
  })

  it('completes a syllable still being composed (양잫 → 양자화), keeping the words before it', () => {
    const s = index.suggest('저비트 양잫')
    expect(s[0]).toMatchObject({ text: '저비트 양자화', completion: '양자화' })
    expect(s.every((x) => x.completion.startsWith('양자') && x.completion.length > 2)).toBe(true)
  })

  it('completes English from title words (not stems) and offers matching titles', () => {
    const s = index.suggest('quant', { limit: 6 })
    expect(s[0]).toMatchObject({ completion: 'quantization', kind: 'term', count: 2 })
    expect(s.filter((x) => x.kind === 'title').map((x) => x.id).sort()).toEqual(['2312.00008', '2401.00001'])
  })

  it('is deterministic (count, then text) and honours limit', () => {
    expect(index.suggest('ㅇ', { limit: 3 })).toHaveLength(3)
    expect(index.suggest('ㅇ', { limit: 50 })).toEqual(index.suggest('ㅇ', { limit: 50 }))
    const counts = index.suggest('ㅇ', { limit: 50 }).map((x) => x.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('returns nothing for an empty or finished word, and rejects a bad limit', () => {
    expect(index.suggest('')).toEqual([])
    expect(index.suggest('양자화 ')).toEqual([])
    expect(() => index.suggest('양', { limit: -2 })).toThrow(OptionsError)
  })

  it('follows updates', () => {
    const copy = buildIndex(fixturePapers())
    copy.remove(['2401.00001', '2312.00008', '2502.00012'])
    expect(copy.suggest('양자').map((x) => x.completion)).not.toContain('양자화')
  })
})
