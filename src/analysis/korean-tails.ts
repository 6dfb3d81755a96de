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
  'ㄴ지요', '기때문', '기에도', 'ㄹ뿐', 'ㄹ만', 'ㄹ만한', 'ㄴ바', 'ㄴ것', 'ㄹ것', '는것', 'ㄴ채', 'ㄴ후', 'ㄹ경우',
]

/** Endings after a past-tense stem (했-, 됐-, 시켰-, …). */
const ENDINGS_AFTER_PAST = [
  '다', '습니다', '습니까', '으며', '고', '던', '지만', '는데', '다는', '다고', '다면', '다며', '을', '을까', '을까요', '나', '나요', '냐', '어요', '죠',
  '지요', '기에', '기', '기때문', '으나', '으므로', '음', '음을', '음에도', '는지', '는지요', '으면', '을지', '을때', '던', '거나', '는가', '는가요', '더라도',
]

/** Endings after a consonant-final predicate stem (받-, 있-, 없-). */
const ENDINGS_AFTER_CONSONANT = [
  '다', '는다', '습니다', '습니까', '으며', '으면서', '고', '고자', '으면', '는', '은', '을', '음', '음을', '음에도', '기', '기에', '기도', '기는', '기를',
  '기위해', '게', '도록', '지', '지만', '지않', '으려', '으려고', '으려는', '는데', '은데', '는다는', '는다고', '는다면', '는지', '은지', '을지', '나',
  '나요', '냐', '는가', '는가요', '은가', '을까', '을까요', '으세요', '겠다', '겠습니다', '으므로', '으니', '죠', '지요', '던', '든지', '더라도', '거나',
  '을수', '을때', '은후', '을경우',
]

/** Infinitive-form endings (해/돼/시켜/받아 + …). */
const ENDINGS_AFTER_INFINITIVE = [
  '', '서', '야', '도', '요', '야만', '서는', '서도', '진다', '졌다', '지는', '지며', '지고', '진', '질', '짐', '져', '져서', '졌으며', '졌고', '졌다고', '지기',
  '지게', '지도록',
  // auxiliary verbs after the infinitive (발전해 온, 설명해 준, 개선해 나간)
  '온', '올', '왔다', '오는', '왔으며', '왔고', '준', '줄', '주는', '주고', '주며', '줬다', '준다', '간', '갈', '가는', '가고', '갔다', '나간', '나가는', '본', '보는',
  '놓은', '버린',
]

interface Conjugation {
  /** Plain stem before vowel/consonant endings. */
  stem: string
  /** Past stems (했, 하였). */
  past: string[]
  /** Infinitive forms (해, 하여). */
  infinitive: string[]
}

/** Light verbs: attach to a noun and leave it as the content stem. */
const LIGHT_VERBS: Conjugation[] = [
  { stem: '하', past: ['했', '하였'], infinitive: ['해', '하여'] },
  { stem: '되', past: ['됐', '되었'], infinitive: ['돼', '되어'] },
  { stem: '시키', past: ['시켰', '시키었'], infinitive: ['시켜'] },
  { stem: '당하', past: ['당했', '당하였'], infinitive: ['당해', '당하여'] },
  { stem: '해지', past: ['해졌'], infinitive: ['해져'] },
  { stem: '드리', past: ['드렸'], infinitive: ['드려'] },
  // Honorific 하시다 (친절하십니다, 제안하셨다).
  { stem: '하시', past: ['하셨'], infinitive: ['하셔'] },
]

/** Consonant-final light verbs (받다: 주목받는). */
const LIGHT_VERBS_CONSONANT: Conjugation[] = [{ stem: '받', past: ['받았'], infinitive: ['받아'] }]

/** Adjectival derivation that also leaves the noun (자연스러운 → 자연). */
const LIGHT_ADJECTIVE_FORMS = [
  '스럽다', '스러운', '스럽게', '스러워', '스러움', '스럽고', '스러우며', '스럽지', '스러웠다', '스럽습니다', '스러웠습니다', '스러워요',
  '스러웠어요', '스러웠고', '스러웠던', '스러울', '스럽지만', '스럽다는', '스러워서', '스러워진', '스러워졌다',
]

/** Case particles that can be followed by an auxiliary particle; [form after vowel, form after consonant]. */
const CASE_PARTICLES: Array<[string, string, TailCondition]> = [
  ['에', '에', 'A'], ['에서', '에서', 'A'], ['에게', '에게', 'A'], ['에게서', '에게서', 'A'], ['한테', '한테', 'A'], ['께', '께', 'A'],
  ['로', '으로', 'A'], ['로서', '으로서', 'A'], ['로써', '으로써', 'A'], ['로부터', '으로부터', 'A'], ['와', '과', 'A'], ['랑', '이랑', 'A'],
  ['까지', '까지', 'A'], ['부터', '부터', 'A'], ['보다', '보다', 'A'], ['처럼', '처럼', 'A'], ['만', '만', 'A'], ['마다', '마다', 'A'],
  ['만큼', '만큼', 'A'], ['에서부터', '에서부터', 'A'], ['께서', '께서', 'A'], ['뿐', '뿐', 'A'], ['에로', '에로', 'A'],
  ['같이', '같이', 'A'], ['보다도', '보다도', 'A'], ['로의', '으로의', 'A'], ['끼리', '끼리', 'A'], ['밖에', '밖에', 'A'],
]

