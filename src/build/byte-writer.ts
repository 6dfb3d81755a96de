// Growable byte writer of the index file sections, the counterpart of ByteReader (src/index/binary.ts).
// Integers are LEB128 varints, strings length-prefixed UTF-8. It keeps a list of fixed-size chunks so
// that a 100 MB section never needs one giant reallocation or string.

const CHUNK = 1 << 16
const encoder = new TextEncoder()

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

/** UTF-8 encode (shared encoder). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}
