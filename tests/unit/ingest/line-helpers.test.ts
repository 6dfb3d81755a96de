import { describe, expect, it } from 'vitest'
import { parseAuthorsLine, parsePythonList } from '../../../src/ingest/authors.js'
import { labelOfBulletSource, sectionKey, stripLabel } from '../../../src/ingest/labels.js'
import { classifyLinks, extractUrls, isCodeUrl, trimUrl } from '../../../src/ingest/links.js'
import { isAvatarUrl, mediaFromImage, pickMedia, videoFromHtml, videoFromWatchVideoText } from '../../../src/ingest/media.js'
import { parseVotesLine } from '../../../src/ingest/votes.js'

describe('parseVotesLine', () => {
  it.each([
    ['Vote: 38', { kind: 'votes', votes: 38 }],
    ['Vote: 0', { kind: 'votes', votes: 0 }],
    ['Vote: -', { kind: 'votes', votes: null }],
    ['Vote:', { kind: 'votes', votes: null }],
    ['Votes: 1,204', { kind: 'votes', votes: 1204 }],
    ['vote：7', { kind: 'votes', votes: 7 }],
    ['Vote: lots', { kind: 'unparsable', raw: 'lots' }],
    ['Vote: 3.5', { kind: 'unparsable', raw: '3.5' }],
    ['Authors: A', undefined],
    ['투표: 3', undefined],
  ])('%j', (line, expected) => {
    expect(parseVotesLine(line)).toEqual(expected)
  })
})

describe('parseAuthorsLine', () => {
  it.each([
    ['comma list', 'Authors: Albert Gu, Tri Dao', ['Albert Gu', 'Tri Dao'], false, true],
    ['apostrophe in a comma list', "Authors: Sean O'Brien, Alex D'Amour", ["Sean O'Brien", "Alex D'Amour"], false, true],
    ['trailing + means more authors', 'Authors: A Kim, B Lee, +', ['A Kim', 'B Lee'], true, true],
    ['+ in the middle', 'Authors: A Kim, +, B Lee', ['A Kim', 'B Lee'], true, true],
    ['repeated names kept once', 'Authors: A Kim, A Kim, B Lee', ['A Kim', 'B Lee'], false, true],
    ['python list', "Authors: ['Ada Lovelace', 'Alan Turing']", ['Ada Lovelace', 'Alan Turing'], false, true],
    ['python list with apostrophe and +', `Authors: ['Ada L', "Aoife O'Sullivan", 'D\\'Arcy Li', '+']`, ['Ada L', "Aoife O'Sullivan", "D'Arcy Li"], true, true],
    ['empty python list', 'Authors: []', [], false, true],
    ['malformed python list falls back to commas', "Authors: ['A Kim', B Lee]", ['A Kim', 'B Lee'], false, false],
    ['empty line', 'Authors:', [], false, true],
  ])('%s', (_name, line, authors, more, ok) => {
    expect(parseAuthorsLine(line)).toEqual({ authors, moreAuthors: more, ok })
  })

  it('is undefined for other lines', () => {
    expect(parseAuthorsLine('Vote: 3')).toBeUndefined()
  })

  it.each([
    ["['a', 'b',]", ['a', 'b']],
    ["[ 'a' ]", ['a']],
    ["['a' 'b']", null],
    ["['a", null],
    ['a, b', null],
  ])('parsePythonList(%j)', (text, expected) => {
    expect(parsePythonList(text)).toEqual(expected)
  })
})

describe('labels', () => {
  it.each([
    ["- style **What's New**: x", "**What's New**: 본문", "What's New"],
    ['***X***: style', "***What's New***: 본문", "What's New"],
    ['unbalanced ***Label*:', '***Technical Details*: 본문', 'Technical Details'],
    ['colon inside the emphasis', '**Performance Highlights:** 본문', 'Performance Highlights'],
    ['curly apostrophe', '**What’s New**: 본문', 'What’s New'],
    ['compound label', '**Technical Details - Related Work**: 본문', 'Technical Details - Related Work'],
    ['Korean label', '**프로젝터 (Projector)**: 본문', '프로젝터 (Projector)'],
    ['underscore emphasis', '__Limitations__: 본문', 'Limitations'],
    ['plain well-known label', "What's New: 본문", "What's New"],
    ['bold without colon is not a label', '**중요한** 결과를 보였다', null],
    ['plain unknown label is not a label', 'N:M 희소성은', null],
    ['plain text', '이 논문은', null],
  ])('%s', (_name, line, expected) => {
    expect(labelOfBulletSource(line)).toBe(expected)
  })

  it.each([
    ["What's New", 'whatsNew'],
    ['What’s New', 'whatsNew'],
    ['Technical Details', 'technicalDetails'],
    ['Performance Highlights', 'performanceHighlights'],
    ['Technical Details - Related Work', 'technicalDetailsRelatedWork'],
    ['Group Query Attention(GQA)', 'groupQueryAttentionGqa'],
    ['LLM', 'llm'],
    ['고찰', '고찰'],
    ['비전 인코더 (Vision Encoder)', '비전인코더VisionEncoder'],
  ])('sectionKey(%j)', (label, key) => {
    expect(sectionKey(label)).toBe(key)
  })

  it.each([
    ["What's New: 본문", "What's New", '본문'],
    ['*Technical Details: 본문', 'Technical Details', '본문'],
    ['Performance Highlights: 본문', 'Performance Highlights', '본문'],
    ['Other: 본문', 'Label', 'Other: 본문'],
  ])('stripLabel(%j)', (text, label, body) => {
    expect(stripLabel(text, label)).toBe(body)
  })
})

