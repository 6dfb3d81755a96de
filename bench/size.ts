// Size of the query-side browser bundle: the `hanseek` entry with its dependencies, bundled by esbuild
// (browser platform, ESM, minified) and gzip-compressed, against the 30 KB budget; and proof from the
// metafile and the output that the Markdown parser (remark, micromark, mdast, unified) and node: modules
// stay out, and so does what only building needs (`hanseek/build`): the MiniSearch class, deflate and the
// built-in glossary (which travels in the index file instead).
// Bundles: the whole `hanseek` entry (every export kept: what a bundler without tree shaking, or a
// size-limit check of the entry, sees), a typical app that only loads a prebuilt index and searches it,
// the query side proper (load, search, suggest, highlight, parse a query), and, for information, the
// `hanseek/build` entry. Run: npm run bench:size [-- --dist]
//   --dist   also measure the published build (dist/index.js, dist/build.js) next to the source entries
import { builtinModules } from 'node:module'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'
import { GLOSSARY } from '../src/analysis/glossary.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The gzip budget of the query-side bundle (issue 5). */
export const GZIP_BUDGET_BYTES = 30 * 1024

/** Inputs that must never be in the query-side bundle: the Markdown parser and our ingest code. */
export const FORBIDDEN_INPUT = /node_modules[\\/](remark[^\\/]*|micromark[^\\/]*|mdast[^\\/]*|unified|unist[^\\/]*|vfile[^\\/]*|bail|trough|devlop)[\\/]|src[\\/]ingest[\\/]/

/**
 * Inputs only building needs, which must stay out of the query side: the build area, the built-in
 * glossary, MiniSearch (the query side reads the index file's sorted terms without it) and fflate (the
 * query side inflates gzip with the platform's DecompressionStream: loadIndexAsync).
 */
export const BUILD_ONLY_INPUT = /src[\\/](build[\\/]|analysis[\\/](glossary|default-analyzer)\.ts$)|node_modules[\\/](minisearch|fflate)[\\/]/

/** A string of the MiniSearch class (its constructor's check), as it appears in minified output. */
export const MINISEARCH_MARKER = 'MiniSearch: option "fields" must be provided'

/** fflate's deflate table `deo` as minified output prints it: present only when deflate (gzipSync) is bundled. */
export const DEFLATE_MARKER = '65540,131080,131088,131104,262176,1048704,1048832,2114560,2117632'

/**
 * A piece of the glossary text as it appears in minified output (its first line up to the first Hangul,
 * which esbuild escapes): finds the glossary in prebuilt code too (dist chunks), where inputs say nothing.
 */
export const GLOSSARY_MARKER = GLOSSARY.split('\n')[0]!.replace(/[^\x20-\x7e].*$/, '')

/** What one bundle measured. */
export interface BundleReport {
  name: string
  minifiedBytes: number
  gzipBytes: number
  /** Every input file that contributed bytes, relative to the repository. */
  inputs: string[]
  /** Minified bytes by npm package (`src` for our own code). */
  bytesByPackage: Record<string, number>
  /** Our own source files by minified bytes, largest first. */
  largestSources: [file: string, bytes: number][]
  /** Inputs matching FORBIDDEN_INPUT. */
  forbiddenInputs: string[]
  /** Inputs matching BUILD_ONLY_INPUT that contributed bytes. */
  buildOnlyInputs: string[]
  /** Whether the output contains the built-in glossary text (GLOSSARY_MARKER). */
  carriesGlossary: boolean
  /** Whether the output contains the MiniSearch class (MINISEARCH_MARKER). */
  carriesMiniSearch: boolean
  /** Whether the output contains fflate's deflate (DEFLATE_MARKER). */
  carriesDeflate: boolean
  /** Imports of Node built-ins left in the output (`node:fs`, `path`, ...). */
  nodeImports: string[]
}

function packageOf(input: string): string {
  const at = input.lastIndexOf('node_modules/')
  if (at < 0) return 'src'
  const parts = input.slice(at + 'node_modules/'.length).split('/')
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

/**
 * Bundles `contents` (an ES module resolved from the repository root) for the browser and measures it.
 *
 * @example
 * await measureBundle('entry', "export * from './src/index.ts'") // { gzipBytes: 39308, ... }
 */
export async function measureBundle(name: string, contents: string): Promise<BundleReport> {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: `${name}.ts`, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    // Left external so that a Node built-in shows up as an import below instead of failing the build.
    external: ['node:*', ...builtinModules],
  })
  const code = result.outputFiles[0]!.contents
  const metafile: Metafile = result.metafile
  const output = Object.values(metafile.outputs)[0]!
  const bytesByPackage: Record<string, number> = {}
  const inputs: string[] = []
  for (const [input, info] of Object.entries(output.inputs)) {
    if (info.bytesInOutput === 0) continue
    inputs.push(input)
    const pkg = packageOf(input.replaceAll('\\', '/'))
    bytesByPackage[pkg] = (bytesByPackage[pkg] ?? 0) + info.bytesInOutput
  }
  // Inputs with no bytes in the output still count as pulled in for the forbidden check.
  const forbiddenInputs = Object.keys(metafile.inputs).filter((input) => FORBIDDEN_INPUT.test(input))
  const nodeImports = output.imports.filter((i) => i.external && (i.path.startsWith('node:') || builtinModules.includes(i.path))).map((i) => i.path)
  const largestSources = inputs
    .filter((input) => !input.includes('node_modules'))
    .map((input): [string, number] => [input, output.inputs[input]!.bytesInOutput])
    .sort((a, b) => b[1] - a[1])
  const buildOnlyInputs = inputs.filter((input) => BUILD_ONLY_INPUT.test(input))
  const text = new TextDecoder().decode(code)
  return {
    name,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    inputs,
    bytesByPackage,
    largestSources,
    forbiddenInputs,
    buildOnlyInputs,
    carriesGlossary: text.includes(GLOSSARY_MARKER),
    carriesMiniSearch: text.includes(MINISEARCH_MARKER),
    carriesDeflate: text.includes(DEFLATE_MARKER),
    nodeImports,
  }
}

