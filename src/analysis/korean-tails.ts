/**
 * The closed classes of Korean that follow a content stem inside an eojeol: particles (josa, stacked ones
 * included), the copula, light verbs (하다/되다/시키다/받다/…) in their conjugations, and generic verb and
 * adjective endings. Lists written from Korean grammar; surface forms are generated once at load time.
 */
import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul'

/**
 * What the syllable before a tail must look like: `C` ends in a consonant (모델+은), `V` ends in a vowel
 * (데이터+는), `L` vowel or ㄹ (모델+로, 데이터+로), `A` anything.
 */
export type TailCondition = 'C' | 'V' | 'L' | 'A'

/** What stripping the tail leaves: a noun (particles, copula, light verbs) or a predicate stem. */
export type TailKind = 'josa' | 'copula' | 'light' | 'ending'

/** Surface forms of tails grouped by the condition they put on the preceding syllable. */
type TailsByCondition = Partial<Record<TailCondition, string[]>>

export interface Tail {
  readonly condition: TailCondition
  readonly kind: TailKind
}

/** Attaches an ending to a stem; endings that start with a lone consonant jamo (ㄴ, ㄹ, ㅁ, ㅂ) become its final. */
export function attach(stem: string, ending: string): string {
  const first = ending.charAt(0)
  if (first >= 'ㄱ' && first <= 'ㅎ' && stem.length > 0) {
    const last = stem.charAt(stem.length - 1)
    const parts = disassembleCompleteCharacter(last)
    if (parts === undefined || parts.jongseong !== '') return stem + ending.slice(1)
    return stem.slice(0, -1) + combineCharacter(parts.choseong, parts.jungseong, first) + ending.slice(1)
  }
  return stem + ending
}

/** Endings after a vowel-final predicate stem (하-, 되-, 시키-). */
const ENDINGS_AFTER_VOWEL = [
  '다', 'ㄴ다', 'ㅂ니다', 'ㅂ니까', '며', '면서', '고', '고자', '고는', '고도', '면', '는', 'ㄴ', 'ㄹ', 'ㅁ', 'ㅁ으로써', 'ㅁ에', 'ㅁ을', 'ㅁ은',
  'ㅁ이', 'ㅁ과', 'ㅁ의', '기', '기에', '기로', '기도', '기는', '기를', '기가', '기의', '기와', '기위해', '기위한', '기까지', '기보다', '기에는', '게', '게끔',
  '도록', '지', '지만', '지도', '지는', '지않', '려', '려고', '려는', '려면', '자', '자는', '는데', 'ㄴ데', 'ㄴ다는', 'ㄴ다고', 'ㄴ다면', 'ㄴ다며',
  'ㄴ다거나', 'ㄴ다든지', '는지', 'ㄴ지', 'ㄹ지', '나', '나요', '냐', '는가', '는가요', 'ㄴ가', 'ㄴ가요', 'ㄹ까', 'ㄹ까요', 'ㄹ수', 'ㄹ때', 'ㄹ지라도',
  '세요', '십시오', '시오', '겠다', '겠습니다', '겠지만', '겠는가', '므로', '니', '니까', '죠', '지요', '던', '든', '든지', '더라도', '거나', '는지요',
  'ㄴ지요', '기때문', '기에도', 'ㄹ뿐', 'ㄹ만', 'ㄹ만한', 'ㄴ바', 'ㄴ것', 'ㄹ것', '는것', 'ㄴ채', 'ㄴ후', 'ㄹ경우', '면서도', 'ㄹ수록', '는지를', 'ㄴ지를',
]

/** Endings after a past-tense stem (했-, 됐-, 시켰-, …). */
const ENDINGS_AFTER_PAST = [
  '다', '습니다', '습니까', '으며', '고', '던', '지만', '는데', '다는', '다고', '다면', '다며', '을', '을까', '을까요', '나', '나요', '냐', '어요', '죠',
  '지요', '기에', '기', '기때문', '으나', '으므로', '음', '음을', '음에도', '는지', '는지요', '으면', '을지', '을때', '던', '거나', '는가', '는가요', '더라도',
]

