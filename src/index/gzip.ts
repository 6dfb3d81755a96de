// The gzip layer of an index file (`serialize({ gzip: true })`, `hanseek build --gzip`). The query side
// inflates only asynchronously, with the platform's DecompressionStream (loadIndexAsync), so that a
// search page carries no inflate code; `hanseek/build` (fflate) and `hanseek/node` (node:zlib) inflate
// synchronously. All of them report a bad gzip layer with the same IndexFormatError.

import { IndexFormatError } from '../model/errors.js'

/** Whether `bytes` start with the gzip magic (0x1f 0x8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b
}

/**
 * The IndexFormatError for gzip data that cannot be inflated: `truncated` when the inflater's message
 * says the data ended early (fflate "unexpected EOF", node:zlib "unexpected end of file", Chromium
 * "Compressed input was truncated."), `corrupt` otherwise.
 */
export function gzipError(error: unknown): IndexFormatError {
  const message = error instanceof Error ? error.message : String(error)
  return /truncat|end of|EOF/i.test(message)
    ? new IndexFormatError('truncated', 'the index file is gzip-compressed but ends early (truncated download or copy?)')
    : new IndexFormatError('corrupt', `the index file is gzip-compressed but cannot be decompressed (${message})`)
}

/**
 * Inflates gzip bytes with the platform's DecompressionStream (browsers, Node 18+, Deno, Bun).
 *
 * @throws {IndexFormatError} `truncated` or `corrupt` for bad gzip data.
 */
export async function gunzipNative(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream !== 'function') {
    throw new IndexFormatError('compressed', 'this runtime has no DecompressionStream; inflate the gzip index yourself and call loadIndex')
  }
  const stream = new DecompressionStream('gzip')
  const writer = stream.writable.getWriter()
  const read = new Response(stream.readable).arrayBuffer()
  read.catch(() => {})
  try {
    // The writer's rejection says what went wrong; the reader's may not (Chromium: "Failed to fetch").
    await Promise.all([writer.write(bytes as Uint8Array<ArrayBuffer>), writer.close()])
    return new Uint8Array(await read)
  } catch (error) {
    throw gzipError(error)
  }
}
