// Growable byte writer and bounds-checked reader for the index file sections. Integers are LEB128
// varints (postings and columns are small numbers), strings are length-prefixed UTF-8. The writer keeps
// a list of fixed-size chunks so that a 100 MB section never needs one giant reallocation or string.

const CHUNK = 1 << 16
/** Longest string read without TextDecoder when it is pure ASCII. */
const ASCII_FAST_MAX = 256
const encoder = new TextEncoder()
// ignoreBOM: keep a leading U+FEFF (the default would strip it from every string that starts with one).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Appends bytes to a list of chunks; `finish()` returns them as one array. */
export class ByteWriter {
  private readonly chunks: Uint8Array[] = []
  private buffer = new Uint8Array(CHUNK)
  private position = 0
  private flushed = 0

  get length(): number {
    return this.flushed + this.position
  }

  private ensure(n: number): void {
    if (this.position + n <= this.buffer.length) return
    this.chunks.push(this.buffer.subarray(0, this.position))
    this.flushed += this.position
    this.buffer = new Uint8Array(Math.max(CHUNK, n))
    this.position = 0
  }

  byte(value: number): void {
    this.ensure(1)
    this.buffer[this.position++] = value
  }

  /** Unsigned integer up to 2^53, as a LEB128 varint. */
  uint(value: number): void {
    this.ensure(8)
    while (value >= 0x80) {
      this.buffer[this.position++] = (value % 0x80) | 0x80
      value = Math.floor(value / 0x80)
    }
    this.buffer[this.position++] = value
  }

  /** Signed integer (zig-zag varint). */
  int(value: number): void {
    this.uint(value < 0 ? -2 * value - 1 : 2 * value)
  }

  float64(value: number): void {
    this.ensure(8)
    new DataView(this.buffer.buffer, this.buffer.byteOffset + this.position, 8).setFloat64(0, value, true)
    this.position += 8
  }

  bytes(data: Uint8Array): void {
    this.ensure(data.length)
    this.buffer.set(data, this.position)
    this.position += data.length
  }

  string(value: string): void {
    const data = encoder.encode(value)
    this.uint(data.length)
    this.bytes(data)
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length)
    let offset = 0
    for (const chunk of this.chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    out.set(this.buffer.subarray(0, this.position), offset)
    return out
  }
}

/** Thrown by ByteReader when data ends early or is malformed; loadIndex turns it into IndexFormatError. */
export class ByteReaderError extends Error {}

/** Reads what ByteWriter wrote; every read is bounds-checked. */
export class ByteReader {
  position = 0
  constructor(readonly data: Uint8Array) {}

  get done(): boolean {
    return this.position >= this.data.length
  }

  byte(): number {
    if (this.position >= this.data.length) throw new ByteReaderError('unexpected end of section')
    return this.data[this.position++]!
  }

  uint(): number {
    const data = this.data
    let result = 0
    let scale = 1
    for (;;) {
      if (this.position >= data.length) throw new ByteReaderError('unexpected end of section')
      const b = data[this.position++]!
      result += (b & 0x7f) * scale
      if (b < 0x80) return result
      scale *= 0x80
      if (scale > 2 ** 56) throw new ByteReaderError('varint too long')
    }
  }

  int(): number {
    const v = this.uint()
    return v % 2 === 1 ? -(v + 1) / 2 : v / 2
  }

  float64(): number {
    if (this.position + 8 > this.data.length) throw new ByteReaderError('unexpected end of section')
    const v = new DataView(this.data.buffer, this.data.byteOffset + this.position, 8).getFloat64(0, true)
    this.position += 8
    return v
  }

  bytes(n: number): Uint8Array {
    if (this.position + n > this.data.length) throw new ByteReaderError('unexpected end of section')
    const out = this.data.subarray(this.position, this.position + n)
    this.position += n
    return out
  }

  string(): string {
    const n = this.uint()
    if (n <= ASCII_FAST_MAX && this.position + n <= this.data.length) {
      // Short ASCII strings (ids, URLs, English titles and terms, names) without a TextDecoder call,
      // whose per-call overhead dominated loading; anything else goes through the checking decoder.
      const data = this.data
      const start = this.position
      let ascii = true
      for (let i = start; i < start + n; i++) if (data[i]! >= 0x80) { ascii = false; break }
      if (ascii) {
        this.position += n
        return String.fromCharCode.apply(null, data.subarray(start, start + n) as unknown as number[])
      }
    }
    return decoder.decode(this.bytes(n))
  }
}

/** UTF-8 encode (shared encoder). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** UTF-8 decode, throwing on invalid bytes. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}
