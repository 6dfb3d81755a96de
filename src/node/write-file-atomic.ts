// Atomic file writes: the data goes to a temporary file in the destination's directory (same file
// system, so the rename is atomic), is flushed to disk, then renamed over the destination. Readers see
// the old file or the new one, never half of one; on failure the temporary file is removed.

import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { HanseekError } from '../model/errors.js'

function explain(error: unknown, target: string): HanseekError {
  const code = (error as NodeJS.ErrnoException)?.code
  const reason =
    code === 'ENOSPC' ? 'the disk is full'
    : code === 'EDQUOT' ? 'the disk quota is exceeded'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOENT' ? 'its folder does not exist'
    : code === 'EROFS' ? 'the file system is read-only'
    : code === 'EISDIR' ? 'it is a folder'
    : code === 'ENOTDIR' ? 'a part of its path is a file, not a folder'
    : (error as Error)?.message ?? String(error)
  const wrapped = new HanseekError(`cannot write ${target}: ${reason}`)
  ;(wrapped as Error & { cause?: unknown }).cause = error
  return wrapped
}

/**
 * Writes `data` to `file` atomically (temporary file + fsync + rename).
 *
 * @throws HanseekError naming the file and the reason (full disk, permission denied, missing folder...).
 * @example
 * await writeFileAtomic('papers.hsk', index.serialize({ gzip: true }))
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file))
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(temp, 'wx', 0o644)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, file)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw explain(error, file)
  }
}
