// CRC-32 (IEEE 802.3, the one gzip and PNG use), written here so the index envelope needs no dependency
// for its checksum. Slicing-by-4 tables (four bytes per step): loadIndex checks the whole body, so this is on the load path.

let table: Uint32Array | undefined

/** Four 256-entry tables back to back: table k gives the CRC of a byte followed by k zero bytes. */
function crcTable(): Uint32Array {
  if (table) return table
  table = new Uint32Array(1024)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 4; k++) table[k * 256 + n] = (table[(k - 1) * 256 + n]! >>> 8) ^ table[table[(k - 1) * 256 + n]! & 0xff]!
  }
  return table
}

/**
 * Updates a running CRC-32 with `bytes` (start with `0`).
 *
 * @example
 * crc32(new TextEncoder().encode('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = crcTable()
  let c = ~crc >>> 0
  const n = bytes.length
  const end4 = n - (n % 4)
  let i = 0
  for (; i < end4; i += 4) {
    c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!
  }
  for (; i < n; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
}