/**
 * The form of a vowel-stem ending after a consonant-final stem (받-): ㄴ다 → 는다, ㄴ/ㄹ/ㅁ → 은/을/음,
 * ㅂ니다 → 습니다, and 으 before 며/면/려/세/므/니/시 (받으며, 받으면).
 */
function afterConsonant(ending: string): string {
  const first = ending.charAt(0)
  const rest = ending.slice(1)
  if (first === 'ㄴ') return (rest.startsWith('다') ? '는' : '은') + rest
  if (first === 'ㄹ') return '을' + rest
  if (first === 'ㅁ') return '음' + rest
  if (first === 'ㅂ') return '습' + rest
  return '며면려세므니시십'.includes(first) ? '으' + ending : ending
}

/** Requests typed into a search box after a verb's infinitive (설명해 줘, 찾아 주세요, 알려줄래). */
export const REQUESTS = ['줘', '줘요', '주세요', '주십시오', '줄래', '줄래요']

/** Infinitive-form endings (해/돼/시켜/받아 + …). */
const ENDINGS_AFTER_INFINITIVE = [
  '', '서', '야', '도', '요', '야만', '서는', '서도', '진다', '졌다', '지는', '지며', '지고', '진', '질', '짐', '져', '져서', '졌으며', '졌고', '졌다고', '지기',
  '지게', '지도록',
  // auxiliary verbs after the infinitive (발전해 온, 설명해 준, 개선해 나간)
  '온', '올', '왔다', '오는', '왔으며', '왔고', '준', '줄', '주는', '주고', '주며', '줬다', '준다', '간', '갈', '가는', '가고', '갔다', '나간', '나가는', '본', '보는',
  '놓은', '버린',
  // requests in a search box (설명해 줘, 비교해 주세요)
  ...REQUESTS,
]

/** A predicate stem with its past stems (했, 하였) and infinitive forms (해, 하여). */
type Conjugation = [stem: string, past: string[], infinitive: string[]]

/** Light verbs: attach to a noun and leave it as the content stem. */
const LIGHT_VERBS: Conjugation[] = [
  ['하', ['했', '하였'], ['해', '하여']],
  ['되', ['됐', '되었'], ['돼', '되어']],
  ['시키', ['시켰', '시키었'], ['시켜']],
  ['당하', ['당했', '당하였'], ['당해', '당하여']],
  ['해지', ['해졌'], ['해져']],
  ['드리', ['드렸'], ['드려']],
  // Honorific 하시다 (친절하십니다, 제안하셨다).
  ['하시', ['하셨'], ['하셔']],
]

/** Consonant-final light verbs (받다: 주목받는). */
const LIGHT_VERBS_CONSONANT: Conjugation[] = [['받', ['받았'], ['받아']]]

/** Adjectival derivation that also leaves the noun (자연스러운 → 자연). */
const LIGHT_ADJECTIVE_FORMS = [
  ...['다', '게', '고', '지', '습니다', '지만', '다는'].map((e) => '스럽' + e),
  ...['운', '워', '움', '우며', '웠다', '웠습니다', '워요', '웠어요', '웠고', '웠던', '울', '워서', '워진', '워졌다'].map((e) => '스러' + e),
]

/**
 * Case particles that can be followed by an auxiliary particle: `form after vowel/form after consonant`,
 * or one form for both.
 */
const CASE_PARTICLES = [
  '에', '에서', '에게', '에게서', '한테', '께', '로/으로', '로서/으로서', '로써/으로써', '로부터/으로부터', '와/과', '랑/이랑', '까지', '부터', '보다',
  '처럼', '만', '마다', '만큼', '에서부터', '께서', '뿐', '에로', '같이', '보다도', '로의/으로의', '끼리', '밖에', '만으로',
].map((forms) => forms.split('/'))

/**
 * Auxiliary particles that may follow a case particle (에서+는, 으로서+의, 까지+도). The subject and object
 * particles are not among them: after 랑, 과, 에, 로 … they do not occur, and reading them there cut nouns
 * (사랑을 is 사랑+을, not 사+랑을; 회로를 is 회로+를).
 */
const AUXILIARY_PARTICLES = ['', '는', '은', '도', '만', '의', '까지', '조차', '마저', '나', '이나', '라도', '이라도', '부터', '만이', '만을']

