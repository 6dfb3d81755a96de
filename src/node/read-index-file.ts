// Loading an index file from disk, gzip-compressed or not (node:zlib inflates; the browser-safe
// loadIndexAsync uses DecompressionStream instead).

import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { gzipError, isGzip } from '../index/gzip.js'
import { HanseekError } from '../model/errors.js'
import { loadIndex, type LoadOptions, type PaperIndex } from '../query/paper-index.js'

const gunzipAsync = promisify(gunzip)

/**
 * Reads and loads an index file written by `hanseek build` or `WritablePaperIndex.serialize`,
 * gzip-compressed or not.
 *
 * @throws HanseekError when the file cannot be read; IndexFormatError when it is not a valid index.
 * @example
 * const index = await readIndexFile('papers.hsk')
 */
export async function readIndexFile(file: string, options: LoadOptions = {}): Promise<PaperIndex> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message
    throw new HanseekError(`cannot read index file ${file}: ${reason}`)
  }
  if (isGzip(bytes)) {
    try {
      bytes = await gunzipAsync(bytes)
    } catch (error) {
      throw gzipError(error)
    }
  }
  return loadIndex(bytes, options)
}
