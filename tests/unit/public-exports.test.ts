// Pins the exact runtime exports of each entry point: adding or removing a public name is a deliberate,
// reviewed change to this list (and to the README's API section).
import { describe, expect, it } from 'vitest'

const expected: Record<string, string[]> = {
  hanseek: [
    'AnalyzerError', 'DEFAULT_ANALYZER_OPTIONS', 'DEFAULT_FIELD_BOOSTS', 'DEFAULT_PRIORS',
    'ENGLISH_STOP_WORDS', 'FORMAT_NAME', 'FORMAT_VERSION', 'HANSEEK_KO', 'HANSEEK_KO_VERSION',
    'HanseekError', 'INDEX_FIELDS', 'IndexFormatError', 'OptionsError', 'PaperIndex', 'QuerySyntaxError',
    'SynonymMatcher', 'analyzeEojeol', 'attachSynonyms', 'charGrams', 'choseongOf', 'completionOf',
    'createAnalyzer', 'englishTerms', 'escapeHtml', 'formatQuery', 'getAnalyzer',
    'highlightHit', 'listAnalyzers', 'loadIndex', 'loadIndexAsync', 'normalize', 'originalSpan', 'parseGlossary', 'parseQuery',
    'readableDescriptor', 'registerAnalyzer', 'segment',
  ],
  'hanseek/build': [
    'AMBIGUOUS_ACRONYMS', 'DEFAULT_LEXICON_LEARNING', 'GLOSSARY', 'WritablePaperIndex', 'buildIndex', 'createDefaultAnalyzer', 'learnCompoundLexicon', 'openIndex', 'summarizeGlossary',
  ],
  'hanseek/ingest': [
    'DIAGNOSTIC_SEVERITY', 'MARKDOWN_LIMITS', 'arxivIdFromUrl', 'classifyLinks', 'cleanText', 'countBySeverity', 'extractUrls',
    'formatDiagnostic', 'isCodeUrl', 'mergePapers', 'normalizeUrl', 'paperIdFromUrl', 'parseDigest', 'parseDigests',
  ],
  'hanseek/node': ['findDigestFiles', 'parseDigestPaths', 'readDigestFolder', 'readDigestInputs', 'readIndexFile', 'writeFileAtomic'],
}

const entries: Record<string, () => Promise<Record<string, unknown>>> = {
  hanseek: () => import('../../src/index.js'),
  'hanseek/build': () => import('../../src/build/index.js'),
  'hanseek/ingest': () => import('../../src/ingest/index.js'),
  'hanseek/node': () => import('../../src/node/index.js'),
}

describe('public exports', () => {
  it.each(Object.keys(entries))('%s exports exactly the pinned names', async (entry) => {
    const module = await entries[entry]!()
    expect(Object.keys(module).sort()).toEqual([...expected[entry]!].sort())
  })
})
