// CRC-32 (IEEE 802.3, the one gzip and PNG use), written here so the index envelope needs no dependency
// for its checksum. Table-driven, one byte at a time: fast enough for hundreds of megabytes.

let table: Uint32Array | undefined

function crcTable(): Uint32Array {
  if (table) return table
  table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
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
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)) >>> 0
  return ~c >>> 0
}
