import { describe, expect, it } from 'vitest'
import { parseDigest } from '../../../src/ingest/index.js'
import type { Paper } from '../../../src/model/paper.js'

// Small digests written for these tests, one per layout the real corpus uses.
const day = (body: string, date = '2024-05-02'): string => `## Daily Papers (${date})\n\n${body}`

function only(markdown: string | Uint8Array, source = '2024/05/02.md'): Paper {
  const { papers, diagnostics } = parseDigest(markdown, { source })
  expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  expect(papers).toHaveLength(1)
  return papers[0]!
}

describe('parseDigest: layout variants', () => {
  it('early layout: no votes, authors or media, headings right after the last bullet', () => {
    const md = day(`### [Paper One](https://arxiv.org/abs/2311.00001)\n\n- 첫 번째 요약입니다.\n- 두 번째 요약입니다.\n### [Paper Two](https://arxiv.org/abs/2311.00002)\n\n- 또 다른 요약.\n`)
    const { papers, diagnostics } = parseDigest(md, { source: '2024/05/02.md' })
    expect(diagnostics).toEqual([])
    expect(papers.map((p) => [p.id, p.title, p.votes, p.authors, p.media, p.summary.bullets])).toEqual([
      ['2311.00001', 'Paper One', null, [], null, ['첫 번째 요약입니다.', '두 번째 요약입니다.']],
      ['2311.00002', 'Paper Two', null, [], null, ['또 다른 요약.']],
    ])
    expect(papers[0]!).toMatchObject({ date: '2024-05-02', dates: ['2024-05-02'], source: { file: '2024/05/02.md', line: 3 } })
    expect(papers[0]!.summary.text).toBe('첫 번째 요약입니다.\n두 번째 요약입니다.')
    expect(papers[0]!.summary.sections).toEqual([])
  })

  it('thumbnail, votes, comma authors', () => {
    const p = only(day(`### [T](https://arxiv.org/abs/2405.21060)\n\n![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2405.21060.png)\n\nVote: 38\n\nAuthors: Albert Gu, Tri Dao\n\n- 요약.\n`))
    expect(p.media).toEqual({ kind: 'image', url: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2405.21060.png' })
    expect(p.votes).toBe(38)
    expect(p.authors).toEqual(['Albert Gu', 'Tri Dao'])
    expect(p.moreAuthors).toBeUndefined()
  })

  it('image line directly followed by the authors line (one paragraph)', () => {
    const p = only(day(`### [T](https://arxiv.org/abs/2311.10770)\n![](https://cdn.x.co/u/fig.png)\nAuthors: Mia Hoffmann, Lukas Brenner\n\n- 요약.\n`))
    expect(p.media).toEqual({ kind: 'image', url: 'https://cdn.x.co/u/fig.png' })
    expect(p.authors).toEqual(['Mia Hoffmann', 'Lukas Brenner'])
    expect(p.summary.bullets).toEqual(['요약.'])
  })

  it('[Watch Video](url) plus an HTML <video> block', () => {
    const p = only(day(`### [T](https://arxiv.org/abs/2311.12052)\n\n[Watch Video](https://cdn.x.co/a.mp4)\n<div><video controls src="https://cdn.x.co/a.mp4" muted="false"></video></div>\n\nAuthors: A Kim\n\n- 요약.\n`))
    expect(p.media).toEqual({ kind: 'video', url: 'https://cdn.x.co/a.mp4' })
    expect(p.summary.text).toBe('요약.')
  })

  it('[Watch Video]https://... without parentheses', () => {
    const p = only(day(`### [T](https://arxiv.org/abs/2312.00001)\n\n[Watch Video]https://cdn.x.co/b.mp4\n<div><video controls src="https://cdn.x.co/b.mp4" muted="false"></video></div>\n\nVote: 3\n\nAuthors: A Kim\n\n- 요약.\n`))
    expect(p.media).toEqual({ kind: 'video', url: 'https://cdn.x.co/b.mp4' })
    expect(p.votes).toBe(3)
  })

  it("inline <video src='...'></video> paragraph", () => {
    const p = only(day(`### [T](https://arxiv.org/abs/2311.10982)\n\n<video src='https://cdn.x.co/c.mp4'></video>\n\nAuthors: A Kim\n\n- 요약.\n`))
    expect(p.media).toEqual({ kind: 'video', url: 'https://cdn.x.co/c.mp4' })
  })

  it('.qt clip written as an image is a video', () => {
    expect(only(day(`### [T](https://arxiv.org/abs/2312.09222)\n\n![](https://cdn.x.co/clip.qt)\n\nVote: 4\n\n- 요약.\n`)).media).toEqual({ kind: 'video', url: 'https://cdn.x.co/clip.qt' })
  })

  it.each([
    ['relative avatar', '![](/avatars/bcc9bf5c.svg)'],
    ['avatar CDN', '![](https://cdn-avatars.huggingface.co/v1/production/uploads/x/y.jpeg)'],
  ])('%s is not paper media', (_name, image) => {
    const p = only(day(`### [T](https://arxiv.org/abs/2407.03320)\n\n${image}\n\nVote: 49\n\nAuthors: A Kim\n\n- 요약.\n`))
    expect(p.media).toBeNull()
    expect(p.votes).toBe(49)
    expect(p.summary.bullets).toEqual(['요약.'])
  })

  it('Vote: - gives null votes without a diagnostic', () => {
    expect(only(day(`### [T](https://arxiv.org/abs/2401.00001)\n\nVote: -\n\nAuthors: A Kim\n\n- 요약.\n`)).votes).toBeNull()
  })

  it('python-list authors with apostrophes and a + marker', () => {
    const p = only(day(`### [T](https://arxiv.org/abs/2410.00001)\n\nVote: 3\n\nAuthors: ['Ada Kim', "Aoife O'Sullivan", '+']\n\n- 요약.\n`))
    expect(p.authors).toEqual(['Ada Kim', "Aoife O'Sullivan"])
    expect(p.moreAuthors).toBe(true)
  })

  it('a day heading repeated mid-file keeps every paper on that day', () => {
    const md = day(`### [A](https://arxiv.org/abs/2410.00001)\n\n- a.\n\n## Daily Papers (2024-05-02)\n\n### [B](https://arxiv.org/abs/2410.00002)\n\n- b.\n`)
    const { papers, diagnostics, date } = parseDigest(md, { source: '2024/05/02.md' })
    expect(diagnostics).toEqual([])
    expect(date).toBe('2024-05-02')
    expect(papers.map((p) => [p.id, p.date])).toEqual([
      ['2410.00001', '2024-05-02'],
      ['2410.00002', '2024-05-02'],
    ])
  })

  it.each([
    ['brackets', '[Re] Chain-of-Thought Revisited', '[\\[Re\\] Chain-of-Thought Revisited]'],
    ['nested brackets', '[Re] Chain-of-Thought Revisited', '[[Re] Chain-of-Thought Revisited]'],
    ['A*', 'Beyond A*: Better Planning', '[Beyond A*: Better Planning]'],
    ['LaTeX and $', 'LLM$\\times$MapReduce costs $5', '[LLM$\\times$MapReduce costs $5]'],
    ['<think>', "Let's <think> about Reasoning", "[Let's <think> about Reasoning]"],
    ['inline code', 'The run.sh Trick', '[The `run.sh` Trick]'],
    ['emphasis', 'Not Bold At All', '[Not **Bold** At All]'],
  ])('tricky title: %s', (_name, title, linkText) => {
    expect(only(day(`### ${linkText}(https://arxiv.org/abs/2402.14083)\n\n- 요약.\n`)).title).toBe(title)
  })

  it('**Label**: sections, a spread list and the well-known keys', () => {
    const md = day(`### [T](https://arxiv.org/abs/2406.00001)\n\n- **What's New**: 새로운 점.\n\n- **Technical Details**: 기술 내용.\n\n- **Performance Highlights**: 성능.\n\n- **Limitations**: 한계.\n`)
    const s = only(md).summary
    expect(s.sections).toEqual([
      { key: 'whatsNew', label: "What's New", text: '새로운 점.' },
      { key: 'technicalDetails', label: 'Technical Details', text: '기술 내용.' },
      { key: 'performanceHighlights', label: 'Performance Highlights', text: '성능.' },
      { key: 'limitations', label: 'Limitations', text: '한계.' },
    ])
    expect([s.whatsNew, s.technicalDetails, s.performanceHighlights]).toEqual(['새로운 점.', '기술 내용.', '성능.'])
    expect(s.bullets).toEqual(["What's New: 새로운 점.", 'Technical Details: 기술 내용.', 'Performance Highlights: 성능.', 'Limitations: 한계.'])
  })

  it.each([
    ['***Label***:', "- ***What's New***: 본문."],
    ['curly apostrophe', '- **What’s New**: 본문.'],
    ['unbalanced ***Label*:', "- ***What's New*: 본문."],
    ['colon inside bold', "- **What's New:** 본문."],
  ])('label style %s', (_name, bullet) => {
    const s = only(day(`### [T](https://arxiv.org/abs/2503.00001)\n\n${bullet}\n`)).summary
    expect(s.sections).toEqual([{ key: 'whatsNew', label: "What's New", text: '본문.' }])
    expect(s.whatsNew).toBe('본문.')
    expect(s.bullets).toEqual(["What's New: 본문."])
  })

  it('rarer and Korean labels are sections too', () => {
    const s = only(day(`### [T](https://arxiv.org/abs/2406.00002)\n\n- **What's New - Related Work**: 배경.\n- **프로젝터 (Projector)**: MLP.\n- ***Ablation Study***: 분석.\n- **고찰**: 생각.\n`)).summary
    expect(s.sections.map((x) => [x.key, x.label, x.text])).toEqual([
      ['whatsNewRelatedWork', "What's New - Related Work", '배경.'],
      ['프로젝터Projector', '프로젝터 (Projector)', 'MLP.'],
      ['ablationStudy', 'Ablation Study', '분석.'],
      ['고찰', '고찰', '생각.'],
    ])
    expect(s.whatsNew).toBeUndefined()
  })

  it('numbered and nested lists elaborate the open section and are bullets of their own', () => {
    const md = day(
      `### [T](https://arxiv.org/abs/2408.00001)\n\n- **Technical Details**: 구성:\n1. **Tokenizer**: BPE.\n2. **Attention**: GQA.\n- **Performance Highlights**: 좋음.\n  - 세부 1\n  - 세부 2\n`,
    )
    const s = only(md).summary
    expect(s.technicalDetails).toBe('구성: Tokenizer: BPE. Attention: GQA.')
    expect(s.performanceHighlights).toBe('좋음. 세부 1 세부 2')
    expect(s.bullets).toEqual(['Technical Details: 구성:', 'Tokenizer: BPE.', 'Attention: GQA.', 'Performance Highlights: 좋음.', '세부 1', '세부 2'])
    expect(s.sections.map((x) => x.key)).toEqual(['technicalDetails', 'performanceHighlights'])
  })

  it('lazy continuation lines and stray paragraphs stay in the summary', () => {
    const md = day(`### [T](https://arxiv.org/abs/2407.00001)\n\n- **Technical Details**: 기여는 다음과 같다:\n1) 첫째\nx=log10(n), 범위는 [0, 100]이다.\n- **Performance Highlights**: 좋음.\n\n끝에 붙은 문단입니다.\n`)
    const s = only(md).summary
    expect(s.bullets.at(-1)).toBe('끝에 붙은 문단입니다.')
    expect(s.text).toContain('x=log10(n), 범위는 [0, 100]이다.')
    expect(s.performanceHighlights).toBe('좋음. 끝에 붙은 문단입니다.')
  })

  it('inline code, tag-like text and LaTeX control characters become clean text', () => {
    const md = day(`### [T](https://arxiv.org/abs/2408.00002)\n\n- \`샘플러\`를 바꾸고 <EOS> 토큰 앞에서 멈춘다.\n- (\textit{HR-ED}) 와 \benchbench, \framework를 쓴다.\n`)
    expect(only(md).summary.bullets).toEqual(['샘플러를 바꾸고 <EOS> 토큰 앞에서 멈춘다.', '(textit{HR-ED}) 와 benchbench, framework를 쓴다.'])
  })

  it('links: code and project split, Korean particles trimmed, deduplicated, link syntax read', () => {
    const md = day(
      `### [T](https://arxiv.org/abs/2311.00003)\n\n- 코드는 https://github.com/a/b에서, 데모는 https://a.github.io/demo/에서 볼 수 있다.\n- [저장소](https://github.com/a/b)와 프로젝트 페이지(https://a.github.io/demo/)도 있다.\n- 모델: https://huggingface.co/org/model 입니다.\n`,
    )
    const p = only(md)
    expect(p.links).toEqual({ code: ['https://github.com/a/b', 'https://huggingface.co/org/model'], project: ['https://a.github.io/demo/'] })
    expect(p.summary.bullets[1]).toBe('저장소와 프로젝트 페이지(https://a.github.io/demo/)도 있다.')
  })

  it('non-arXiv paper links get a url: id; pdf and versioned arXiv links do not', () => {
    expect(only(day(`### [T](https://openreview.net/forum?id=x1)\n\n- 요약.\n`)).id).toMatch(/^url:[0-9a-f]{12}$/)
    expect(only(day(`### [T](https://arxiv.org/pdf/2503.07565v2)\n\n- 요약.\n`)).id).toBe('2503.07565')
  })

  it('reads CRLF line endings like LF', () => {
    const md = day(`### [T](https://arxiv.org/abs/2401.00011)\n\n![](https://x.io/t.png)\nVote: 5\n\nAuthors: A Kim, B Lee\n\n- **What's New**: 첫 줄\nrest of it.\n- 둘째.\n`).replaceAll('\n', '\r\n')
    const p = only(md)
    expect([p.votes, p.authors, p.media?.url]).toEqual([5, ['A Kim', 'B Lee'], 'https://x.io/t.png'])
    expect(p.summary.bullets).toEqual(["What's New: 첫 줄 rest of it.", '둘째.'])
  })

  it('decodes UTF-8 bytes and drops a BOM', () => {
    const bytes = new TextEncoder().encode('\ufeff' + day(`### [양자화 T](https://arxiv.org/abs/2401.00009)\n\n- 요약.\n`))
    expect(only(bytes).title).toBe('양자화 T')
  })

  it('takes the date from the path when the day heading is missing (with a warning)', () => {
    const { papers, diagnostics, date } = parseDigest(`### [T](https://arxiv.org/abs/2401.00010)\n\n- 요약.\n`, { source: 'x/2024/01/05.md' })
    expect(date).toBe('2024-01-05')
    expect(papers[0]!.date).toBe('2024-01-05')
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'missing-day-heading']])
  })
})
