// node-basic (ESM): load a prebuilt hanseek index and run a Korean, an English and a mixed query.
//
//   node search.mjs [index-file] [query...]
//
// The index file defaults to papers.hsk next to this script; when it is missing it is built first
// from the sample digests shipped in the package (index-data/digests), as `hanseek build` would.
// Only the published entry points are imported: `hanseek/build` (build), `hanseek` (search) and `hanseek/node` (files).
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIndex } from 'hanseek/build'
import { readDigestFolder, readIndexFile, writeFileAtomic } from 'hanseek/node'

const here = path.dirname(fileURLToPath(import.meta.url))
const [indexFile = path.join(here, 'papers.hsk'), ...queryArgs] = process.argv.slice(2)
const queries = queryArgs.length > 0 ? queryArgs : ['언어 모델 양자화', 'speech translation', '확산 모델 diffusion']

if (!existsSync(indexFile)) {
  // The sample digests ship inside the package; find them through the package's own manifest.
  const packageRoot = path.dirname(createRequire(import.meta.url).resolve('hanseek/package.json'))
  const { papers, diagnostics } = await readDigestFolder(path.join(packageRoot, 'index-data', 'digests'))
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length > 0) throw new Error(`sample digests have ${errors.length} errors`)
  await writeFileAtomic(indexFile, buildIndex(papers).serialize({ gzip: true }))
  console.log(`built ${indexFile} from ${papers.length} sample papers`)
}

const index = await readIndexFile(indexFile)
console.log(`loaded ${index.size} papers (analyzer ${index.analyzer.name} ${index.analyzer.version})`)

for (const query of queries) {
  const results = index.search(query, { facets: ['year', 'author', 'hasCode'], limit: 3 })
  console.log(`\nquery: ${query} → ${results.total} papers`)
  for (const [rank, hit] of results.hits.entries()) {
    const { paper } = hit
    console.log(`  ${rank + 1}. [${hit.score.toFixed(2)}] ${paper.title} (${paper.date}, votes ${paper.votes ?? '-'}) ${paper.url}`)
  }
  for (const [field, values] of Object.entries(results.facets)) {
    console.log(`  ${field}: ${values.slice(0, 5).map((v) => `${v.value} (${v.count})`).join(', ')}`)
  }
}

// Search-as-you-type: choseong initials complete to indexed words.
console.log(`\nsuggest ㅇㅈㅎ → ${index.suggest('ㅇㅈㅎ', { limit: 3 }).map((s) => s.completion).join(', ')}`)
