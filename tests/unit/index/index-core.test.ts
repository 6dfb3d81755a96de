import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/analysis/index.js'
import { DEFAULT_FIELD_BOOSTS, DEFAULT_PRIORS } from '../../../src/index/defaults.js'
import { IndexCore, miniSearchOptions, toStoredPaper } from '../../../src/build/index-core.js'
import { fixturePapers } from './fixtures.js'

describe('IndexCore', () => {
  it('leaves MiniSearch in exactly the state MiniSearch.add would (its own toJSON)', () => {
    const analyzer = createAnalyzer()
    const core = new IndexCore(analyzer, { boosts: { ...DEFAULT_FIELD_BOOSTS }, priors: { ...DEFAULT_PRIORS } })
    const reference = new MiniSearch(miniSearchOptions(analyzer))
    for (const paper of fixturePapers()) {
      core.add(paper)
      const stored = toStoredPaper(paper)
      reference.add({ id: stored.id, title: stored.title, summary: stored.summary, authors: stored.authors.join('\n') })
    }
    expect(JSON.stringify(core.miniSearch)).toBe(JSON.stringify(reference))
  })

  it('keeps field-length columns equal to MiniSearch field lengths, and removal reverses addition', () => {
    const core = new IndexCore(createAnalyzer(), { boosts: { ...DEFAULT_FIELD_BOOSTS }, priors: { ...DEFAULT_PRIORS } })
    const papers = fixturePapers()
    for (const paper of papers) core.add(paper)
    for (const [row, lengths] of core.internals._fieldLength) lengths.forEach((n, f) => expect(core.lengths[f]![row]).toBe(n))
    const before = core.internals._index.size
    core.add({ ...papers[0]!, id: 'new.1', title: 'Completely unseen zyxwv words', summary: { ...papers[0]!.summary, text: '전혀 본 적 없는 퀭퀭 단어' } })
    expect(core.internals._index.size).toBeGreaterThan(before)
    core.remove('new.1')
    expect(core.internals._index.size).toBe(before)
    expect(core.size).toBe(papers.length)
  })
})
