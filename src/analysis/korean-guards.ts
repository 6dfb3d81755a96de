/**
 * Guards against over-stripping: nouns whose last syllables look like a particle or ending. Without a
 * dictionary these are the places where a suffix rule would cut a noun (`파이프라인` is not `파이프라`+인,
 * `정확도` is not `정확`+도). Lists written for this project from common vocabulary of technical Korean.
 */

/**
 * Nouns that block stripping a tail, written without the tail itself: `['인', ['라', '메']]` stands for 라인,
 * 메인. Ends of words, so a head may be a whole noun (확도 blocks 정확도).
 */
const BLOCKING_HEADS: Array<[tail: string, heads: string[]]> = [
  // Loanwords ending in 인/임 (pipeline, domain, design, frame, game, runtime). Not 크인/트인, 크로/프로: the
  // particle after 프레임워크, 벤치마크, 에이전트, 그래프 is far more common than 체크인 or 마이크로, and those
  // analyze alike in documents and queries (마이크로 → 마이크).
  // 성과 is left to TWO_SYLLABLE_NOUNS: after a longer stem 과 is the particle (효율성과, 생성과).
  // 디자인, 블록체인, 코사인 only: after other -자/-체/-사 the 인 is the copula (연구자인, 매체인, 회사인).
  ['인', [...'라메레게바오코와타요원확승개부본입그', '디자', '록체', '코사']],
  ['임', [...'레게타네라리다직모쓰책']],
  // the noun 걸음 (발걸음을, 첫걸음이), not a verb nominalised by 음
  ['음', ['걸']],
  // Measure nouns in -도 (accuracy, similarity, reliability, complexity, resolution …). Heads that also end
  // common nouns before the particle 도 are two syllables (해상도 but 영상도, 완성도 but 효율성도); 지 stays
  // one (비지도, 자기지도 are far more common than 이미지도); two-syllable words in 도 (제도) are in TWO_SYLLABLE_NOUNS.
  ['도', [...'확뢰잡족요속감합밀련여존해각빈온강척농채심난역포지', '유사', '경사', '다용', '충실', '가능', '일치', '해상', '난이', '선호', '완성', '연관', '상관', '집중', '활용', '선명', '투명', '자유']],
  ['과', ['결']],
  // Loanwords in 지 after a consonant (edge, bridge); after ㄴ/ㅇ 지 is never a verb ending (see acceptTail).
  ['지', [...'엣릿']],
  // Loanwords in 라 (camera, infrastructure), not the contracted copula (데이터라는).
  ['라', [...'메프우페']],
  ['가', ['투자']],
  ['이', [...'길높깊넓']],
  ['나', [...'하소로시', '바나']],
  ['로', ['제대', '그대', '바', '스스', '저절', '대체']],
  // Two-syllable nouns in 의 (정의, 회의) are already kept by the minimum stem length; only longer ones here.
  ['의', ['주']],
  ['을', [...'마가노']],
  // Not 유/소/상: 공유한, 고유한, 사소한, 이상한 are light-verb forms (two-syllable 유한, 상한 stay whole anyway).
  ['한', [...'제권무한', '최대', '최소']],
  // Not 역: 번역할 is 번역 + 할 (역할 alone stays whole by the length rule).
  ['할', ['분']],
  ['함', ['포']],
  // Nouns that end compounds (언어이해, 행렬분해); not 장/견/요/과: 확장해, 발견해, 필요해, 통과해 are light verbs.
  ['해', [...'이피분저침']],
  ['고', [...'참최광보재사']],
  ['기', ['크']],
  ['다', [...'바판', '아젠', '스칸']],
  // Not 자/수: 사용자만, 매개변수만 are noun + 만.
  ['만', [...'불미백천억']],
]

/** Words spelled as heads grouped by the syllables that end them (`['도', ['정', '계']]`: 정도, 계도). */
function withTails(table: Array<[tail: string, heads: string[]]>): string[] {
  return table.flatMap(([tail, heads]) => heads.map((head) => head + tail))
}