/** Whether a report carries anything only building needs (inputs or markers). */
export function carriesBuildSide(report: BundleReport): boolean {
  return report.buildOnlyInputs.length > 0 || report.carriesGlossary || report.carriesMiniSearch || report.carriesDeflate
}

/** The whole `hanseek` entry, every export kept. */
export const ENTRY_BUNDLE = "export * from './src/index.ts'"

/** The whole `hanseek/build` entry, every export kept (not budgeted: a build step or an editor app). */
export const BUILD_ENTRY_BUNDLE = "export * from './src/build/index.ts'"

/** An app that only fetches a prebuilt (gzip) index and searches it (the browser example's imports). */
export const LOAD_AND_SEARCH_BUNDLE = `import { loadIndexAsync } from './src/index.ts'
export async function search(response: Response, query: string) {
  const index = await loadIndexAsync(response)
  return { results: index.search(query, { facets: ['year', 'author'], highlight: true, prefix: true }), suggestions: index.suggest(query) }
}`

/** The query side proper: everything a search page needs from a prebuilt index, and nothing for building. */
export const QUERY_SIDE_BUNDLE = `import { loadIndex, loadIndexAsync, highlightHit, parseQuery } from './src/index.ts'
export { highlightHit, loadIndexAsync }
export function search(bytes: Uint8Array, query: string) {
  const index = loadIndex(bytes)
  const results = index.search(parseQuery(query), { facets: ['year', 'author'], highlight: true, prefix: true })
  return { results, suggestions: index.suggest(query) }
}`

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dist: { type: 'boolean', default: false } } })
  // [name, contents, whether it is the query side (budget, nothing build-only)]
  const bundles: [string, string, boolean][] = [
    ['hanseek entry (src/index.ts, all exports)', ENTRY_BUNDLE, true],
    ['load + search + suggest app', LOAD_AND_SEARCH_BUNDLE, true],
    ['query side (load, search, suggest, highlight)', QUERY_SIDE_BUNDLE, true],
    ['hanseek/build entry (all exports; no budget)', BUILD_ENTRY_BUNDLE, false],
  ]
  if (values.dist) {
    for (const file of ['dist/index.js', 'dist/build.js']) {
      if (!existsSync(path.join(repoRoot, file))) throw new Error(`${file} is missing: run npm run build first`)
    }
    bundles.push(['published dist/index.js (all exports)', "export * from './dist/index.js'", true])
    bundles.push(['published dist, query side', QUERY_SIDE_BUNDLE.replace("'./src/index.ts'", "'./dist/index.js'"), true])
    bundles.push(['published dist/build.js (no budget)', "export * from './dist/build.js'", false])
  }
  let failed = false
  console.log(`query-side browser bundle (esbuild, minified, gzip -9); budget ${kb(GZIP_BUDGET_BYTES)} gzip\n`)
  console.log(`${'bundle'.padEnd(46)} ${'minified'.padStart(10)} ${'gzip'.padStart(9)}  budget`)
  const reports: BundleReport[] = []
  for (const [name, contents, querySide] of bundles) {
    const report = await measureBundle(name, contents)
    reports.push(report)
    const over = report.gzipBytes > GZIP_BUDGET_BYTES
    const verdict = !querySide ? '-' : over ? `OVER by ${kb(report.gzipBytes - GZIP_BUDGET_BYTES)}` : `ok (${kb(GZIP_BUDGET_BYTES - report.gzipBytes)} left)`
    console.log(`${name.padEnd(46)} ${kb(report.minifiedBytes).padStart(10)} ${kb(report.gzipBytes).padStart(9)}  ${verdict}`)
    if (report.forbiddenInputs.length > 0 || report.nodeImports.length > 0) failed = true
    if (querySide && (over || carriesBuildSide(report))) failed = true
  }
  for (const report of [reports[0]!, reports[3]!]) {
    console.log(`\nminified bytes by package (${report.name}):`)
    for (const [pkg, bytes] of Object.entries(report.bytesByPackage).sort((a, b) => b[1] - a[1])) console.log(`  ${pkg.padEnd(14)} ${kb(bytes).padStart(9)}`)
    console.log('\nlargest source files:')
    for (const [file, bytes] of report.largestSources.slice(0, 10)) console.log(`  ${kb(bytes).padStart(9)}  ${file}`)
  }
  const yesNo = (flag: boolean) => (flag ? 'yes' : 'no')
  for (const report of reports) {
    console.log(
      `\n${report.name}: Markdown parser inputs: ${report.forbiddenInputs.length === 0 ? 'none' : report.forbiddenInputs.join(', ')}; node: imports: ${report.nodeImports.length === 0 ? 'none' : report.nodeImports.join(', ')}; ` +
        `build-only inputs: ${report.buildOnlyInputs.length === 0 ? 'none' : report.buildOnlyInputs.length}; glossary text: ${yesNo(report.carriesGlossary)}; MiniSearch class: ${yesNo(report.carriesMiniSearch)}; deflate: ${yesNo(report.carriesDeflate)}`,
    )
  }
  return failed ? 1 : 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    },
  )
}
