/**
 * A short stand-in for a glossary recorded in an analyzer descriptor, for output meant to be read (stats,
 * error messages): the glossary text itself is tens of kilobytes.
 */
import { parseGlossary } from './synonyms.js'
import type { AnalyzerDescriptor } from './types.js'

/** What identifies a glossary at a glance. */
export interface GlossarySummary {
  /** Groups of equivalent forms (lines with two or more forms). */
  groups: number
  /** Length of the text in UTF-16 code units. */
  chars: number
  /** FNV-1a 32-bit hash of the text, as 8 hex digits: equal glossaries have equal hashes. */
  hash: string
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(16).padStart(8, '0')
}

/**
 * Group count, length and hash of a glossary text.
 *
 * @example
 * summarizeGlossary('reinforcement learning|RL|강화학습\nLLM|대규모 언어 모델') // { groups: 2, chars: 43, hash: '…' }
 */
export function summarizeGlossary(text: string): GlossarySummary {
  return { groups: parseGlossary(text).length, chars: text.length, hash: fnv1a(text) }
}

/**
 * The descriptor with a recorded glossary text replaced by its summary; any other descriptor as is.
 *
 * @example
 * readableDescriptor(buildIndex(papers).analyzer).options.glossary // { groups: 720, chars: 32105, hash: '…' }
 */
export function readableDescriptor(descriptor: AnalyzerDescriptor): AnalyzerDescriptor {
  const glossary = descriptor?.options?.glossary
  if (typeof glossary !== 'string') return descriptor
  return { ...descriptor, options: { ...descriptor.options, glossary: summarizeGlossary(glossary) } }
}
