import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseDigests, type DigestInput, type DigestsParseResult } from '../ingest/index.js'
import { HanseekError } from '../model/errors.js'

/** A digest file found on disk: the name it is reported under and where it is. */
export interface DigestFile {
  /** `/`-separated name used in `Paper.source` and diagnostics (see {@link FindDigestFilesOptions}). */
  source: string
  path: string
}

/** Options of {@link findDigestFiles} and {@link readDigestInputs}. */
export interface FindDigestFilesOptions {
  /**
   * Name files found in a folder relative to that folder (`2024/02/15.md`) instead of by the folder
   * path as given plus that (`digests/2024/02/15.md`). Default false, so files of different folders
   * never share a name. Either way the `YYYY/MM/DD.md` tail stays, which gives each digest its date.
   */
  relativeToFolder?: boolean
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

async function walkMarkdown(root: string, dir: string, into: DigestFile[], prefix: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    // Hidden folders (.git, .cache) never hold digests.
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) await walkMarkdown(root, full, into, prefix)
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) into.push({ source: prefix + toPosix(path.relative(root, full)), path: full })
  }
}

/**
 * Lists the digest files behind a list of files and folders: every `*.md` under each folder
 * (recursively, hidden folders skipped), and each file as given whatever its extension. Sorted by
 * source name within each folder, in argument order otherwise.
 *
 * @throws HanseekError when a path does not exist or is neither a file nor a folder.
 * @example
 * await findDigestFiles(['index-data/digests'], { relativeToFolder: true })
 * // [{ source: '2023/11/20.md', path: 'index-data/digests/2023/11/20.md' }, …]
 */
export async function findDigestFiles(paths: readonly string[], options: FindDigestFilesOptions = {}): Promise<DigestFile[]> {
  const found: DigestFile[] = []
  for (const given of paths) {
    let info
    try {
      info = await stat(given)
    } catch {
      throw new HanseekError(`no such file or folder: ${given}`)
    }
    if (info.isDirectory()) {
      const inFolder: DigestFile[] = []
      const prefix = options.relativeToFolder ? '' : `${toPosix(given).replace(/\/+$/, '')}/`
      await walkMarkdown(given, given, inFolder, prefix)
      inFolder.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
      found.push(...inFolder)
    } else if (info.isFile()) {
      found.push({ source: toPosix(given), path: given })
    } else {
      throw new HanseekError(`not a file or folder: ${given}`)
    }
  }
  return found
}

/**
 * Reads digest files and folders as bytes (decoded by the parser, so invalid UTF-8 is reported, not
 * hidden), ready for `parseDigests`.
 *
 * @throws HanseekError when a path does not exist.
 * @example
 * const inputs = await readDigestInputs(['index-data/digests', 'extra/2025-01-02.md'])
 */
export async function readDigestInputs(paths: readonly string[], options: FindDigestFilesOptions = {}): Promise<DigestInput[]> {
  const files = await findDigestFiles(paths, options)
  return Promise.all(files.map(async (f) => ({ source: f.source, content: new Uint8Array(await readFile(f.path)) })))
}

/**
 * Parses every digest in a list of files and folders (see {@link readDigestInputs}) and merges
 * duplicates across days.
 *
 * @example
 * const { papers, stats } = await parseDigestPaths(['digests/2024', 'digests/2025'])
 */
export async function parseDigestPaths(paths: readonly string[], options: FindDigestFilesOptions = {}): Promise<DigestsParseResult> {
  return parseDigests(await readDigestInputs(paths, options))
}

/**
 * Parses every `*.md` under a folder (recursively, in sorted order, read as bytes) with
 * `parseDigests`. Sources are paths relative to the folder, e.g. `2024/02/15.md`, which also give
 * each digest's expected date.
 *
 * @throws HanseekError when the folder does not exist.
 * @example
 * const { papers, diagnostics, stats } = await readDigestFolder('index-data/digests')
 */
export async function readDigestFolder(dir: string): Promise<DigestsParseResult> {
  return parseDigestPaths([dir], { relativeToFolder: true })
}
