/**
 * A bounded cache of per-eojeol results keyed by a span of a string, so the analyzer looks up Korean
 * words without slicing them out first (Korean text repeats eojeols a lot; slicing and hashing each
 * occurrence cost more than analysing it once). Clearing when full keeps memory bounded; results never
 * depend on what is cached.
 */
export class SpanCache<V> {
  readonly #mask: number
  readonly #limit: number
  #keys: Array<string | undefined>
  #values: Array<V | undefined>
  #size = 0

  /** `bits`: log2 of the slot count; the cache starts over at three quarters full. */
  constructor(bits: number) {
    const capacity = 1 << bits
    this.#mask = capacity - 1
    this.#limit = (capacity * 3) >> 2
    this.#keys = new Array<string | undefined>(capacity).fill(undefined)
    this.#values = new Array<V | undefined>(capacity).fill(undefined)
  }

  /** The value for `text.slice(start, end)`, computing and storing it with `make` when absent. */
  get(text: string, start: number, end: number, make: (key: string) => V): V {
    let h = 0x811c9dc5
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    const length = end - start
    let slot = h & this.#mask
    for (;;) {
      const key = this.#keys[slot]
      if (key === undefined) break
      if (key.length === length && sameSpan(key, text, start, length)) return this.#values[slot] as V
      slot = (slot + 1) & this.#mask
    }
    const key = text.slice(start, end)
    const value = make(key)
    if (this.#size >= this.#limit) {
      this.#keys.fill(undefined)
      this.#values.fill(undefined)
      this.#size = 0
      slot = h & this.#mask
    }
    this.#keys[slot] = key
    this.#values[slot] = value
    this.#size++
    return value
  }
}

function sameSpan(key: string, text: string, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}
