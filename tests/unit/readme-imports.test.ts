// The README's code examples import from the package's entries; this keeps those imports true: every
// name a README example imports must be exported by the entry it names (what a reader copies must work).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')

const entries: Record<string, () => Promise<Record<string, unknown>>> = {
  hanseek: () => import('../../src/index.js'),
  'hanseek/build': () => import('../../src/build/index.js'),
  'hanseek/ingest': () => import('../../src/ingest/index.js'),
  'hanseek/node': () => import('../../src/node/index.js'),
}

/** `[name, entry]` for every runtime name imported from a hanseek entry in a README code block. */
function readmeImports(markdown: string): [string, string][] {
  const out: [string, string][] = []
  const blocks = markdown.match(/```(?:ts|js)\n[\s\S]*?```/g) ?? []
  for (const block of blocks) {
    for (const match of block.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(hanseek[^']*)'/g)) {
      for (const part of match[1]!.split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0]!.trim()
        if (name === '' || name.startsWith('type ')) continue
        out.push([name, match[2]!])
      }
    }
  }
  return out
}

describe('README examples', () => {
  const imports = readmeImports(readme)

  it('import something from every entry', () => {
    expect(new Set(imports.map(([, entry]) => entry))).toEqual(new Set(Object.keys(entries)))
  })

  it.each(imports)('%s is exported by %s', async (name, entry) => {
    const load = entries[entry]
    expect(load, `unknown entry ${entry}`).toBeDefined()
    expect(Object.keys(await load!())).toContain(name)
  })
})
