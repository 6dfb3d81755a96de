import { describe, expect, it } from 'vitest'
import { createAnalyzer, createDefaultAnalyzer, GLOSSARY, parseGlossary, readableDescriptor, summarizeGlossary } from '../../../src/analysis/index.js'

describe('summarizeGlossary', () => {
  it.each([
    ['', 0],
    ['reinforcement learning|RL|강화학습', 1],
    ['a|b\nlonely\n\nc|d|e', 2],
  ])('counts the groups of %j', (text, groups) => {
    const summary = summarizeGlossary(text)
    expect(summary.groups).toBe(groups)
    expect(summary.chars).toBe(text.length)
    expect(summary.hash).toMatch(/^[0-9a-f]{8}$/)
  })

  it('gives equal texts equal hashes and different texts different ones', () => {
    expect(summarizeGlossary(GLOSSARY)).toEqual(summarizeGlossary(`${GLOSSARY}`))
    expect(summarizeGlossary(GLOSSARY).hash).not.toBe(summarizeGlossary(`${GLOSSARY}\nx|y`).hash)
    expect(summarizeGlossary(GLOSSARY).groups).toBe(parseGlossary(GLOSSARY).length)
  })
})

describe('readableDescriptor', () => {
  it('replaces a recorded glossary by its summary and keeps every other option', () => {
    const descriptor = createDefaultAnalyzer({ grams: 3 }).descriptor
    const readable = readableDescriptor(descriptor)
    expect(readable.options).toEqual({ grams: 3, stemEnglish: true, splitCompounds: true, glossary: summarizeGlossary(GLOSSARY) })
    expect(JSON.stringify(readable).length).toBeLessThan(300)
    expect(descriptor.options.glossary).toBe(GLOSSARY)
  })

  it('leaves a descriptor without a glossary as it is', () => {
    const descriptor = createAnalyzer().descriptor
    expect(readableDescriptor(descriptor)).toBe(descriptor)
  })
})
