// The query-side bundle (the `hanseek` entry and what it imports, bundled for the browser) must never
// contain the Markdown parser or a node: module; its gzip size is printed (budget: bench/size.ts).
import { describe, expect, it } from 'vitest'
import { ENTRY_BUNDLE, GZIP_BUDGET_BYTES, LOAD_AND_SEARCH_BUNDLE, measureBundle, QUERY_SIDE_BUNDLE } from '../../bench/size.js'

describe('query-side browser bundle', () => {
  it.each([
    ['the whole hanseek entry', ENTRY_BUNDLE],
    ['an app that loads an index and searches', LOAD_AND_SEARCH_BUNDLE],
  ])('%s has no remark/micromark/mdast and no node: import', async (name, contents) => {
    const report = await measureBundle(name, contents)
    console.log(`${name}: ${(report.minifiedBytes / 1024).toFixed(1)} KB minified, ${(report.gzipBytes / 1024).toFixed(1)} KB gzip (budget ${GZIP_BUDGET_BYTES / 1024} KB)`)
    expect(report.forbiddenInputs).toEqual([])
    expect(report.nodeImports).toEqual([])
    // It really is the query side: the search engine and our analyzer are in it.
    expect(Object.keys(report.bytesByPackage)).toEqual(expect.arrayContaining(['src', 'minisearch', 'es-hangul']))
    expect(report.inputs.some((input) => input.endsWith('src/query/paper-index.ts'))).toBe(true)
  })

  it.each([
    ['an app that loads an index and searches', LOAD_AND_SEARCH_BUNDLE],
    ['the query side (load, search, suggest, highlight, parseQuery)', QUERY_SIDE_BUNDLE],
  ])('%s leaves out the built-in glossary (it comes with the index file)', async (name, contents) => {
    const report = await measureBundle(name, contents)
    expect(report.buildOnlyInputs).toEqual([])
    expect(report.carriesGlossary).toBe(false)
    expect(report.inputs.some((input) => input.endsWith('src/analysis/glossary.ts'))).toBe(false)
    expect(report.inputs.some((input) => input.endsWith('src/analysis/synonyms.ts'))).toBe(true)
  })

  it('the checks catch what they look for: ingest pulls in the parser, hanseek/node pulls in node:', async () => {
    const ingest = await measureBundle('ingest', "export * from './src/ingest/index.ts'")
    expect(ingest.forbiddenInputs.some((input) => /node_modules[\\/]micromark/.test(input))).toBe(true)
    expect(ingest.forbiddenInputs.some((input) => /node_modules[\\/]remark-parse/.test(input))).toBe(true)
    const node = await measureBundle('node', "export * from './src/node/index.ts'")
    expect(node.nodeImports).toEqual(expect.arrayContaining(['node:fs/promises']))
    const entry = await measureBundle('entry', ENTRY_BUNDLE)
    expect(entry.buildOnlyInputs.some((input) => input.endsWith('src/analysis/glossary.ts'))).toBe(true)
    expect(entry.carriesGlossary).toBe(true)
  })
})
