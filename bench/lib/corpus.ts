// Loads the real corpus for benches: every digest under ../shared/corpus/daily-papers-ko/paper_logs,
// parsed with the project's ingest (`parseDigests`) when it is available.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
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

/** Papers plus which parser produced them (the fallback exists only until the ingest module lands). */
export interface LoadedCorpus {
  papers: Paper[]
  parser: 'ingest' | 'fallback'
  files: number
}

type ParseDigests = (inputs: { source: string; text: string }[]) => { papers: Paper[] }

/** Loads and parses the real corpus. */
export async function loadCorpus(dir: string = corpusDir): Promise<LoadedCorpus> {
  const files = readDigestFiles(dir)
  const ingest = (await import('../../src/ingest/index.js')) as Record<string, unknown>
  const parseDigests = ingest['parseDigests'] as ParseDigests | undefined
  if (typeof parseDigests === 'function') {
    return { papers: parseDigests(files).papers, parser: 'ingest', files: files.length }
  }
  return { papers: fallbackParse(files), parser: 'fallback', files: files.length }
}

const HEADING = /^###\s+\[(.*)\]\((\S+?)\)\s*$/
const ARXIV_ID = /(\d{4}\.\d{4,5})/

/**
 * A throwaway line-based extractor, used only while `parseDigests` is missing. First appearance of an id wins.
 */
export function fallbackParse(files: readonly DigestFile[]): Paper[] {
  const byId = new Map<string, Paper>()
  for (const file of files) {
    const date = file.source.replace(/\.md$/, '').split('/').join('-')
    let current: Paper | null = null
    const lines = file.text.split('\n')
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const heading = HEADING.exec(line)
      if (heading) {
        const url = heading[2]!
        const id = ARXIV_ID.exec(url)?.[1] ?? `url:${url}`
        const existing = byId.get(id)
        if (existing) {
          if (!existing.dates.includes(date)) existing.dates.push(date)
          current = null
          continue
        }
        current = {
          id, url, title: heading[1]!, date, dates: [date], votes: null, authors: [], media: null,
          summary: { text: '', bullets: [], sections: [] }, links: { code: [], project: [] },
          source: { file: file.source, line: i + 1 },
        }
        byId.set(id, current)
        continue
      }
      if (!current) continue
      if (line.startsWith('Vote:')) {
        const n = Number.parseInt(line.slice(5).trim(), 10)
        current.votes = Number.isFinite(n) ? n : null
      } else if (line.startsWith('Authors:')) {
        current.authors = line.slice(8).replace(/[[\]']/g, '').split(',').map((a) => a.trim()).filter(Boolean)
      } else if (line.startsWith('- ')) {
        const bullet = line.slice(2).replace(/\*+([^*]+?)\*+:?/g, '$1').trim()
        current.summary.bullets.push(bullet)
        current.summary.text = current.summary.bullets.join('\n')
      } else if (line.startsWith('![') || line.includes('<video')) {
        const url = /\((https?:[^)\s]+)\)|src="(https?:[^"]+)"/.exec(line)
        const found = url?.[1] ?? url?.[2]
        if (found) current.media = { kind: line.includes('<video') ? 'video' : 'image', url: found }
      }
    }
  }
  return [...byId.values()]
}
