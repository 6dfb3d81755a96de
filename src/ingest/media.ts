import type { PaperMedia } from '../model/paper.js'
import { AVATAR_HOSTS, AVATAR_PATH_PREFIXES, VIDEO_EXTENSIONS } from './defaults.js'
import { isHttpUrl } from './links.js'

const VIDEO_SRC = /<video\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
const WATCH_VIDEO_TEXT = /^\[\s*watch\s+video\s*\]\s*\(?\s*(\S+?)\s*\)?$/i

/**
 * True for a submitter's profile picture rather than a paper figure: relative `/avatars/…` paths
 * and the Hugging Face avatar CDN.
 *
 * @example
 * isAvatarUrl('/avatars/3f2a.svg') // true
 */
export function isAvatarUrl(url: string): boolean {
  if (AVATAR_PATH_PREFIXES.some((prefix) => url.startsWith(prefix))) return true
  try {
    return AVATAR_HOSTS.includes(new URL(url).hostname.toLowerCase())
  } catch {
    return false
  }
}

/** True when the URL's file extension is a video format (some digests show `.qt` clips as images). */
export function hasVideoExtension(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? ''
  const dot = path.lastIndexOf('.')
  return dot >= 0 && VIDEO_EXTENSIONS.includes(path.slice(dot + 1).toLowerCase())
}

/**
 * The media an image under a paper heading stands for, or null for avatars and non-http(s) URLs.
 *
 * @example
 * mediaFromImage('https://cdn.example.com/thumb.png') // { kind: 'image', url: 'https://cdn.example.com/thumb.png' }
 * mediaFromImage('https://cdn.example.com/clip.qt') // { kind: 'video', url: 'https://cdn.example.com/clip.qt' }
 */
export function mediaFromImage(url: string): PaperMedia | null {
  const trimmed = url.trim()
  if (isAvatarUrl(trimmed) || !isHttpUrl(trimmed)) return null
  return { kind: hasVideoExtension(trimmed) ? 'video' : 'image', url: trimmed }
}

/**
 * The video URL of an HTML `<video src=…>` snippet, or null.
 *
 * @example
 * videoFromHtml('<div><video controls src="https://x.io/a.mp4"></video></div>') // 'https://x.io/a.mp4'
 */
export function videoFromHtml(html: string): string | null {
  const match = VIDEO_SRC.exec(html)
  const url = match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() : ''
  return isHttpUrl(url) ? url : null
}

/**
 * The URL of a `[Watch Video]https://…` line written without parentheses (so Markdown sees text,
 * not a link), or null.
 *
 * @example
 * videoFromWatchVideoText('[Watch Video]https://x.io/a.mp4') // 'https://x.io/a.mp4'
 */
export function videoFromWatchVideoText(line: string): string | null {
  const match = WATCH_VIDEO_TEXT.exec(line.trim())
  const url = match ? match[1]! : ''
  return isHttpUrl(url) ? url : null
}

/** True for a link whose text is `Watch Video`. */
export function isWatchVideoLabel(text: string): boolean {
  return /^\s*watch\s+video\s*$/i.test(text)
}

/**
 * Picks the paper's media among what was found under its heading: the first video wins over any
 * image (a clip says more than its poster frame), else the first image.
 */
export function pickMedia(candidates: readonly PaperMedia[]): PaperMedia | null {
  return candidates.find((m) => m.kind === 'video') ?? candidates[0] ?? null
}
