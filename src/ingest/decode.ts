/** The text of a digest and the 1-based lines where its bytes were not valid UTF-8. */
export interface DecodedText {
  text: string
  invalidLines: number[]
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/**
 * Decodes digest bytes as UTF-8 (a leading BOM is dropped). Invalid sequences become U+FFFD so the
 * rest of the file still parses, and their lines are reported so the caller can emit a diagnostic.
 *
 * @example
 * decodeUtf8(new Uint8Array([0x61, 0xff, 0x0a])) // { text: 'a\uFFFD\n', invalidLines: [1] }
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  return { text: decoder.decode(bytes), invalidLines: findInvalidUtf8Lines(bytes) }
}

/**
 * Lines (1-based) holding at least one byte sequence that is not well-formed UTF-8 (overlongs,
 * surrogates and code points above U+10FFFF included), in ascending order.
 */
export function findInvalidUtf8Lines(bytes: Uint8Array): number[] {
  const lines: number[] = []
  let line = 1
  let i = 0
  const n = bytes.length
  const mark = (): void => {
    if (lines[lines.length - 1] !== line) lines.push(line)
  }
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      if (b === 0x0a) line++
      i++
      continue
    }
    let need: number
    let min: number
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = b === 0xe0 ? 0xa0 : 0x80
      if (b === 0xed) max = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = b === 0xf0 ? 0x90 : 0x80
      if (b === 0xf4) max = 0x8f
    } else {
      mark()
      i++
      continue
    }
    let j = 1
    for (; j <= need; j++) {
      const c = bytes[i + j]
      if (c === undefined) break
      const lo = j === 1 ? min : 0x80
      const hi = j === 1 ? max : 0xbf
      if (c < lo || c > hi) break
    }
    if (j <= need) {
      mark()
      i += j
    } else {
      i += need + 1
    }
  }
  return lines
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The string counterpart of {@link decodeUtf8}: a JavaScript string may hold lone UTF-16 surrogates,
 * which no UTF-8 file (and so no saved index) can store. They become U+FFFD here, as invalid bytes do,
 * so a paper reads the same before and after a save and reload; their lines are reported.
 *
 * @example
 * wellFormedText('a\uD800\nb') // { text: 'a\uFFFD\nb', invalidLines: [1] }
 */
export function wellFormedText(text: string): DecodedText {
  const invalidLines: number[] = []
  let line = 1
  let counted = 0
  const fixed = text.replace(LONE_SURROGATE, (_match, offset: number) => {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++
      counted = i + 1
    }
    if (invalidLines[invalidLines.length - 1] !== line) invalidLines.push(line)
    return '\uFFFD'
  })
  return { text: fixed, invalidLines }
}
