// Safe to embed: a digest full of script tags, event-handler attributes and javascript: links. Every
// highlight the library renders is escaped text with <mark> as its only markup, and every URL it returns
// (paper, media, code and project links) is http(s).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDigest } from '../../src/ingest/index.js'
import type { Paper } from '../../src/model/paper.js'
import { loadIndex } from '../../src/query/paper-index.js'
import { buildIndex } from '../../src/build/index.js'
import type { SearchHit } from '../../src/query/search-types.js'
import { hostileString, reportCounts } from './support.js'

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/broken-digests/hostile-links.md')

/** True when `html` is escaped text plus `<mark>`/`</mark>` only. */
function onlyMarks(html: string): boolean {
  const rest = html.replace(/<\/?mark>/g, '')
  return !/[<>"']/.test(rest) && !/&(?!(amp|lt|gt|quot|#39);)/.test(rest)
}

const HTTP = /^https?:\/\/[^\s]+$/i
function returnedUrls(hit: SearchHit): string[] {
  const p = hit.paper
  return [p.url, ...(p.media ? [p.media.url] : []), ...p.links.code, ...p.links.project]
}

function checkHit(hit: SearchHit): void {
  const h = hit.highlights!
  for (const html of [h.title, h.snippet, h.authors ?? '']) expect(onlyMarks(html), html).toBe(true)
  for (const url of returnedUrls(hit)) expect(url).toMatch(HTTP)
}

describe('safe to embed', () => {
  const { papers } = parseDigest(new Uint8Array(readFileSync(fixture)), { source: '2024/01/21.md' })

  it('drops javascript:/data: paper links, media and summary links at ingest', () => {
    expect(papers.map((p) => p.id)).toEqual(['2401.20011'])
    const paper = papers[0]!
    expect(paper.media).toBeNull()
    expect(paper.links).toEqual({ code: ['https://github.com/quartz/attention'], project: [] })
    expect(JSON.stringify(paper.links)).not.toMatch(/javascript:/i)
  })

  it('escapes script tags and event handlers in highlighted titles, snippets and authors', () => {
    const index = loadIndex(buildIndex(papers).serialize())
    let hits = 0
    for (const q of ['quartz', 'script', 'alert', 'onerror', 'img', '요약', 'javascript', 'Park', '"alert"', 'scr']) {
      for (const hit of index.search(q, { highlight: true, prefix: true }).hits) {
        hits++
        checkHit(hit)
      }
    }
    const [hit] = index.search('script alert', { highlight: true }).hits
    expect(hit!.highlights!.title).toContain('&lt;')
    expect(hit!.highlights!.title).not.toContain('<script')
    expect(hit!.highlights!.authors).toContain('&lt;img src=x onerror=')
    expect(hit!.highlights!.snippet).not.toMatch(/<(script|a|video|img)\b/i)
    // The stored paper keeps the text as written (plain text, for textContent), not as markup to trust.
    expect(hit!.paper.title).toBe('Quartz Attention <script>alert("title")</script>')
    reportCounts('hostile digest highlights', hits, 0)
  })

  it('highlights of random hostile papers and queries contain only <mark> markup', () => {
    let inputs = 0
    let hits = 0
    fc.assert(
      fc.property(hostileString(10), hostileString(20), hostileString(4), (title, summary, query) => {
        inputs++
        const paper: Paper = {
          ...papers[0]!,
          title: `${title} <b onmouseover="x">bold</b>`,
          summary: { text: `${summary} <script>x</script> ${query}`, bullets: [summary], sections: [] },
          authors: [`<svg onload=alert(1)>${title.slice(0, 5)}`],
        }
        const index = buildIndex([paper])
        for (const q of [query, title, 'script', 'bold onmouseover']) {
          let results
          try {
            results = index.search(q, { highlight: true, prefix: true })
          } catch {
            continue // invalid query syntax: typed error, covered by query-search.test.ts
          }
          for (const hit of results.hits) {
            hits++
            checkHit(hit)
          }
        }
      }),
      { numRuns: 100, seed: 91 },
    )
    reportCounts('hostile highlight property', inputs, 0, `${hits} highlighted hits checked`)
  })
})