/** Word endings that block stripping the given tail (keyed by tail). 은 is blocked by the same nouns as 을. */
export const BLOCKED_ENDINGS: ReadonlyMap<string, readonly string[]> = new Map(
  BLOCKING_HEADS.flatMap(([tail, heads]) => {
    const words = heads.map((head) => head + tail)
    return tail === '을' ? [[tail, words] as const, ['은', words] as const] : [[tail, words] as const]
  }),
)

/**
 * Two-syllable nouns whose second syllable is also a particle: kept whole, because one-syllable nouns may
 * otherwise lose a particle (방이 → 방, 씨의 → 씨). Only nouns the tail's condition lets through are listed:
 * 평가, 효과 need no entry (가 needs a vowel before it, 과 a consonant).
 */
export const TWO_SYLLABLE_NOUNS: ReadonlySet<string> = new Set(
  withTails([
    ['의', [...'정회논합동강의모창협질유결건편문신제거임']],
    ['가', [...'추부대주시고호도여휴']],
    ['이', [...'놀먹같많굳없닭전변']],
    ['도', [...'정계궤부사상호성관중용명고유신양순적진한시의태제인습위경조보별주']],
    // nouns that look like a one-syllable verb with an ending (탐+지, 잡+음)
    ['지', [...'탐감금억']],
    ['음', [...'잡믿웃얼걸울죽녹발']],
    ['기', [...'악식']],
    ['과', [...'결성통경학인일전']],
    ['와', [...'기가']],
    // 로 needs a vowel before it too, but 서로 and 회로 are words (서로의, 회로는), not 서+로의
    ['로', [...'서회']],
  ]),
)

/** Syllables that end a noun as a derivational suffix whose base is also a useful term. */
export const DERIVATION_ALTERNATIVES = new Set(['성', '화'])

/** Nouns in -성/-화/-적/-상/-식 that are not base+suffix (생성 is not 생+성; 강화 is not 강+화; 동영상 is not 동영+상). */
export const BLOCKED_DERIVATIONS: readonly string[] = withTails([
  ['성', [...'생구합형작완달편속특음개양가변감이중']],
  ['화', [...'변대문영전강평동진조소심회만통정']],
  ['상', [...'영정']],
  // a loanword that only ends like a loanword + 식 (클래식 is no 클래 + 식, as 피라미드식 is 피라미드 + 식)
  ['식', [...'래']],
  // Only nouns in 적 that also end longer nouns (학습목적, 객체추적); not 공/전/실/표/기/성: 성공적, 도전적,
  // 현실적, 대표적, 장기적, 생성적 are base + 적 (the two-syllable nouns are kept by the length rule anyway).
  ['적', [...'목흔누최축추면적', '다목']],
])

/**
 * Function words that carry no search meaning on their own (after stemming). Kept small: BM25 already
 * discounts frequent terms; these are the ones that are pure grammar. Forms that strip to a listed stem
 * (있는 → 있, 이를 → 이, 또는 → 또) or are grammar as a whole (하지만, 이다) need no entry.
 */
export const KOREAN_STOP_WORDS = new Set([
  '것', '수', '등', '및', '이', '그', '저', '더', '또', '또한', '그리고', '그러나', '따라서', '즉', '이러한', '이런', '그러한', '그런', '이것', '그것',
  '하', '되', '있', '없', '위해', '위한', '통해', '통한', '대해', '대한', '관한', '관해', '따라', '따른', '인해', '인한', '의해', '의한', '같은', '같이',
  '어떻게', '어떻', '무엇', '어떤', '왜', '어디', '누가', '언제', '얼마나', '얼마', '몇', '누구', '어느', '어떠하', '가장', '매우', '중', '뿐', '데', '바', '듯', '통', '위', '대', '관',
  '인', '않', '않고', '못', '잘', '각', '모든', '이로', '때문', '그래', '중인', '건', '걸', '아니라', '아닌', '여러', '다른', '한편', '특히', '혹은',
  // stems of the grammaticalised verbs behind 위해, 대해, 통해 … (위하여, 대하여서)
  '위하', '대하', '통하', '관하', '의하', '인하', '비하',
  // requests typed into a search box (설명해 주세요)
  '주세요', '줘', '줘요', '좀', '궁금', '무슨', '거',
])