/** Standalone particles, by the condition on the preceding syllable. */
const SIMPLE_PARTICLES: TailsByCondition = {
  C: ['이', '은', '을', '이나', '이라도', '이든지', '이든', '이야말로', '이자'],
  V: ['가', '는', '를', '나', '라도', '든지', '든', '야말로'],
  A: ['의', '도', '조차', '마저', '마다', '만이', '만을', '까지를'],
}

/** Copula endings, used as `이`+ending after any noun; the first list also contracted after a vowel (데이터라는). */
const COPULA_ENDINGS_CONTRACTING = [
  '다', '며', '라면서', 'ㄴ', '라는', '라고', '라', '란', '라면', 'ㄴ데', 'ㄴ지', 'ㄴ가', 'ㄴ가요', '라서', 'ㄴ지요', 'ㄴ데도', 'ㄴ가를', 'ㄴ지를', 'ㄴ데요',
]
const COPULA_ENDINGS = [
  '고', '자', 'ㅁ', '지만', '므로', '어서', '었다', '었으며', '었고', '었던', '던', '기', '기에', '기도', '면', '니', 'ㄹ까', 'ㄹ까요', 'ㅂ니다', 'ㅂ니까',
  '죠', '에요', 'ㄹ지', 'ㄹ', '든', '지요', '었을까', '었습니다', '었는데', 'ㅁ을', 'ㅁ에도', '었어요',
  // 이였- is a common misspelling of 이었- (공간이였다, 곳이였습니다)
  '였다', '였습니다', '였어요',
]
/** Contracted copula forms after a vowel (데이터였다), with 에요, the common spelling of 예요 (거리에요). */
const COPULA_CONTRACTED = ['였다', '였으며', '였고', '였던', '예요', '에요', '여서', '였습니다', '였는데', '였을까', '였어요']

/**
 * Generic predicate endings (not light verbs): stripped to reach a verb/adjective stem (있나요 → 있).
 * Only tails of two or more syllables, or single syllables with a strong verb signal, to keep nouns whole.
 */
const PREDICATE_ENDINGS: TailsByCondition = {
  C: [
    '습니다', '습니까', '는다', '으며', '으면', '으면서', '으면서도', '으므로', '는다는', '는다고', '을까', '을까요', '을지', '으나', '으니', '으려면', '으려고', '으세요',
    '는', '다', '고', '게', '지', '기', '음', '음을', '음이', '음은', '음에도',
  ],
  A: ['나요', '는가', '는가요', '는지', '는데', '지만', '도록', '겠다', '겠습니다', '다는', '다고', '다면', '였어요', '던'],
  // 고 and 게 after a vowel (채우고, 빠르게) need a stem of two syllables or more (see acceptTail); 며 and 면
  // follow a vowel or ㄹ (만들며).
  L: ['며', '면', '면서', '면서도'],
  V: ['고', '게'],
}

function addTail(map: Map<string, Tail>, form: string, condition: TailCondition, kind: TailKind): void {
  const existing = map.get(form)
  if (existing === undefined) {
    map.set(form, { condition, kind })
    return
  }
  // A form produced by two rules keeps the noun-leaving kind (the first one) and the looser condition.
  map.set(form, { condition: existing.condition === condition ? condition : 'A', kind: existing.kind === 'ending' ? kind : existing.kind })
}

function addByCondition(map: Map<string, Tail>, table: TailsByCondition, kind: TailKind): void {
  for (const [condition, forms] of Object.entries(table) as Array<[TailCondition, string[]]>) for (const form of forms) addTail(map, form, condition, kind)
}

function conjugate(map: Map<string, Tail>, verbs: Conjugation[], vowelFinal: boolean, kind: TailKind): void {
  const endings = vowelFinal ? ENDINGS_AFTER_VOWEL : ENDINGS_AFTER_VOWEL.map(afterConsonant)
  for (const [stem, pasts, infinitives] of verbs) {
    for (const e of endings) addTail(map, attach(stem, e), 'A', kind)
    for (const past of pasts) for (const e of ENDINGS_AFTER_PAST) addTail(map, past + e, 'A', kind)
    for (const infinitive of infinitives) for (const e of ENDINGS_AFTER_INFINITIVE) addTail(map, infinitive + e, 'A', kind)
  }
}

