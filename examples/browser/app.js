// The browser example: a search box over a prebuilt, gzip-compressed hanseek index.
//
// Only the browser-safe `hanseek` entry is imported (no Markdown parser, no node: modules). Every
// string from the index is inserted with textContent; the one exception is `hit.highlights`, which the
// library HTML-escapes with `<mark>` as its only markup, so it goes in with innerHTML.
import { loadIndexAsync } from 'hanseek'

const INDEX_URL = new URL('./papers.hsk', import.meta.url)
const PAGE_SIZE = 10
const FACETS = ['year', 'month', 'author', 'media', 'hasCode']
const FACET_LABELS = { year: '연도 (year)', month: '월 (month)', author: '저자 (author)', media: '미디어 (media)', hasCode: '코드 (has code)' }
const VALUE_LABELS = {
  media: { image: '이미지', video: '동영상', none: '없음' },
  hasCode: { true: '코드 있음', false: '코드 없음' },
}

const $ = (id) => document.getElementById(id)
const input = $('q')
const suggestionList = $('suggestions')
const state = { query: '', page: 0, minVotes: 0, selected: Object.fromEntries(FACETS.map((f) => [f, new Set()])) }
let index
let suggestions = []
let active = -1

function element(tag, props = {}, children = []) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value
    else if (key === 'className') node.className = value
    else node.setAttribute(key, value)
  }
  for (const child of children) node.append(child)
  return node
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text or dropped. */
function safeHref(url) {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

function currentFilter() {
  const filter = {}
  const { year, month, author, media, hasCode } = state.selected
  if (year.size) filter.year = [...year].map(Number)
  if (month.size) filter.month = [...month]
  if (author.size) filter.author = [...author]
  if (media.size) filter.media = [...media]
  // Both boxes ticked means "either", which is no filter at all.
  if (hasCode.size === 1) filter.hasCode = hasCode.has('true')
  if (state.minVotes > 0) filter.votes = { gte: state.minVotes }
  return filter
}

function renderFacets(results) {
  const container = $('facets')
  container.replaceChildren()
  for (const field of FACETS) {
    const values = [...(results.facets[field] ?? [])]
    // Counts order most facets; dates read better in time order, newest first.
    if (field === 'year' || field === 'month') values.sort((a, b) => (a.value < b.value ? 1 : -1))
    const boxes = values.map((v) => {
      const box = element('input', { type: 'checkbox', 'data-field': field, value: v.value })
      box.checked = state.selected[field].has(v.value)
      const label = VALUE_LABELS[field]?.[v.value] ?? v.value
      return element('label', {}, [box, ` ${label} `, element('span', { className: 'count', text: `(${v.count})` })])
    })
    container.append(element('fieldset', { 'data-facet': field }, [element('legend', { text: FACET_LABELS[field] }), ...boxes]))
  }
}

function renderHit(hit) {
  const { paper, highlights } = hit
  const title = element('a', { className: 'title' })
  const href = safeHref(paper.url)
  if (href) title.setAttribute('href', href)
  if (highlights) title.innerHTML = highlights.title
  else title.textContent = paper.title

  const authors = paper.authors.slice(0, 4).join(', ') + (paper.authors.length > 4 || paper.moreAuthors ? ' 외' : '')
  const meta = element('p', { className: 'meta', text: [paper.date, `추천 ${paper.votes ?? '-'}`, authors].filter(Boolean).join(' · ') })

  const snippet = element('p', { className: 'snippet' })
  if (highlights) snippet.innerHTML = highlights.snippet
  else snippet.textContent = paper.summary.length > 240 ? `${paper.summary.slice(0, 240)}…` : paper.summary

  const children = [title, meta, snippet]
  const code = paper.links.code.map(safeHref).filter(Boolean)
  if (code.length > 0) {
    children.push(element('p', { className: 'code' }, code.map((url) => element('a', { href: url, text: url }))))
  }
  return element('li', { className: 'hit', 'data-id': paper.id }, children)
}

function search() {
  let results
  try {
    results = index.search(state.query, {
      filter: currentFilter(),
      facets: [...FACETS, 'votes'],
      limit: PAGE_SIZE,
      offset: state.page * PAGE_SIZE,
      highlight: true,
      prefix: true,
    })
  } catch (error) {
    // A query the syntax does not accept (e.g. `votes:>=abc`) gets a typed error with a clear message.
    $('status').textContent = error instanceof Error ? error.message : String(error)
    $('hits').replaceChildren()
    return
  }
  const first = results.total === 0 ? 0 : state.page * PAGE_SIZE + 1
  const last = state.page * PAGE_SIZE + results.hits.length
  $('status').textContent = `총 ${results.total}편` + (results.total > 0 ? ` (${first}–${last})` : '')
  $('hits').replaceChildren(...results.hits.map(renderHit))
  renderFacets(results)
  const votes = results.facetStats.votes
  $('votes-range').textContent = votes && votes.min !== null ? `결과의 추천 수: ${votes.min}–${votes.max}` : ''
  const pages = Math.max(1, Math.ceil(results.total / PAGE_SIZE))
  $('page').textContent = `${state.page + 1} / ${pages}`
  $('prev').disabled = state.page === 0
  $('next').disabled = state.page + 1 >= pages
}

function renderSuggestions() {
  active = -1
  suggestionList.replaceChildren(
    ...suggestions.map((s, i) =>
      element('li', { role: 'option', 'data-index': String(i), 'aria-selected': 'false' }, [
        s.completion,
        element('span', { className: 'kind', text: s.kind === 'title' ? '제목' : `${s.count}편` }),
      ]),
    ),
  )
  suggestionList.hidden = suggestions.length === 0
}

function pickSuggestion(i) {
  const chosen = suggestions[i]
  if (!chosen) return
  input.value = chosen.text
  suggestions = []
  renderSuggestions()
  state.query = chosen.text
  state.page = 0
  search()
}

// `input` fires on every keystroke, including while an IME is composing a syllable (양잫 → 양자화).
input.addEventListener('input', () => {
  state.query = input.value
  state.page = 0
  suggestions = input.value.trim() ? index.suggest(input.value, { limit: 8 }) : []
  renderSuggestions()
  search()
})

input.addEventListener('keydown', (event) => {
  if (event.isComposing || suggestionList.hidden) return
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault()
    const n = suggestions.length
    active = event.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1
    for (const li of suggestionList.children) li.setAttribute('aria-selected', String(Number(li.dataset.index) === active))
  } else if (event.key === 'Enter' && active >= 0) {
    event.preventDefault()
    pickSuggestion(active)
  } else if (event.key === 'Escape') {
    // Close the list only; a search input would otherwise also clear the query.
    event.preventDefault()
    suggestions = []
    renderSuggestions()
  }
})

