import type { PaperLinks } from '../model/paper.js'
import { CODE_HOSTS, HUGGING_FACE_HOST, HUGGING_FACE_NON_REPO_SECTIONS } from './defaults.js'

// Over one text node at a time. Stops at whitespace, quotes, brackets and any non-ASCII character:
// digests glue Korean particles straight onto URLs (`https://x.github.io/demo/에서`).
const URL_CANDIDATE = /https?:\/\/[!#$%&*+,\-./0-9:;=?@A-Z_a-z~()]+/g
const TRAILING_PUNCTUATION = /[.,;:!?*'"~-]+$/

/**
 * Trims what a digest glued onto the end of a URL: sentence punctuation, and closing parentheses
 * that have no opening one inside the URL (`(https://x.io)에서`).
 *
 * @example
 * trimUrl('https://x.github.io/demo/).') // 'https://x.github.io/demo/'
 */
export function trimUrl(candidate: string): string {
  let url = candidate
  for (;;) {
    const before = url
    url = url.replace(TRAILING_PUNCTUATION, '')
    if (url.endsWith(')')) {
      const opens = url.split('(').length - 1
      const closes = url.split(')').length - 1
      if (closes > opens) url = url.slice(0, -1)
    }
    if (url === before) return url
  }
}

/**
 * Every http(s) URL in a piece of plain text, trimmed (see {@link trimUrl}), in order.
 *
 * @example
 * extractUrls('코드는 https://github.com/a/b에서, 데모는 (https://a.github.io/demo).')
 * // ['https://github.com/a/b', 'https://a.github.io/demo']
 */
export function extractUrls(text: string): string[] {
  const urls: string[] = []
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0])
    if (isHttpUrl(url)) urls.push(url)
  }
  return urls
}

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false
  try {
    return new URL(url).hostname.length > 0
  } catch {
    return false
  }
}

/**
 * Whether a URL points to a code repository: `owner/repo` (at least) on a known code host
 * (GitHub, GitLab, Bitbucket, Codeberg, Gitee, SourceHut, SourceForge), or a Hugging Face
 * model, dataset or Space repository. Everything else (github.io pages, a bare GitHub profile,
 * Hugging Face paper pages, project sites) is a project link.
 *
 * @example
 * isCodeUrl('https://github.com/openai/whisper') // true
 * isCodeUrl('https://openai.github.io/whisper/') // false
 * isCodeUrl('https://huggingface.co/datasets/org/data') // true
 */
export function isCodeUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const segments = parsed.pathname.split('/').filter((s) => s.length > 0)
  if (CODE_HOSTS.includes(host)) return segments.length >= 2
  if (host === HUGGING_FACE_HOST) {
    const first = segments[0]
    if (first === undefined) return false
    if (first === 'datasets' || first === 'spaces') return segments.length >= 3
    return !HUGGING_FACE_NON_REPO_SECTIONS.includes(first) && segments.length >= 2
  }
  return false
}

/**
 * Splits URLs into code repositories and project pages, dropping duplicates and keeping first-seen
 * order within each group.
 *
 * @example
 * classifyLinks(['https://github.com/a/b', 'https://a.io', 'https://github.com/a/b'])
 * // { code: ['https://github.com/a/b'], project: ['https://a.io'] }
 */
export function classifyLinks(urls: readonly string[]): PaperLinks {
  const links: PaperLinks = { code: [], project: [] }
  const seen = new Set<string>()
  for (const url of urls) {
    if (seen.has(url)) continue
    seen.add(url)
    if (isCodeUrl(url)) links.code.push(url)
    else links.project.push(url)
  }
  return links
}
