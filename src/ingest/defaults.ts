/**
 * Constants the ingest stages share: what a digest looks like and how links and media are told apart.
 * Gathered here so a new layout or host is a one-line change.
 */

/** Hosts whose `owner/repo` paths are source-code repositories (`links.code`). */
export const CODE_HOSTS: readonly string[] = [
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'gitee.com',
  'git.sr.ht',
  'sourceforge.net',
]

/**
 * Hugging Face repositories count as code too (models, datasets and Spaces are git repositories that
 * ship weights, data or runnable demos); other huggingface.co pages (papers, blog, an org page) do not.
 */
export const HUGGING_FACE_HOST = 'huggingface.co'

/** First path segments of huggingface.co that are not `owner/repo` model repositories. */
export const HUGGING_FACE_NON_REPO_SECTIONS: readonly string[] = [
  'papers',
  'blog',
  'docs',
  'learn',
  'collections',
  'posts',
  'organizations',
  'login',
  'join',
  'pricing',
  'chat',
  'tasks',
  'models',
  'settings',
]

/** File extensions that make a media URL a video even when written as an image (`![](x.qt)`). */
export const VIDEO_EXTENSIONS: readonly string[] = ['mp4', 'webm', 'mov', 'qt', 'm4v', 'mkv', 'ogv']

/**
 * Profile pictures of whoever submitted a paper: not paper figures, so never `Paper.media`.
 * The corpus has relative `/avatars/<hash>.svg` and absolute `cdn-avatars.huggingface.co` ones.
 */
export const AVATAR_HOSTS: readonly string[] = ['cdn-avatars.huggingface.co']
export const AVATAR_PATH_PREFIXES: readonly string[] = ['/avatars/']

/** The three labelled sections every structured summary has, copied onto `PaperSummary` by key. */
export const WELL_KNOWN_SECTION_KEYS = ['whatsNew', 'technicalDetails', 'performanceHighlights'] as const

/** Longest text accepted as a section label (`- **Label**: ...`); longer emphasis is body text. */
export const MAX_LABEL_LENGTH = 80

/** Marker in an author list meaning "and more authors" (the Hugging Face page truncates long lists). */
export const MORE_AUTHORS_MARKER = '+'

/** Hex digits of the url hash in a non-arXiv `Paper.id` (`url:` + 12 hex = 48 bits). */
export const URL_ID_HASH_LENGTH = 12