/** Auxiliary particles that may follow a case particle (에서+는, 으로서+의, 까지+도). */
const AUXILIARY_PARTICLES = ['', '는', '은', '도', '만', '의', '까지', '조차', '마저', '나', '이나', '라도', '이라도', '부터', '만이', '만을', '이', '을', '를']

/** Standalone particles with the condition on the preceding syllable. */
const SIMPLE_PARTICLES: Array<[string, TailCondition]> = [
  ['이', 'C'], ['가', 'V'], ['은', 'C'], ['는', 'V'], ['을', 'C'], ['를', 'V'], ['의', 'A'], ['도', 'A'], ['이나', 'C'], ['나', 'V'],
  ['조차', 'A'], ['마저', 'A'], ['라도', 'V'], ['이라도', 'C'], ['든지', 'V'], ['이든지', 'C'], ['이든', 'C'], ['든', 'V'], ['야말로', 'V'],
  ['이야말로', 'C'], ['들', 'A'], ['들이', 'A'], ['들은', 'A'], ['들을', 'A'], ['들의', 'A'], ['들과', 'A'], ['들에', 'A'], ['들에게', 'A'],
  ['들로', 'A'], ['들도', 'A'], ['들만', 'A'], ['들에서', 'A'], ['들이다', 'A'], ['들보다', 'A'], ['들처럼', 'A'], ['들까지', 'A'], ['들로부터', 'A'],
  ['들과의', 'A'], ['들에서의', 'A'], ['들에서는', 'A'], ['들로서', 'A'], ['들로써', 'A'], ['들인', 'A'], ['들이며', 'A'], ['들이고', 'A'],
  ['이자', 'C'], ['마다', 'A'],
]

/** Copula endings; each is used as `이`+ending after any noun and, where listed, contracted after a vowel. */
const COPULA_ENDINGS: Array<[string, boolean]> = [
  ['다', true], ['며', true], ['고', false], ['자', false], ['ㄴ', true], ['ㅁ', false], ['라는', true], ['라고', true], ['라', true], ['란', true],
  ['라면', true], ['지만', false], ['므로', false], ['어서', false], ['었다', false], ['었으며', false], ['었고', false], ['었던', false], ['던', false],
  ['기', false], ['기에', false], ['기도', false], ['면', false], ['니', false], ['ㄴ데', true], ['ㄴ지', true], ['ㄴ가', true], ['ㄴ가요', true],
  ['ㄹ까', false], ['ㄹ까요', false], ['ㅂ니다', false], ['ㅂ니까', false], ['죠', false], ['에요', false], ['ㄹ지', false], ['ㄹ', false],
  ['든', false], ['라서', true], ['ㄴ지요', true], ['ㄴ데도', true], ['지요', false], ['ㄴ가를', true], ['ㄴ지를', true], ['었을까', false],
  ['었습니다', false], ['었는데', false], ['ㄴ데요', true],
]
/** Contracted copula forms after a vowel (데이터였다). */
const COPULA_CONTRACTED = ['였다', '였으며', '였고', '였던', '예요', '여서', '였습니다', '였는데', '였을까']

/**
 * Generic predicate endings (not light verbs): stripped to reach a verb/adjective stem (있나요 → 있).
 * Only tails of two or more syllables, or single syllables with a strong verb signal, to keep nouns whole.
 */
