// node-basic (CommonJS): the same program as search.mjs, with require().
//
//   node search.cjs [index-file] [query...]
'use strict'
const { existsSync } = require('node:fs')
const path = require('node:path')
const { buildIndex } = require('hanseek/build')
const { readDigestFolder, readIndexFile, writeFileAtomic } = require('hanseek/node')

async function main() {
  const [indexFile = path.join(__dirname, 'papers.hsk'), ...queryArgs] = process.argv.slice(2)
  const queries = queryArgs.length > 0 ? queryArgs : ['언어 모델 양자화', 'speech translation', '확산 모델 diffusion']

  if (!existsSync(indexFile)) {
    // The sample digests ship inside the package; find them through the package's own manifest.
    const packageRoot = path.dirname(require.resolve('hanseek/package.json'))
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
    results.hits.forEach((hit, i) => {
      const { paper } = hit
      console.log(`  ${i + 1}. [${hit.score.toFixed(2)}] ${paper.title} (${paper.date}, votes ${paper.votes ?? '-'}) ${paper.url}`)
    })
    for (const [field, values] of Object.entries(results.facets)) {
      console.log(`  ${field}: ${values.slice(0, 5).map((v) => `${v.value} (${v.count})`).join(', ')}`)
    }
  }

  // Search-as-you-type: choseong initials complete to indexed words.
  console.log(`\nsuggest ㅇㅈㅎ → ${index.suggest('ㅇㅈㅎ', { limit: 3 }).map((s) => s.completion).join(', ')}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
