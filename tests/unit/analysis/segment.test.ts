import { describe, expect, it } from 'vitest'
import { segment } from '../../../src/analysis/segment.js'
import { normalize } from '../../../src/analysis/normalize.js'

const runsOf = (s: string) => segment(normalize(s).text).map((w) => w.runs.map((r) => `${r.text}:${r.script}${r.afterLatin ? '+' : ''}`))

describe('segment', () => {
  it.each([
    ['LLMs와', [['llms:latin', '와:hangul+']]],
    ['VCD를', [['vcd:latin', '를:hangul+']]],
    ['GPT-4o는', [['gpt:latin', '4o:alnum', '는:hangul+']]],
    ['Video-LLaVA는', [['video:latin', 'llava:latin', '는:hangul+']]],
    ['(T2I)', [['t2i:alnum']]],
    ['text-to-image', [['text:latin', 'to:latin', 'image:latin']]],
    ['텍스트-이미지', [['텍스트:hangul', '이미지:hangul']]],
    ['LLM×MapReduce', [['llm:latin', 'mapreduce:latin']]],
    ['LLaMA-2-7B', [['llama:latin', '2:digit', '7b:alnum']]],
    ['2402.09368', [['2402:digit', '09368:digit']]],
    ['했다. 다음', [['했다:hangul'], ['다음:hangul']]],
    ["model's output", [['model:latin'], ['output:latin']]],
    ['漢字 ㅇㅈㅎ', [['漢字:han'], ['ㅇㅈㅎ:jamo']]],
    ['K팝스타3', [['k:latin', '팝스타:hangul+', '3:digit']]],
  ])('%s', (input, expected) => {
    expect(runsOf(input)).toEqual(expected)
  })

  it('marks joined words', () => {
    const words = segment('gpt-4o llms와')
    expect(words.map((w) => w.joined)).toEqual([true, false])
  })
})
