// Shared by the end-to-end and package tests: the repository root, and the package's dist/ (CI runs
// `npm run build` before `npm test`; locally it is built here once when missing).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

export const repoRoot = path.resolve(__dirname, '../..')

const BUILT_FILES = ['dist/index.js', 'dist/index.cjs', 'dist/build.js', 'dist/build.cjs', 'dist/node.js', 'dist/node.cjs', 'dist/cli.js']

/** Runs tsup when any entry of dist/ is missing. */
export function ensurePackageBuilt(): void {
  if (BUILT_FILES.every((f) => existsSync(path.join(repoRoot, f)))) return
  execFileSync('npx', ['tsup'], { cwd: repoRoot, stdio: 'ignore' })
}
