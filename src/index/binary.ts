// Bounds-checked reader of the index file sections (the writer, build side only, is
// src/build/byte-writer.ts). Integers are LEB128 varints (postings and columns are small numbers),
// strings are length-prefixed UTF-8.

/** Longest string read without TextDecoder when it is pure ASCII. */
const ASCII_FAST_MAX = 256
// ignoreBOM: keep a leading U+FEFF (the default would strip it from every string that starts with one).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Thrown by ByteReader when data ends early or is malformed; loadIndex turns it into IndexFormatError. */
export class ByteReaderError extends Error {}

/** Reads what ByteWriter wrote; every read is bounds-checked. */
export class ByteReader {
  position = 0
  constructor(readonly data: Uint8Array) {}

  /** Moves past `n` bytes, returning where they start; throws when the section has fewer left. */
  #skip(n: number): number {
    const start = this.position
    if (start + n > this.data.length) throw new ByteReaderError('unexpected end of section')
    this.position += n
    return start
  }

  byte(): number {
    return this.data[this.#skip(1)]!
  }

  uint(): number {
    let result = 0
    let scale = 1
    for (;;) {
      const b = this.byte()
      result += (b & 0x7f) * scale
      if (b < 0x80) return result
      scale *= 0x80
      if (scale > 2 ** 56) throw new ByteReaderError('varint too long')
    }
  }

  float64(): number {
    return new DataView(this.data.buffer, this.data.byteOffset + this.#skip(8), 8).getFloat64(0, true)
  }

  bytes(n: number): Uint8Array {
    const start = this.#skip(n)
    return this.data.subarray(start, start + n)
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

/** UTF-8 decode, throwing on invalid bytes. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}
