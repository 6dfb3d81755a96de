/** Defaults of the analysis area, gathered in one place. */

/** Registry name of the built-in Korean + English analyzer. */
export const HANSEEK_KO = 'hanseek-ko'

/** Version of `hanseek-ko`; bump whenever any stage changes the terms produced for some input. */
export const HANSEEK_KO_VERSION = '6'

/** Options of `createAnalyzer` (plain JSON; recorded in the index). */
export interface AnalyzerOptions {
  /** Size of the Hangul character grams of the `gram` view; 0 turns the gram view off. Default 2. */
  grams?: number
  /** Porter-stem English words. Default true. */
  stemEnglish?: boolean
  /** Also emit 2+2 parts of 4-syllable Korean noun stems (`언어모델` → `언어`, `모델`). Default true. */
  splitCompounds?: boolean
  /**
   * Query time only: expand query words with the forms of `glossary` (`QueryWord.synonyms`:
   * `전문가 혼합` ↔ `MoE`, `mixture of experts`). Index terms do not depend on it, so the descriptor
   * records it only when off, and indexes built before the option existed still load. Default true.
   */
  synonyms?: boolean
  /**
   * Query time only: the synonym glossary as data, one group of equivalent forms per line, forms separated
   * by `|` (the format of the built-in `GLOSSARY`). Recorded in the descriptor (and so in every index
   * file) when synonyms are on, so a loaded index expands queries exactly as it did when built, and the
   * query-side bundle never carries a glossary of its own. `createAnalyzer` defaults to none;
   * `createDefaultAnalyzer` and `buildIndex` default to the built-in `GLOSSARY`.
   *
   * @example
   * createAnalyzer({ glossary: 'retrieval-augmented generation|RAG|검색 증강 생성' })
   */
  glossary?: string
  /**
   * Noun stems known from the collection, separated by spaces (what `learnCompoundLexicon` returns for the
   * texts being indexed). With it a compound stem also gives its lexicon parts (`버스정류장` → `버스`,
   * `정류장`) instead of the fixed-length guesses of `splitCompounds`, and a known noun keeps a last
   * syllable that looks like a particle (`경기도`). Changes index terms, so it is recorded in the
   * descriptor (and index file) when not empty. Default `''` (no lexicon).
   *
   * @example
   * createAnalyzer({ lexicon: learnCompoundLexicon(texts) })
   */
  lexicon?: string
}

/** Default option values of `hanseek-ko`. */
export const DEFAULT_ANALYZER_OPTIONS: Readonly<Required<AnalyzerOptions>> = Object.freeze({
  grams: 2,
  stemEnglish: true,
  splitCompounds: true,
  synonyms: true,
  glossary: '',
  lexicon: '',
})

/** log2 of the slot count of the per-analyzer eojeol cache (2^17 slots: ~98k words before it starts over). */
export const EOJEOL_CACHE_BITS = 17
