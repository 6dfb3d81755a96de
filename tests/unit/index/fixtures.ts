// Small hand-written papers for index and query tests (our own words, not corpus text).
import type { Paper } from '../../../src/model/paper.js'

interface Spec {
  id: string
  title: string
  summary: string
  date: string
  votes: number | null
  authors: string[]
  media?: 'image' | 'video'
  code?: boolean
}

const SPECS: Spec[] = [
  { id: '2401.00001', title: 'Quantization of Large Language Models', summary: '대규모 언어 모델의 양자화 방법을 제안합니다.\n4비트 양자화로 메모리를 줄입니다.', date: '2024-01-10', votes: 120, authors: ['Denny Zhou', 'Mina Park'], media: 'image', code: true },
  { id: '2401.00002', title: 'Chain of Thought Prompting Revisited', summary: '체인 오브 쏘트 프롬프팅이 추론 능력을 높이는 이유를 분석합니다.\nchain of thought 예시를 사용합니다.', date: '2024-01-20', votes: 45, authors: ['Denny Zhou', 'Jason Lee'] },
  { id: '2402.00003', title: 'Video Diffusion for Long Clips', summary: '긴 비디오 생성을 위한 확산 모델을 소개합니다.\n시간적 일관성을 유지합니다.', date: '2024-02-05', votes: 30, authors: ['Ana Silva'], media: 'video', code: true },
  { id: '2402.00004', title: 'A Survey of Reinforcement Learning Agents', summary: '강화학습 에이전트 연구를 정리한 서베이입니다.\n환경과 보상 설계를 다룹니다.', date: '2024-02-18', votes: 8, authors: ['Tom Baker', 'Mina Park'] },
  { id: '2403.00005', title: 'Efficient Transformers with Sparse Attention', summary: '희소 어텐션으로 트랜스포머의 계산량을 줄입니다.\n긴 문맥에서도 빠릅니다.', date: '2024-03-03', votes: 0, authors: ['Jason Lee'], code: true },
  { id: '2403.00006', title: 'Speech Recognition for Korean Dialects', summary: '한국어 방언 음성 인식 데이터셋과 모델을 공개합니다.\n언어모델들은 방언에 약합니다.', date: '2024-03-15', votes: null, authors: ['Jisoo Kim'] },
  { id: '2312.00007', title: 'Scaling Laws for Data Mixtures', summary: '데이터 혼합 비율에 따른 스케일링 법칙을 연구합니다.', date: '2023-12-01', votes: 60, authors: ['Tom Baker'], media: 'image' },
  { id: '2312.00008', title: 'Low-Bit Quantization Survey', summary: '저비트 양자화 기법을 비교하는 서베이입니다.\n양자화된 모델의 정확도를 측정합니다.', date: '2023-12-20', votes: 15, authors: ['Ana Silva', 'Mina Park'], code: true },
  { id: '2501.00009', title: 'Reasoning Agents with Tool Use', summary: '도구를 사용하는 추론 에이전트를 설계합니다.\n강화학습으로 도구 호출을 학습합니다.', date: '2025-01-08', votes: 200, authors: ['Jisoo Kim', 'Denny Zhou'], media: 'video' },
  { id: '2501.00010', title: 'Multilingual Retrieval Benchmarks', summary: '다국어 검색 벤치마크를 구축하고 한국어 질의를 평가합니다.', date: '2025-01-25', votes: 3, authors: ['Mina Park'] },
  { id: '2502.00011', title: 'Image Generation with Flow Matching', summary: '플로우 매칭 기반 이미지 생성 모델을 제안합니다.\n확산 모델보다 빠르게 샘플링합니다.', date: '2025-02-11', votes: 75, authors: ['Ana Silva'], media: 'image', code: true },
  { id: '2502.00012', title: 'Memory Efficient Fine-Tuning', summary: '메모리 효율적인 미세조정 기법으로 언어 모델을 학습합니다.\n양자화와 저랭크 어댑터를 결합합니다.', date: '2025-02-20', votes: 33, authors: ['Jason Lee', 'Tom Baker'] },
]

function toPaper(spec: Spec): Paper {
  const lines = spec.summary.split('\n')
  return {
    id: spec.id,
    url: `https://arxiv.org/abs/${spec.id}`,
    title: spec.title,
    date: spec.date,
    dates: [spec.date],
    votes: spec.votes,
    authors: spec.authors,
    media: spec.media ? { kind: spec.media, url: `https://example.org/${spec.id}.${spec.media === 'video' ? 'mp4' : 'png'}` } : null,
    summary: { text: spec.summary, bullets: lines, sections: [] },
    links: { code: spec.code ? [`https://github.com/example/${spec.id}`] : [], project: [] },
    source: { file: `${spec.date.replaceAll('-', '/')}.md`, line: 1 },
  }
}

/** The fixture papers (fresh objects each call). */
export function fixturePapers(): Paper[] {
  return SPECS.map(toPaper)
}

/** A paper with the given id and words, for update tests. */
export function extraPaper(id: string, title: string, summary: string, date = '2025-03-01'): Paper {
  return toPaper({ id, title, summary, date, votes: 5, authors: ['New Author'] })
}
