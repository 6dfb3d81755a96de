// The query-side browser bundle (the whole `hanseek` entry and what it imports, bundled for the browser)
// stays under the gzip budget and never contains the Markdown parser, a node: module, or what only
// building needs (the MiniSearch class, deflate, the built-in glossary: that is `hanseek/build`).
import { describe, expect, it } from 'vitest'
import {
  BUILD_ENTRY_BUNDLE,
  carriesBuildSide,
  ENTRY_BUNDLE,
  GZIP_BUDGET_BYTES,
  LOAD_AND_SEARCH_BUNDLE,
  measureBundle,
  QUERY_SIDE_BUNDLE,
} from '../../bench/size.js'

describe('query-side browser bundle', () => {
  it.each([
    ['the whole hanseek entry', ENTRY_BUNDLE],
    ['an app that loads an index and searches', LOAD_AND_SEARCH_BUNDLE],
    ['the query side (load, search, suggest, highlight, parseQuery)', QUERY_SIDE_BUNDLE],
  ])('%s is under the gzip budget, browser-safe, and carries nothing only building needs', async (name, contents) => {
    const report = await measureBundle(name, contents)
    console.log(`${name}: ${(report.minifiedBytes / 1024).toFixed(1)} KB minified, ${(report.gzipBytes / 1024).toFixed(1)} KB gzip (budget ${GZIP_BUDGET_BYTES / 1024} KB)`)
    expect(report.forbiddenInputs).toEqual([])
    expect(report.nodeImports).toEqual([])
    expect(report.buildOnlyInputs).toEqual([])
    expect(report.carriesGlossary).toBe(false)
    expect(report.carriesMiniSearch).toBe(false)
    expect(report.carriesDeflate).toBe(false)
    expect(Object.keys(report.bytesByPackage)).not.toContain('minisearch')
    // No inflate code of its own: loadIndexAsync uses the platform's DecompressionStream.
    expect(Object.keys(report.bytesByPackage)).not.toContain('fflate')
    // It really is the query side: loading (gzip too), searching, the analyzer and the glossary matcher are in it.
    expect(Object.keys(report.bytesByPackage)).toEqual(expect.arrayContaining(['src', 'es-hangul']))
    for (const file of ['src/query/paper-index.ts', 'src/query/search.ts', 'src/index/deserialize.ts', 'src/index/gzip.ts', 'src/analysis/analyzer.ts', 'src/analysis/synonyms.ts']) {
      expect(report.inputs.some((input) => input.endsWith(file)), file).toBe(true)
    }
    // Last, so that a size regression still shows every other check's result first.
    expect(report.gzipBytes).toBeLessThan(GZIP_BUDGET_BYTES)
  })

  it('the checks catch what they look for: hanseek/build carries MiniSearch, deflate and the glossary; ingest the parser; hanseek/node node:', async () => {
    const build = await measureBundle('build', BUILD_ENTRY_BUNDLE)
    expect(build.forbiddenInputs).toEqual([])
    expect(build.nodeImports).toEqual([])
    expect(build.carriesGlossary).toBe(true)
    expect(build.carriesMiniSearch).toBe(true)
    expect(build.carriesDeflate).toBe(true)
    expect(build.buildOnlyInputs.some((input) => input.endsWith('src/analysis/glossary.ts'))).toBe(true)
    expect(build.buildOnlyInputs.some((input) => input.includes('node_modules/minisearch/'))).toBe(true)
    expect(build.buildOnlyInputs.some((input) => input.includes('node_modules/fflate/'))).toBe(true)
    expect(carriesBuildSide(build)).toBe(true)
    const ingest = await measureBundle('ingest', "export * from './src/ingest/index.ts'")
    expect(ingest.forbiddenInputs.some((input) => /node_modules[\\/]micromark/.test(input))).toBe(true)
    expect(ingest.forbiddenInputs.some((input) => /node_modules[\\/]remark-parse/.test(input))).toBe(true)
    const node = await measureBundle('node', "export * from './src/node/index.ts'")
    expect(node.nodeImports).toEqual(expect.arrayContaining(['node:fs/promises']))
  })
})