const PREDICATE_ENDINGS: Array<[string, TailCondition]> = [
  ['습니다', 'C'], ['습니까', 'C'], ['는다', 'C'], ['나요', 'A'], ['는가', 'A'], ['는가요', 'A'], ['는지', 'A'], ['는데', 'A'], ['으며', 'C'],
  ['으면', 'C'], ['으므로', 'C'], ['는다는', 'C'], ['는다고', 'C'], ['었다', 'A'], ['았다', 'A'], ['었으며', 'A'], ['았으며', 'A'], ['었고', 'A'],
  ['았고', 'A'], ['었던', 'A'], ['았던', 'A'], ['었습니다', 'A'], ['았습니다', 'A'], ['었는데', 'A'], ['았는데', 'A'], ['었을까', 'A'], ['았을까', 'A'],
  ['었나요', 'A'], ['았나요', 'A'], ['을까', 'C'], ['을까요', 'C'], ['을지', 'C'], ['지만', 'A'], ['도록', 'A'], ['으나', 'C'], ['으니', 'C'],
  ['으려면', 'C'], ['으려고', 'C'], ['으세요', 'C'], ['겠다', 'A'], ['겠습니다', 'A'], ['다는', 'A'], ['다고', 'A'], ['다면', 'A'], ['었다는', 'A'],
  ['았다는', 'A'], ['었다고', 'A'], ['았다고', 'A'], ['어서', 'A'], ['아서', 'A'], ['어야', 'A'], ['아야', 'A'], ['어도', 'A'], ['아도', 'A'],
  ['어요', 'A'], ['아요', 'A'], ['었어요', 'A'], ['았어요', 'A'], ['였어요', 'A'], ['었지만', 'A'], ['았지만', 'A'], ['었으나', 'A'], ['았으나', 'A'], ['는', 'C'], ['다', 'C'], ['고', 'C'], ['게', 'C'], ['지', 'C'], ['기', 'C'], ['음', 'C'], ['던', 'A'], ['며', 'V'],
  ['면', 'V'], ['ㄴ다', 'V'], ['ㅂ니다', 'V'], ['ㄴ가요', 'V'], ['ㄹ까', 'V'], ['ㄹ까요', 'V'], ['ㄴ데', 'V'], ['ㄴ지', 'V'],
]

function addTail(map: Map<string, Tail>, form: string, condition: TailCondition, kind: TailKind): void {
  const existing = map.get(form)
  if (existing === undefined) {
    map.set(form, { condition, kind })
    return
  }
  // A form produced by two rules keeps the noun-leaving kind and the looser condition.
  const nounKinds: TailKind[] = ['josa', 'copula', 'light']
  const kindRank = (k: TailKind) => (nounKinds.includes(k) ? 0 : 1)
  const keepKind = kindRank(existing.kind) <= kindRank(kind) ? existing.kind : kind
  const cond = existing.condition === condition ? condition : 'A'
  map.set(form, { condition: cond, kind: keepKind })
}

function conjugate(map: Map<string, Tail>, verbs: Conjugation[], vowelFinal: boolean, kind: TailKind): void {
  const endings = vowelFinal ? ENDINGS_AFTER_VOWEL : ENDINGS_AFTER_CONSONANT
  for (const v of verbs) {
    for (const e of endings) addTail(map, attach(v.stem, e), 'A', kind)
    for (const p of v.past) for (const e of ENDINGS_AFTER_PAST) addTail(map, p + e, 'A', kind)
    for (const inf of v.infinitive) for (const e of ENDINGS_AFTER_INFINITIVE) addTail(map, inf + e, 'A', kind)
  }
}

function buildNounTails(): Map<string, Tail> {
  const map = new Map<string, Tail>()
  for (const [form, cond] of SIMPLE_PARTICLES) addTail(map, form, cond, 'josa')
  for (const [afterVowel, afterConsonant] of CASE_PARTICLES) {
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
        const auxFits =
          aux === '는' || aux === '를' || aux === '나' ? baseEndsInVowel : aux === '은' || aux === '을' || aux === '이나' || aux === '이' ? !baseEndsInVowel : true
        if (auxFits) addTail(map, base + aux, cond, 'josa')
      }
    }
  }
  for (const [ending, contracts] of COPULA_ENDINGS) {
    addTail(map, attach('이', ending), 'A', 'copula')
    if (contracts) addTail(map, ending.charAt(0) >= 'ㄱ' && ending.charAt(0) <= 'ㅎ' ? attach('이', ending) : ending, 'V', 'copula')
  }
  for (const form of COPULA_CONTRACTED) addTail(map, form, 'V', 'copula')
  // 인 (모델인, 데이터인) and 임 (모델임) after consonants only where loanwords would suffer (see guards).
  addTail(map, '인', 'A', 'copula')
  // 일 after a vowel is far more often the end of a loanword (파일, 모바일, 스타일) than a copula.
  map.set('일', { condition: 'C', kind: 'copula' })
  addTail(map, '임', 'C', 'copula')
  conjugate(map, LIGHT_VERBS, true, 'light')
  conjugate(map, LIGHT_VERBS_CONSONANT, false, 'light')
  for (const form of LIGHT_ADJECTIVE_FORMS) addTail(map, form, 'A', 'light')
  return map
}

function buildPredicateTails(): Map<string, Tail> {
  const map = new Map<string, Tail>()
  for (const [form, cond] of PREDICATE_ENDINGS) {
    const first = form.charAt(0)
    if (first >= 'ㄱ' && first <= 'ㅎ') continue // batchim endings are matched by final-consonant rules
    addTail(map, form, cond, 'ending')
  }
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
