// Postings of one term decoded on first use, for the MiniSearch term map of an opened index (openIndex):
// the loader checks the encoded postings in one pass and keeps, per term, where they start; this Map
// decodes itself the first time any Map method is called, so MiniSearch reads it like any other
// FieldPostings. (The read-only SortedTerms of loadIndex decodes on lookup itself.)

import { decodePostings } from '../index/postings.js'

export class LazyFieldPostings extends Map<number, Map<number, number>> {
  private source: Uint8Array | null
  private readonly offset: number

  /** `source` at `offset` holds field count, then per field: id, size, delta-coded rows and tf - 1. */
  constructor(source: Uint8Array, offset: number) {
    super()
    this.source = source
    this.offset = offset
  }

  private load(): void {
    const source = this.source
    if (source === null) return
    this.source = null
    for (const [fieldId, postings] of decodePostings(source, this.offset)) super.set(fieldId, postings)
  }

  override get size(): number {
    if (this.source !== null) this.load()
    return super.size
  }
  override get(key: number): Map<number, number> | undefined {
    if (this.source !== null) this.load()
    return super.get(key)
  }
  override has(key: number): boolean {
    if (this.source !== null) this.load()
    return super.has(key)
  }
  override set(key: number, value: Map<number, number>): this {
    if (this.source !== null) this.load()
    return super.set(key, value)
  }
  override delete(key: number): boolean {
    if (this.source !== null) this.load()
    return super.delete(key)
  }
  override clear(): void {
    this.source = null
    super.clear()
  }
  override forEach(callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    if (this.source !== null) this.load()
    super.forEach(callback, thisArg)
  }
  override keys(): MapIterator<number> {
    if (this.source !== null) this.load()
    return super.keys()
  }
  override values(): MapIterator<Map<number, number>> {
    if (this.source !== null) this.load()
    return super.values()
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    if (this.source !== null) this.load()
    return super.entries()
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    if (this.source !== null) this.load()
    return super[Symbol.iterator]()
  }
}
