/**
 * Closed classes of Korean word formation used to split compound noun stems without a dictionary:
 * productive one-syllable suffix nouns (Sino-Korean bound roots that attach to a two-syllable noun:
 * 효율+성, 사실+상, 대표+팀) and prefixes (재+학습, 불+균형). Written from Korean grammar, not from data.
 */

/**
 * One-syllable suffixes after which a 3-syllable noun is read as noun + suffix. Only suffixes that
 * rarely end a 3-syllable word of their own kind are listed (-자, -기, -장, -실 end 과학자, 전동기, 운동장
 * as whole words far more often, and -간, -계, -용, -역 end names and whole words such as 실시간, 부작용,
 * so they are left out).
 */
export const NOUN_SUFFIXES: ReadonlySet<string> = new Set(['성', '화', '상', '중', '별', '님', '권', '률', '율', '층', '론', '팀', '류', '측', '생'])

/** One-syllable prefixes before which a 3-syllable noun is read as prefix + noun (재학습, 불균형, 탈중앙). */
export const NOUN_PREFIXES: ReadonlySet<string> = new Set(['재', '불', '탈', '핵'])

/** Determiners (and the lexicalised adnominal 지난) that fuse with a following time/place noun: 이날, 지난해. */
export const DETERMINERS: readonly string[] = ['이', '그', '저', '요', '첫', '몇', '매', '각', '온', '한', '지난', '이런', '그런', '저런', '다른', '모든', '어느']

/** Time, place and counting nouns a determiner fuses with (이날, 그동안, 이곳, 이번, 지난달). */
export const DETERMINED_NOUNS: ReadonlySet<string> = new Set(['날', '달', '해', '주', '때', '곳', '번', '쪽', '동안', '쯤'])

/** Determiner + noun spellings that are words of their own (이해 'understanding', 저주, 저해, 각주). */
export const NOT_DETERMINED: ReadonlySet<string> = new Set(['이해', '이주', '저주', '저해', '각주', '요주', '한주', '한해', '온달', '그해'])
