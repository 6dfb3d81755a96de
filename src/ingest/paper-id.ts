import { URL_ID_HASH_LENGTH } from './defaults.js'

const NEW_STYLE_ID = /^(\d{4}\.\d{4,5})(?:v\d+)?$/
const OLD_STYLE_ID = /^([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/
const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org'])
const ARXIV_PATH_KINDS = new Set(['abs', 'pdf', 'html', 'format', 'ps'])

/**
 * The arXiv identifier in a URL, without version, or null when the URL is not an arXiv paper link.
 * Accepts `abs`, `pdf` (with or without `.pdf`), `html` pages, old-style ids (`hep-th/9901001`),
 * `vN` suffixes, and Hugging Face paper pages (`huggingface.co/papers/2402.09368`).
 *
 * @example
 * arxivIdFromUrl('https://arxiv.org/pdf/2402.09368v2.pdf') // '2402.09368'
 * arxivIdFromUrl('http://arxiv.org/abs/hep-th/9901001v1') // 'hep-th/9901001'
 */
export function arxivIdFromUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const host = parsed.hostname.toLowerCase()
  const segments = parsed.pathname.split('/').filter((s) => s.length > 0)
  let rest: string[]
  if (ARXIV_HOSTS.has(host) && segments.length >= 2 && ARXIV_PATH_KINDS.has(segments[0]!)) {
    rest = segments.slice(1)
  } else if ((host === 'huggingface.co' || host === 'www.huggingface.co') && segments[0] === 'papers' && segments.length >= 2) {
    rest = segments.slice(1)
  } else {
    return null
  }
  const candidate = rest.join('/').replace(/\.pdf$/i, '')
  const match = NEW_STYLE_ID.exec(candidate) ?? OLD_STYLE_ID.exec(candidate)
  return match ? match[1]! : null
}

/**
 * A URL in a canonical form for hashing: lower-case scheme and host, no `www.`, no fragment, no
 * trailing slash, and `http` treated as `https`.
 *
 * @example
 * normalizeUrl('HTTP://www.Example.com/Paper/#top') // 'https://example.com/Paper'
 */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url.trim())
    u.hash = ''
    u.protocol = 'https:'
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '')
    return u.toString().replace(/\/+$/, '')
  } catch {
    return url.trim()
  }
}

/**
 * 64-bit FNV-1a over the UTF-16 code units of a string, as 16 hex digits. Tiny and deterministic,
 * and needs no `node:crypto` (ingest must run in browsers).
 *
 * @example
 * fnv1a64('') // 'cbf29ce484222325'
 */
export function fnv1a64(text: string): string {
  // Two 32-bit halves with Math.imul-style arithmetic: fast and exact without BigInt.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i)
    // Multiply by the 64-bit FNV prime 0x100000001b3 in 16-bit limbs.
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3
    const t2 = h2 * 0x1b3
    const t3 = h3 * 0x1b3
    const c1 = t1 + (t0 >>> 16)
    const c2 = t2 + (c1 >>> 16) + (h0 << 8)
    const c3 = t3 + (c2 >>> 16) + (h1 << 8)
    h0 = t0 & 0xffff
    h1 = c1 & 0xffff
    h2 = c2 & 0xffff
    h3 = c3 & 0xffff
  }
  const hex = (n: number): string => n.toString(16).padStart(4, '0')
  return hex(h3) + hex(h2) + hex(h1) + hex(h0)
}

/**
 * The stable `Paper.id` for a paper URL: the arXiv id when there is one, else `url:` and a short
 * hash of the normalized URL.
 *
 * @example
 * paperIdFromUrl('https://arxiv.org/abs/2402.09368v3') // '2402.09368'
 * paperIdFromUrl('https://example.com/paper') // 'url:' + 12 hex digits
 */
export function paperIdFromUrl(url: string): string {
  return arxivIdFromUrl(url) ?? `url:${fnv1a64(normalizeUrl(url)).slice(0, URL_ID_HASH_LENGTH)}`
}
