import { MAX_LABEL_LENGTH } from './defaults.js'
import { cleanText } from './clean-text.js'

// Over the raw Markdown of one bullet's first line. Emphasis markers (1-3 `*` or `_`) open the line;
// the colon may sit inside (`**Label:**`) or after (`**Label**:`); closing markers may be unbalanced
// (`***Label*:`).
const EMPHASIZED_LABEL = /^(?:\*{1,3}|_{1,3})\s*([^*_:：\n]+?)\s*([:：]?)\s*(?:\*{1,3}|_{1,3})\s*([:：]?)/
const PLAIN_KNOWN_LABEL = /^(what[’'`]?s\s+new|technical\s+details|performance\s+highlights)\s*[:：]/i

/**
 * The label of a summary bullet written as `**Label**: text` (any of the emphasis styles the digests
 * use), or null. The label must end with a colon, so emphasis that merely starts a sentence is not
 * a label. The three well-known labels are also recognized without emphasis (`What's New: ...`).
 *
 * @example
 * labelOfBulletSource("***What's New***: 새로운 방법") // "What's New"
 * labelOfBulletSource('***Technical Details*: 세부') // 'Technical Details'
 * labelOfBulletSource('**굵게** 시작하는 문장') // null
 */
export function labelOfBulletSource(firstLine: string): string | null {
  const line = firstLine.trim()
  const emphasized = EMPHASIZED_LABEL.exec(line)
  if (emphasized && (emphasized[2] || emphasized[3])) {
    const label = cleanText(emphasized[1]!)
    return label.length > 0 && label.length <= MAX_LABEL_LENGTH ? label : null
  }
  const plain = PLAIN_KNOWN_LABEL.exec(line)
  return plain ? cleanText(plain[1]!) : null
}

/**
 * Removes a label and its colon from the front of a bullet's plain text (where parsing left stray
 * emphasis markers around it), giving the section's body.
 *
 * @example
 * stripLabel("*What's New: 새로운 방법", "What's New") // '새로운 방법'
 */
export function stripLabel(plainText: string, label: string): string {
  const text = plainText.replace(/^[\s*_]+/, '')
  if (!text.startsWith(label)) return plainText.trim()
  return text.slice(label.length).replace(/^[\s*_]*[:：]?[\s*_]*/, '').trim()
}

/**
 * A stable camelCase key for a label: apostrophes dropped (straight or curly), words split on
 * anything that is not a letter or digit, first word lower-cased, later words capitalized.
 * Hangul has no case, so Korean labels keep their words.
 *
 * @example
 * sectionKey("What’s New") // 'whatsNew'
 * sectionKey('Technical Details - Related Work') // 'technicalDetailsRelatedWork'
 * sectionKey('Group Query Attention(GQA)') // 'groupQueryAttentionGqa'
 * sectionKey('프로젝터 (Projector)') // '프로젝터Projector'
 */
export function sectionKey(label: string): string {
  const words = label
    .replace(/[’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
  return words
    .map((word, i) => {
      const lower = word.toLowerCase()
      return i === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1)
    })
    .join('')
}

/**
 * Normalizes a displayed label: the curly apostrophe becomes a straight one so `What’s New` and
 * `What's New` read the same.
 */
export function normalizeLabel(label: string): string {
  return label.replace(/[’`]/g, "'")
}
