import { describe, expect, it } from 'vitest'
import { HanseekError, IndexFormatError, QuerySyntaxError } from '../../../src/model/index.js'

describe('errors', () => {
  it.each([
    ['plain message', 'hanseek: plain message'],
    ['hanseek: already prefixed', 'hanseek: already prefixed'],
  ])('names the library in the message (%s)', (input, expected) => {
    expect(new HanseekError(input).message).toBe(expected)
  })

  it('keeps the problem of an IndexFormatError and is a HanseekError', () => {
    const error = new IndexFormatError('truncated', 'index ends early')
    expect(error).toBeInstanceOf(HanseekError)
    expect(error.problem).toBe('truncated')
    expect(error.name).toBe('IndexFormatError')
  })

  it('keeps the position of a QuerySyntaxError', () => {
    expect(new QuerySyntaxError('unclosed quote', 7).position).toBe(7)
  })
})
