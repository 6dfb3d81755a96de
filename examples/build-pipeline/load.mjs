// build-pipeline: load the index that `npm run build:index` wrote into public/ and search it.
//
//   node load.mjs [query...]
//
// The file is gzip-compressed (`--gzip`), so it goes through loadIndexAsync, which inflates it with the
// platform's DecompressionStream; a browser makes the same call with `await fetch('/papers.hsk')`.
// (In Node, `readIndexFile` from `hanseek/node` reads and loads in one call.)
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadIndexAsync } from 'hanseek'

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public', 'papers.hsk')
const query = process.argv.slice(2).join(' ') || '양자화 cache'

const index = await loadIndexAsync(await readFile(file))
const results = index.search(query, { facets: ['year', 'hasCode'], limit: 5 })
console.log(`${path.basename(file)}: ${index.size} papers; query: ${query} → ${results.total} papers`)
for (const hit of results.hits) console.log(`  ${hit.id}  ${hit.paper.title}`)
for (const [field, values] of Object.entries(results.facets)) {
  console.log(`  ${field}: ${values.map((v) => `${v.value} (${v.count})`).join(', ')}`)
}
