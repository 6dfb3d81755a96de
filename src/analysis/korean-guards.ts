/**
 * Guards against over-stripping: nouns whose last syllables look like a particle or ending. Without a
 * dictionary these are the places where a suffix rule would cut a noun (`파이프라인` is not `파이프라`+인,
 * `정확도` is not `정확`+도). Lists written for this project from common vocabulary of technical Korean.
 */

/** Word endings that block stripping the given tail (keyed by tail). */
export const BLOCKED_ENDINGS: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  // Loanwords ending in 인/임 (pipeline, domain, design, frame, game, runtime). Not 크인/트인, 크로/프로: the
  // particle after 프레임워크, 벤치마크, 에이전트, 그래프 is far more common than 체크인 or 마이크로, and those
  // analyze alike in documents and queries (마이크로 → 마이크).
  // 성과 is left to TWO_SYLLABLE_NOUNS: after a longer stem 과 is the particle (효율성과, 생성과).
  ['인', ['라인', '메인', '자인', '체인', '레인', '게인', '바인', '오인', '코인', '와인', '사인', '타인', '요인', '원인', '확인', '승인', '개인', '부인', '본인', '입인']],
  ['임', ['레임', '게임', '타임', '네임', '라임', '리임']],
  // Measure nouns in -도 (accuracy, similarity, reliability, complexity, resolution …).
  ['도', ['확도', '사도', '뢰도', '잡도', '족도', '상도', '이도', '호도', '요도', '속도', '감도', '합도', '성도', '밀도', '련도', '관도',
    '여도', '중도', '지도', '존도', '용도', '명도', '고도', '유도', '신도', '양도', '순도', '해도', '적도', '각도', '빈도', '온도', '강도', '척도',
    '진도', '한도', '시도', '의도', '태도', '제도', '인도', '농도', '습도', '위도', '경도', '채도', '조도', '심도', '난도', '역도', '포도', '보도']],
  ['과', ['결과']],
  ['가', ['투자가']],
  ['이', ['길이', '높이', '깊이', '넓이']],
  ['나', ['하나', '소나', '로나', '바나나', '시나']],
  ['로', ['제대로', '그대로', '바로', '스스로', '저절로', '대체로']],
  // Two-syllable nouns in 의 (정의, 회의) are already kept by the minimum stem length; only longer ones here.
  ['의', ['주의']],
  ['은', ['마을', '가을', '노을']],
  ['을', ['마을', '가을', '노을']],
  ['한', ['제한', '권한', '무한', '유한', '소한', '최대한', '최소한', '한한', '상한', '하한']],
  ['할', ['역할', '분할']],
  ['함', ['포함', '결함']],
  ['해', ['이해', '피해', '손해', '방해', '분해', '해해', '견해', '과해', '오해', '저해', '침해', '장해', '요해']],
  ['고', ['참고', '최고', '광고', '보고', '재고', '사고']],
  ['기', ['크기']],
  ['다', ['바다', '판다', '아젠다', '스칸다']],
  ['만', ['불만', '자만', '미만', '수만', '백만', '천만', '억만']],
])

/**
 * Two-syllable nouns whose second syllable is also a particle: kept whole, because one-syllable nouns may
 * otherwise lose a particle (방이 → 방, 씨의 → 씨). Only nouns the tail's condition lets through are listed:
 * 평가, 효과 need no entry (가 needs a vowel before it, 과 a consonant).
 */
export const TWO_SYLLABLE_NOUNS: ReadonlySet<string> = new Set([
  '정의', '회의', '논의', '합의', '동의', '강의', '의의', '모의', '창의', '협의', '질의', '유의', '결의', '건의', '편의', '문의', '신의', '제의', '추가',
  '부가', '대가', '주가', '시가', '고가', '호가', '도가', '여가', '휴가', '놀이', '먹이', '같이', '많이', '굳이', '없이', '닭이', '정도', '수도',
  '계도', '궤도', '부도', '결과', '성과', '통과', '경과', '학과', '인과', '일과', '전과', '기와', '가와', '거의',
])

/** Syllables that end a noun as a derivational suffix whose base is also a useful term. */
export const DERIVATION_ALTERNATIVES = new Set(['성', '화'])

/** Nouns in -성/-화/-적/-상 that are not base+suffix (생성 is not 생+성; 강화 is not 강+화; 동영상 is not 동영+상). */
export const BLOCKED_DERIVATIONS: readonly string[] = [
  '생성', '구성', '합성', '형성', '작성', '완성', '달성', '편성', '속성', '특성', '음성', '개성', '양성', '가성', '변성', '감성', '이성', '중성',
  '변화', '대화', '문화', '영화', '전화', '강화', '평화', '동화', '진화', '조화', '소화', '심화', '회화', '만화', '통화', '정화',
  '영상', '정상', '목적', '지적', '실적', '표적', '흔적', '누적', '최적', '축적', '추적', '면적', '기적', '성적', '업적', '다목적', '적적', '전적', '공적',
]

/**
 * Function words that carry no search meaning on their own (after stemming). Kept small: BM25 already
 * discounts frequent terms; these are the ones that are pure grammar. Forms that strip to a listed stem
 * (있는 → 있, 이를 → 이, 또는 → 또) or are grammar as a whole (하지만, 이다) need no entry.
 */
export const KOREAN_STOP_WORDS = new Set([
  '것', '수', '등', '및', '이', '그', '저', '더', '또', '또한', '그리고', '그러나', '따라서', '즉', '이러한', '이런', '그러한', '그런', '이것', '그것',
  '하', '되', '있', '없', '위해', '위한', '통해', '통한', '대해', '대한', '관한', '관해', '따라', '따른', '인해', '인한', '의해', '의한', '같은', '같이',
  '어떻게', '어떻', '무엇', '어떤', '왜', '어디', '누가', '언제', '얼마나', '가장', '매우', '중', '뿐', '데', '바', '듯', '통', '위', '대', '관',
  '인', '않', '못', '잘', '각', '모든', '이로', '때문', '그래', '중인', '건', '걸', '아니라', '아닌', '여러', '다른', '한편', '특히', '혹은',
])