function buildNounTails(): Map<string, Tail> {
  const map = new Map<string, Tail>()
  addByCondition(map, SIMPLE_PARTICLES, 'josa')
  for (const [afterVowel = '', afterConsonant = afterVowel] of CASE_PARTICLES) {
    for (const aux of AUXILIARY_PARTICLES) {
      for (const [base, cond] of afterVowel === afterConsonant
        ? ([[afterVowel, 'A']] as Array<[string, TailCondition]>)
        : ([
            [afterVowel, afterVowel === '로' || afterVowel.startsWith('로') ? 'L' : 'V'],
            [afterConsonant, 'C'],
          ] as Array<[string, TailCondition]>)) {
        if (aux === '') {
          addTail(map, base, cond, 'josa')
          continue
        }
        const baseEndsInVowel = base.length > 0 && (base.charCodeAt(base.length - 1) - 0xac00) % 28 === 0
        // Pick the allomorph of the auxiliary that fits the case particle's own last syllable.
        const auxFits = ['는', '를', '나'].includes(aux) ? baseEndsInVowel : ['은', '을', '이나', '이'].includes(aux) ? !baseEndsInVowel : true
        if (auxFits) addTail(map, base + aux, cond, 'josa')
      }
    }
  }
  for (const ending of COPULA_ENDINGS_CONTRACTING) {
    addTail(map, attach('이', ending), 'A', 'copula')
    addTail(map, ending.charAt(0) >= 'ㄱ' && ending.charAt(0) <= 'ㅎ' ? attach('이', ending) : ending, 'V', 'copula')
  }
  for (const ending of COPULA_ENDINGS) addTail(map, attach('이', ending), 'A', 'copula')
  for (const form of COPULA_CONTRACTED) addTail(map, form, 'V', 'copula')
  // 인 (모델인, 데이터인) and 임 (모델임) after consonants only where loanwords would suffer (see guards).
  addTail(map, '인', 'A', 'copula')
  // 일 after a vowel is far more often the end of a loanword (파일, 모바일, 스타일) than a copula.
  map.set('일', { condition: 'C', kind: 'copula' })
  addTail(map, '임', 'C', 'copula')
  // Plural 들 before any particle or copula form that fits a syllable ending in ㄹ (모델들에서는, 사람들이다).
  addTail(map, '들', 'A', 'josa')
  for (const [form, tail] of [...map]) if (tail.condition !== 'V' && !form.startsWith('들')) addTail(map, '들' + form, 'A', tail.kind)
  conjugate(map, LIGHT_VERBS, true, 'light')
  conjugate(map, LIGHT_VERBS_CONSONANT, false, 'light')
  for (const form of LIGHT_ADJECTIVE_FORMS) addTail(map, form, 'A', 'light')
  return map
}

function buildPredicateTails(): Map<string, Tail> {
  const map = new Map<string, Tail>()
  addByCondition(map, PREDICATE_ENDINGS, 'ending')
  // Past tense and infinitive after any stem: 었다, 았던, 었습니다 …; 어서, 아야 ….
  for (const e of ENDINGS_AFTER_PAST) for (const past of ['었', '았']) addTail(map, past + e, 'A', 'ending')
  // 어져 is the infinitive of -어지다 (이루어져, 높아져서), whose 진/졌 forms passiveBase and the past rules reach.
  for (const e of ['서', '야', '도', '요', '져', '져서']) for (const inf of ['어', '아']) addTail(map, inf + e, 'A', 'ending')
  return map
}

/** Tails that leave a noun: particles, copula and light-verb forms, keyed by surface form. */
export const NOUN_TAILS: ReadonlyMap<string, Tail> = buildNounTails()
/** Generic predicate endings, keyed by surface form. */
export const PREDICATE_TAILS: ReadonlyMap<string, Tail> = buildPredicateTails()

function maxLength(map: ReadonlyMap<string, Tail>): number {
  let max = 0
  for (const key of map.keys()) if (key.length > max) max = key.length
  return max
}

export const MAX_NOUN_TAIL = maxLength(NOUN_TAILS)
export const MAX_PREDICATE_TAIL = maxLength(PREDICATE_TAILS)
