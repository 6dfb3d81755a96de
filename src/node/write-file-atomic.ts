// Atomic file writes: the data goes to a temporary file in the destination's directory (same file
// system, so the rename is atomic), is flushed to disk, then renamed over the destination. Readers see
// the old file or the new one, never half of one; on failure the temporary file is removed. A writer
// killed with SIGKILL cannot clean up, so the next successful write removes temporary files of the same
// target left by processes that no longer exist.

import { randomBytes } from 'node:crypto'
import { open, readdir, rename, unlink } from 'node:fs/promises'
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

/** The temporary file name a writer with this pid uses for `base` (see writeFileAtomic). */
function tempName(base: string, pid: number): string {
  return `.${base}.${pid}.${randomBytes(6).toString('hex')}.tmp`
}

/** The pid in a temporary file name of `base`, or undefined when the name is not one. */
export function tempFileOwner(name: string, base: string): number | undefined {
  const prefix = `.${base}.`
  if (!name.startsWith(prefix)) return undefined
  const match = /^(\d{1,10})\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length))
  return match ? Number(match[1]) : undefined
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes temporary files of `base` in `dir` whose writer process is gone (best effort). */
async function removeStaleTemps(dir: string, base: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names) {
    const pid = tempFileOwner(name, base)
    if (pid === undefined || pid === process.pid || isRunning(pid)) continue
    await unlink(path.join(dir, name)).catch(() => undefined)
  }
}

/**
 * Writes `data` to `file` atomically (temporary file + fsync + rename). After a successful write it also
 * removes temporary files of the same target left behind by writers that were killed.
 *
 * @throws HanseekError naming the file and the reason (full disk, permission denied, missing folder...).
 * @example
 * await writeFileAtomic('papers.hsk', index.serialize({ gzip: true }))
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file))
  const base = path.basename(file)
  const temp = path.join(dir, tempName(base, process.pid))
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
  await removeStaleTemps(dir, base)
}
