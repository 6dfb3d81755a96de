import type { Heading, Link, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { cleanPlainText } from './clean-text.js'
import { inlineText } from './inline-lines.js'
import { extractUrls, isHttpUrl } from './links.js'

/** What a paper heading (`### [Title](url)`) gives. */
export type PaperHeading =
  | { kind: 'ok'; title: string; url: string }
  /** Readable but not in the usual form (e.g. `### 1. [Title](url)`, or a bare URL): kept, with a warning. */
  | { kind: 'recovered'; title: string; url: string; why: string }
  | { kind: 'no-link'; text: string }
  | { kind: 'bad-url'; url: string; text: string }

const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === ''

/**
 * Reads a paper heading. The usual form is a heading whose only content is a link; a heading with a
 * link among other text, or with a bare URL in its text, is recovered.
 *
 * @example
 * // for `### [Beyond A*: Planning](https://arxiv.org/abs/2402.14083)`
 * parsePaperHeading(heading) // { kind: 'ok', title: 'Beyond A*: Planning', url: 'https://arxiv.org/abs/2402.14083' }
 */
export function parsePaperHeading(heading: Heading): PaperHeading {
  const content = heading.children.filter((n) => !isBlank(n))
  const text = cleanPlainText(toString(heading))
  const links = content.filter((n): n is Link => n.type === 'link')
  const only = content.length === 1 ? links[0] : undefined
  if (only) {
    const url = only.url.trim()
    if (!isHttpUrl(url)) return { kind: 'bad-url', url, text }
    return { kind: 'ok', title: cleanPlainText(inlineText(only.children)), url }
  }
  const link = links.find((l) => isHttpUrl(l.url.trim()))
  if (link) {
    return {
      kind: 'recovered',
      title: cleanPlainText(inlineText(link.children)) || text,
      url: link.url.trim(),
      why: 'the heading has text besides its link',
    }
  }
  if (links[0]) return { kind: 'bad-url', url: links[0].url, text }
  const bare = extractUrls(text)[0]
  if (bare) {
    const title = cleanPlainText(text.replace(bare, '').replace(/[[\]()<>]/g, ' ').replace(/[\s:|-]+$/, ''))
    return { kind: 'recovered', title, url: bare, why: 'the heading has a bare URL instead of a link' }
  }
  return { kind: 'no-link', text }
}
