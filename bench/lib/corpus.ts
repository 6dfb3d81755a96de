// Loads the real corpus for benches: every digest under ../shared/corpus/daily-papers-ko/paper_logs,
// parsed with the project's ingest (`parseDigests`).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDigests } from '../../src/ingest/index.js'
import type { Paper } from '../../src/model/index.js'

/** The project root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the real digests live, resolved from the repo root as CI lays it out. */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus/daily-papers-ko/paper_logs')

/** One digest file: its path relative to the corpus folder (`2024/02/15.md`) and its text. */
export interface DigestFile {
  source: string
  text: string
}

/** Every `.md` under `dir`, in sorted path order, so loading is deterministic. */
export function readDigestFiles(dir: string = corpusDir): DigestFile[] {
  const out: DigestFile[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.md')) {
        out.push({ source: path.relative(dir, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') })
      }
    }
  }
  walk(dir)
  return out
}

/** The parsed corpus. */
export interface LoadedCorpus {
  papers: Paper[]
  files: number
  diagnostics: number
}

/** Loads and parses the real corpus with the project's `parseDigests`. */
export function loadCorpus(dir: string = corpusDir): LoadedCorpus {
  const files = readDigestFiles(dir)
  const result = parseDigests(files.map((f) => ({ source: f.source, content: f.text })))
  return { papers: result.papers, files: files.length, diagnostics: result.diagnostics.length }
}