suggestionList.addEventListener('mousedown', (event) => {
  const li = event.target.closest('li[data-index]')
  if (li) {
    event.preventDefault()
    pickSuggestion(Number(li.dataset.index))
  }
})
input.addEventListener('blur', () => {
  suggestionList.hidden = true
})
$('search-form').addEventListener('submit', (event) => event.preventDefault())

$('facets').addEventListener('change', (event) => {
  const box = event.target
  if (!(box instanceof HTMLInputElement) || !box.dataset.field) return
  const selected = state.selected[box.dataset.field]
  if (box.checked) selected.add(box.value)
  else selected.delete(box.value)
  state.page = 0
  search()
})

$('min-votes').addEventListener('input', (event) => {
  const value = Number(event.target.value)
  state.minVotes = Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
  state.page = 0
  search()
})

$('prev').addEventListener('click', () => {
  state.page = Math.max(0, state.page - 1)
  search()
})
$('next').addEventListener('click', () => {
  state.page += 1
  search()
})

async function start() {
  try {
    // loadIndexAsync refuses an HTTP error, inflates the gzip file with the browser's own
    // DecompressionStream, and checks the format, version and analyzer of the file.
    index = await loadIndexAsync(await fetch(INDEX_URL))
  } catch (error) {
    $('status').textContent = `색인을 불러오지 못했습니다: ${error instanceof Error ? error.message : String(error)}`
    return
  }
  input.disabled = false
  document.body.dataset.ready = 'true'
  search()
  input.focus()
}

start()
