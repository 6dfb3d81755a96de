// Reads what examples/node-basic prints, for the tests that run it (in the repo and from a tarball).
import { expect } from 'vitest'

/** The total and hit titles that node-basic printed for one query. */
export function querySection(stdout: string, query: string): { total: number; titles: string[] } {
  const start = stdout.indexOf(`query: ${query} → `)
  expect(start, stdout).toBeGreaterThanOrEqual(0)
  const section = stdout.slice(start).split('\n\n')[0]!
  const total = Number(/→ (\d+) papers/.exec(section)![1])
  const titles = [...section.matchAll(/^ {2}\d+\. \[[\d.]+\] (.+) \(\d{4}-\d\d-\d\d, votes/gm)].map((m) => m[1]!)
  return { total, titles }
}

/** Checks node-basic's default output: Korean, English and mixed queries with hits, facets, a suggestion. */
export function expectNodeBasicOutput(stdout: string): void {
  const korean = querySection(stdout, '언어 모델 양자화')
  expect(korean.total).toBeGreaterThan(0)
  expect(korean.titles[0]).toMatch(/Quantiz/)
  const english = querySection(stdout, 'speech translation')
  expect(english.titles[0]).toBe('Speech-to-Speech Translation without Text Supervision')
  const mixed = querySection(stdout, '확산 모델 diffusion')
  expect(mixed.titles[0]).toMatch(/Diffusion/)
  expect(stdout).toMatch(/^ {2}year: \d{4} \(\d+\)/m)
  expect(stdout).toMatch(/^ {2}author: .+ \(\d+\)/m)
  expect(stdout).toMatch(/^ {2}hasCode: (true|false) \(\d+\)/m)
  expect(stdout).toMatch(/^suggest ㅇㅈㅎ → 양자화/m)
}
