// Author names are stored once and referenced by id from each row; filters and facets work on ids.
// Names are kept exactly as written (so a removed paper's author text can be rebuilt byte for byte),
// and a normalized key (NFKC, lowercase, single spaces, no accents) serves case-insensitive lookups.

/** Normalizes an author name or name query for comparison: `Dénny  ZHOU` → `denny zhou`. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

export class AuthorTable {
  readonly names: string[] = []
  readonly #idByName = new Map<string, number>()
  readonly #keys: string[] = []
  readonly #idsByKey = new Map<string, number[]>()

  get size(): number {
    return this.names.length
  }

  /** The id of `name`, adding it when new. */
  intern(name: string): number {
    let id = this.#idByName.get(name)
    if (id === undefined) {
      id = this.names.length
      this.names.push(name)
      this.#idByName.set(name, id)
      const key = normalizeName(name)
      this.#keys.push(key)
      const spellings = this.#idsByKey.get(key)
      if (spellings) spellings.push(id)
      else this.#idsByKey.set(key, [id])
    }
    return id
  }

  /** Ids of every spelling whose normalized form equals `name`'s. */
  idsForExactName(name: string): number[] {
    return this.#idsByKey.get(normalizeName(name)) ?? []
  }

  /**
   * Ids of authors whose name contains every word of `query` as a whole word (`zhou`, `Denny Zhou`,
   * `denny zhou` all match `Denny Zhou`).
   */
  idsMatchingWords(query: string): number[] {
    const words = normalizeName(query).split(' ').filter(Boolean)
    if (words.length === 0) return []
    const out: number[] = []
    for (let id = 0; id < this.#keys.length; id++) {
      const parts = this.#keys[id]!.split(/[\s\-.,]+/)
      if (words.every((w) => parts.includes(w))) out.push(id)
    }
    return out
  }
}