describe('links', () => {
  it.each([
    ['Korean particle glued', '데모는 https://x.github.io/demo/에서 확인', ['https://x.github.io/demo/']],
    ['particle after a repo', 'https://github.com/a/b를 참고', ['https://github.com/a/b']],
    ['sentence period', '페이지: https://a.github.io/.', ['https://a.github.io/']],
    ['parenthesized', '프로젝트 페이지(https://ziplo.github.io)에서', ['https://ziplo.github.io']],
    ['balanced parentheses kept', 'https://en.wikipedia.org/wiki/A_(b) 참고', ['https://en.wikipedia.org/wiki/A_(b)']],
    ['brace suffix', 'https://modelscope.cn/models/x/summary{ModelScope}에서', ['https://modelscope.cn/models/x/summary']],
    ['two urls', 'https://github.com/a/b 와 https://gitee.com/c/d에서', ['https://github.com/a/b', 'https://gitee.com/c/d']],
    ['query string', 'https://drive.google.com/f?usp=sharing,', ['https://drive.google.com/f?usp=sharing']],
    ['http only', 'ftp://x.org/a and www.x.org', []],
  ])('extractUrls: %s', (_name, text, urls) => {
    expect(extractUrls(text)).toEqual(urls)
  })

  it('trimUrl drops trailing punctuation repeatedly', () => {
    expect(trimUrl('https://a.io/x).,')).toBe('https://a.io/x')
  })

  it.each([
    ['https://github.com/openai/whisper', true],
    ['https://github.com/openai/whisper/tree/main/x', true],
    ['https://www.github.com/a/b', true],
    ['https://github.com/openai', false],
    ['https://openai.github.io/whisper/', false],
    ['https://gitlab.com/group/proj', true],
    ['https://bitbucket.org/a/b', true],
    ['https://codeberg.org/a/b', true],
    ['https://gitee.com/mindspore/models', true],
    ['https://huggingface.co/meta-llama/Llama-2-7b', true],
    ['https://huggingface.co/datasets/org/data', true],
    ['https://huggingface.co/spaces/org/demo', true],
    ['https://huggingface.co/gaia-benchmark', false],
    ['https://huggingface.co/papers/2402.09368', false],
    ['https://huggingface.co/datasets/org', false],
    ['https://sites.google.com/view/x', false],
  ])('isCodeUrl(%j)', (url, expected) => {
    expect(isCodeUrl(url)).toBe(expected)
  })

  it('classifyLinks splits, dedupes and keeps order', () => {
    expect(classifyLinks(['https://a.io', 'https://github.com/a/b', 'https://a.io', 'https://b.io'])).toEqual({
      code: ['https://github.com/a/b'],
      project: ['https://a.io', 'https://b.io'],
    })
  })
})

describe('media', () => {
  it.each([
    ['thumbnail', 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/1.png', { kind: 'image', url: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/1.png' }],
    ['.qt clip shown as image is a video', 'https://cdn.x.co/a.qt', { kind: 'video', url: 'https://cdn.x.co/a.qt' }],
    ['.webm', 'https://cdn.x.co/a.webm?x=1', { kind: 'video', url: 'https://cdn.x.co/a.webm?x=1' }],
    ['relative avatar', '/avatars/abc.svg', null],
    ['avatar CDN', 'https://cdn-avatars.huggingface.co/v1/production/uploads/a.jpeg', null],
    ['relative figure', 'img/fig1.png', null],
    ['data url', 'data:image/png;base64,AAAA', null],
  ])('mediaFromImage: %s', (_name, url, expected) => {
    expect(mediaFromImage(url)).toEqual(expected)
  })

  it.each([
    ['<div><video controls src="https://x.io/a.mp4" muted="false"></video></div>', 'https://x.io/a.mp4'],
    ["<video src='https://x.io/b.mp4'></video>", 'https://x.io/b.mp4'],
    ['<video src=https://x.io/c.mp4>', 'https://x.io/c.mp4'],
    ['<video src="/local.mp4"></video>', null],
    ['<EOS>', null],
  ])('videoFromHtml(%j)', (html, expected) => {
    expect(videoFromHtml(html)).toBe(expected)
  })

  it.each([
    ['[Watch Video]https://x.io/a.mp4', 'https://x.io/a.mp4'],
    ['[Watch Video](https://x.io/a.mp4)', 'https://x.io/a.mp4'],
    ['[watch video] https://x.io/a.mp4', 'https://x.io/a.mp4'],
    ['[Watch Video]', null],
    ['Watch https://x.io', null],
  ])('videoFromWatchVideoText(%j)', (line, expected) => {
    expect(videoFromWatchVideoText(line)).toBe(expected)
  })

  it('prefers the first video over images', () => {
    expect(pickMedia([{ kind: 'image', url: 'https://a/1.png' }, { kind: 'video', url: 'https://a/2.mp4' }])).toEqual({ kind: 'video', url: 'https://a/2.mp4' })
    expect(pickMedia([])).toBeNull()
    expect(isAvatarUrl('https://example.com/avatars/x.png')).toBe(false)
  })
})
