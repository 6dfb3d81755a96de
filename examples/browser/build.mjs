// Builds the browser example into examples/browser/dist/:
//   dist/app.js      app.js bundled with esbuild against the browser-safe `hanseek` entry (ESM, minified)
//   dist/papers.hsk  a gzip index of the package's sample digests plus fixtures/ (hostile markup)
//
//   node examples/browser/build.mjs        (after `npm run build`, which makes the package's dist/)
//
// `hanseek`, `hanseek/build` and `hanseek/node` resolve to this package itself (Node resolves a package's own name
// through its `exports`), exactly as they would from node_modules in an app.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { buildIndex } from 'hanseek/build'
import { parseDigestPaths, writeFileAtomic } from 'hanseek/node'

const here = path.dirname(fileURLToPath(import.meta.url))
const packageRoot = path.resolve(here, '../..')
const outDir = path.join(here, 'dist')
await mkdir(outDir, { recursive: true })

// The bundle: resolve `hanseek` the way Node's ESM resolver does (the `import` condition of exports).
const hanseekEntry = fileURLToPath(import.meta.resolve('hanseek'))
const bundle = await build({
  entryPoints: [path.join(here, 'app.js')],
  outfile: path.join(outDir, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'hanseek-self',
      setup(b) {
        b.onResolve({ filter: /^hanseek$/ }, () => ({ path: hanseekEntry }))
      },
    },
  ],
})
const bundleBytes = Object.entries(bundle.metafile.outputs).find(([file]) => file.endsWith('app.js'))?.[1].bytes ?? 0

// The index: sample digests plus our hostile-markup fixture, gzip-compressed; any error fails the build.
const { papers, diagnostics } = await parseDigestPaths([path.join(packageRoot, 'index-data', 'digests'), path.join(here, 'fixtures')])
const errors = diagnostics.filter((d) => d.severity === 'error')
if (errors.length > 0) {
  for (const d of errors) console.error(`${d.file}:${d.line}: ${d.code}: ${d.message}`)
  process.exit(1)
}
const bytes = buildIndex(papers).serialize({ gzip: true })
await writeFileAtomic(path.join(outDir, 'papers.hsk'), bytes)

console.log(`browser example: dist/app.js ${(bundleBytes / 1024).toFixed(1)} KB (minified), dist/papers.hsk ${(bytes.length / 1024).toFixed(1)} KB gzip, ${papers.length} papers`)
