import { describe, expect, it } from 'vitest'
import { compoundParts, looksLikeLoanword } from '../../../src/analysis/korean-compound.js'

const parts = (stem: string) => compoundParts(stem).map(([s, e]) => stem.slice(s, e))

describe('compoundParts', () => {
  it.each([
    // 3 syllables: noun + suffix, prefix + noun, or whole
    ['사실상', ['사실', '상']], ['효율성', ['효율', '성']], ['대표팀', ['대표', '팀']], ['성공률', ['성공', '률']],
    ['재학습', ['재', '학습']], ['불균형', ['불', '균형']], ['재생성', ['재', '생성']], ['과학자', []], ['대통령', []], ['생성', []],
    // 4 syllables: 2 + 2, loanwords whole
    ['언어모델', ['언어', '모델']], ['강화학습', ['강화', '학습']], ['파이프라인', []], ['트랜스포머', []],
    // 5 syllables: 2 + 3, the 3 split again
    ['식기세척기', ['식기', '세척기']], ['자연어처리', ['자연', '어처리']], ['대규모모델', ['대규', '모모델']],
    ['지도학습론', ['지도', '학습론', '학습', '론']],
    // 6+: two-syllable parts from the left
    ['자기지도학습', ['자기', '지도', '학습']], ['영장실질심사', ['영장', '실질', '심사']], ['사전학습언어모델', ['사전', '학습', '언어', '모델']],
    ['대규모언어모델', ['대규', '모언', '어모델']],
  ])('%s → %j', (stem, expected) => {
    expect(parts(stem)).toEqual(expected)
  })

  it.each([
    // loanwords whose parts would be meaningless are kept whole; Sino-Korean (and Sino + loanword) compounds split
    ['사이버보안', []], ['파라미터', []], ['가우시안', []], ['데이터셋', []], ['하이퍼파라미터', []], ['메타데이터', []],
    ['언어모델', ['언어', '모델']], ['설문조사', ['설문', '조사']], ['강화학습', ['강화', '학습']], ['확산모델', ['확산', '모델']],
    ['상담센터', ['상담', '센터']], ['학습데이터', ['학습', '데이터']], ['검색엔진', ['검색', '엔진']],
    // a loanword with a Sino-Korean suffix: the loanword is the part (not for a Sino-Korean base: 로봇용 stays)
    ['에이전트용', ['에이전트']], ['파라미터급', ['파라미터']], ['피라미드식', ['피라미드']], ['도메인별', ['도메인']], ['헤드별', ['헤드']],
    ['스타일화', ['스타일']], ['테이블형', ['테이블']], ['모듈형', ['모듈']], ['클래식', []],
    // a head with a syllable no Hanja reads is no pair of Sino-Korean words: loanwords and native words stay
    // whole, loanword compounds too (멀티모달, 블록체인), where a blind cut mostly made junk (디노+이징)
    ['멀티모달', []], ['디노이징', []], ['엔지니어링', []], ['아이디어', []], ['옵티마이저', []], ['블록체인', []],
    ['뛰어넘어', []], ['신경회로망', ['신경', '회로망']], ['대규모언어모델', ['대규', '모언', '어모델']],
  ])('loanword or compound: %s → %j', (stem, expected) => {
    expect(parts(stem)).toEqual(expected)
  })

  it.each([
    ['트랜스포머', true], ['파이프라인', true], ['프레임워크', true], ['언어모델', false], ['케이스', true], ['데이터셋', true], ['가우시안', true],
    ['라우팅', true], ['레이어', true], ['학습데이터', false], ['좌우대칭', false], ['교육기관', false],
    ['멀티모달', true], ['인스턴스', true], ['하이퍼', true], ['대규모모델', false], ['뛰어난', false], ['벗어난', false],
  ])('looksLikeLoanword(%s) = %s', (w, expected) => {
    expect(looksLikeLoanword(w)).toBe(expected)
  })
})
