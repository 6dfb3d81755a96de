import type { PhrasingContent } from 'mdast'
import type { PaperMedia } from '../model/paper.js'
import { parseAuthorsLine, type AuthorsLine } from './authors.js'
import { inlineText, type InlineLine } from './inline-lines.js'
import { isWatchVideoLabel, mediaFromImage, videoFromHtml, videoFromWatchVideoText } from './media.js'
import { parseVotesLine, type VotesLine } from './votes.js'

/** What one line under a paper heading is, when it is not summary text. */
export type MetadataLine =
  | { kind: 'media'; media: PaperMedia }
  /** An avatar, an empty line or a bare video wrapper: not paper media and not summary text. */
  | { kind: 'ignored' }
  | { kind: 'votes'; votes: VotesLine }
  | { kind: 'authors'; authors: AuthorsLine }
  | { kind: 'text' }

const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === ''

/**
 * Classifies one paragraph line under a paper heading: a thumbnail `![](…)`, a `[Watch Video](…)`
 * link or its unparenthesized `[Watch Video]https://…` form, an inline `<video src>`, a `Vote:` line,
 * an `Authors:` line, or summary text.
 *
 * @example
 * // for the line `Vote: 12`
 * classifyMetadataLine(line) // { kind: 'votes', votes: { kind: 'votes', votes: 12 } }
 */
export function classifyMetadataLine(line: InlineLine): MetadataLine {
  const nodes = line.nodes.filter((n) => !isBlank(n))
  if (nodes.length === 0) return { kind: 'ignored' }
  if (nodes.every((n) => n.type === 'image')) {
    for (const node of nodes) {
      const media = node.type === 'image' ? mediaFromImage(node.url) : null
      if (media) return { kind: 'media', media }
    }
    return { kind: 'ignored' }
  }
  const first = nodes[0]!
  if (nodes.length === 1 && first.type === 'link' && isWatchVideoLabel(inlineText(first.children))) {
    const media = mediaFromImage(first.url)
    if (media) return { kind: 'media', media: { kind: 'video', url: media.url } }
  }
  if (nodes.every((n) => n.type === 'html')) {
    const html = nodes.map((n) => (n.type === 'html' ? n.value : '')).join('')
    const video = videoFromHtml(html)
    if (video) return { kind: 'media', media: { kind: 'video', url: video } }
    if (/^(?:\s*<\/?(?:video|div|source)\b[^>]*>\s*)+$/i.test(html)) return { kind: 'ignored' }
  }
  const text = inlineText(nodes)
  const watch = videoFromWatchVideoText(text)
  if (watch) return { kind: 'media', media: { kind: 'video', url: watch } }
  const votes = parseVotesLine(text)
  if (votes) return { kind: 'votes', votes }
  const authors = parseAuthorsLine(text)
  if (authors) return { kind: 'authors', authors }
  return { kind: 'text' }
}
