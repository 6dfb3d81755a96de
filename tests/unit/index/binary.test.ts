import { describe, expect, it } from 'vitest'
import { ByteReader, ByteReaderError } from '../../../src/index/binary.js'
import { ByteWriter } from '../../../src/build/byte-writer.js'
import { crc32 } from '../../../src/index/crc32.js'
import { stableStringify } from '../../../src/index/stable-json.js'

describe('ByteWriter / ByteReader', () => {
  it.each([0, 1, 127, 128, 300, 16383, 16384, 2 ** 31, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER])('round-trips uint %d', (n) => {
    const w = new ByteWriter()
    w.uint(n)
    expect(new ByteReader(w.finish()).uint()).toBe(n)
  })
  it('round-trips strings, floats and data larger than one chunk', () => {
    const w = new ByteWriter()
    const long = '양자화 '.repeat(40_000)
    w.string('hello')
    w.float64(Math.PI)
    w.string(long)
    w.string('')
    const bytes = w.finish()
    const r = new ByteReader(bytes)
    expect([r.string(), r.float64(), r.string(), r.string()]).toEqual(['hello', Math.PI, long, ''])
    expect(r.position).toBe(bytes.length)
  })
  it('throws ByteReaderError when data ends early', () => {
    const w = new ByteWriter()
    w.string('hello')
    const bytes = w.finish().subarray(0, 3)
    expect(() => new ByteReader(bytes).string()).toThrow(ByteReaderError)
    expect(() => new ByteReader(new Uint8Array([0x80])).uint()).toThrow(ByteReaderError)
  })
})

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j)', (text, expected) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(expected)
  })
})

describe('stableStringify', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}')
  })
})
