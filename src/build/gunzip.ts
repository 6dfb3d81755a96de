// Synchronous inflate of a gzip-compressed index file for openIndex (the query side inflates only
// asynchronously, with the platform's DecompressionStream: src/index/gzip.ts).

import { gunzipSync } from 'fflate'
import { asBytes } from '../index/deserialize.js'
import { gzipError, isGzip } from '../index/gzip.js'

/** A gzip header (10 bytes) and trailer (CRC-32, size: 8 bytes). */
const GZIP_MIN_SIZE = 18

/** The bytes of `data`, inflated when they are gzip-compressed. @throws {IndexFormatError} truncated/corrupt. */
export function inflateIfGzip(data: Uint8Array | ArrayBuffer): Uint8Array {
  const bytes = asBytes(data)
  if (!isGzip(bytes)) return bytes
  // fflate calls anything shorter than a gzip header and trailer "invalid"; it is a cut-off file.
  if (bytes.length < GZIP_MIN_SIZE) throw gzipError('unexpected EOF')
  try {
    return gunzipSync(bytes)
  } catch (error) {
    throw gzipError(error)
  }
}
