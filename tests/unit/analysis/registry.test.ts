import { describe, expect, it } from 'vitest'
import { AnalyzerError, createAnalyzer, getAnalyzer, listAnalyzers, registerAnalyzer } from '../../../src/analysis/index.js'

describe('analyzer registry', () => {
  it('rebuilds hanseek-ko from its descriptor with the same options', () => {
    const built = createAnalyzer({ splitCompounds: false })
    const loaded = getAnalyzer(built.descriptor)
    expect(loaded.descriptor).toEqual(built.descriptor)
    expect(loaded.analyze('언어모델을')).toEqual(built.analyze('언어모델을'))
  })

  it('lists the built-in analyzer', () => {
    expect(listAnalyzers()).toContainEqual({ name: 'hanseek-ko', version: '6' })
  })

  it.each([
    [{ name: 'nori', version: '1', options: {} }, 'unknown-analyzer'],
    [{ name: 'hanseek-ko', version: '99', options: {} }, 'unknown-version'],
    [{ name: 'hanseek-ko', version: '6', options: { bogus: 1 } }, 'invalid-options'],
  ])('throws a typed error for %j', (descriptor, problem) => {
    let error: unknown
    try {
      getAnalyzer(descriptor)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AnalyzerError)
    expect((error as AnalyzerError).problem).toBe(problem)
    expect((error as AnalyzerError).message).toMatch(/^hanseek: /)
  })

  it('accepts custom analyzers', () => {
    const custom = createAnalyzer({ grams: 3 })
    registerAnalyzer('custom-test', '7', () => custom)
    expect(getAnalyzer({ name: 'custom-test', version: '7', options: {} })).toBe(custom)
  })
})
