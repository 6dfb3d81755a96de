// Drives the browser example (examples/browser) in Debian's headless Chromium, as a person would:
// type a Korean query, read highlighted hits, complete ㅇㅈㅎ and a syllable still being composed, tick
// facets, set a vote filter, page, and check that hostile markup from a digest shows as text and runs
// nothing. The page is served by a local static server from the example folder only.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensurePackageBuilt, repoRoot } from './package-build.js'
import { startStaticServer, type StaticServer } from './static-server.js'

const exampleDir = path.join(repoRoot, 'examples/browser')
const outputDir = path.join(repoRoot, 'tests/output')
const CHROMIUM = '/usr/bin/chromium'

let server: StaticServer
let browser: Browser
let page: Page
const consoleErrors: string[] = []
const dialogs: string[] = []

/** Facet values with counts as the page shows them, e.g. { '2023': 15, '2024': 17 }. */
async function facetCounts(field: string): Promise<Record<string, number>> {
  return page.$$eval(`fieldset[data-facet="${field}"] label`, (labels) =>
    Object.fromEntries(
      labels.map((label) => {
        const box = label.querySelector('input')!
        const count = Number(/\((\d+)\)/.exec(label.querySelector('.count')!.textContent ?? '')![1])
        return [box.value, count]
      }),
    ),
  )
}

async function total(): Promise<number> {
  const text = (await page.textContent('#status')) ?? ''
  const match = /총 (\d+)편/.exec(text)
  if (!match) throw new Error(`no total in status: ${text}`)
  return Number(match[1])
}

async function typeQuery(text: string): Promise<void> {
  await page.fill('#q', '')
  await page.locator('#q').pressSequentially(text)
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium); .ci/run does`)
  ensurePackageBuilt()
  execFileSync(process.execPath, [path.join(exampleDir, 'build.mjs')], { cwd: repoRoot, stdio: 'pipe' })
  server = await startStaticServer(exampleDir)
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  page = await browser.newPage({ viewport: { width: 1024, height: 720 } })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(server.url)
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('browser example', () => {
  it('loads the gzip index with fetch and lists every paper newest first, 10 per page', async () => {
    expect(server.requests).toContain('/dist/papers.hsk')
    expect(await total()).toBe(47)
    expect(await page.locator('#hits > li').count()).toBe(10)
    expect(await page.textContent('#page')).toBe('1 / 5')
  })

  it('a Korean query shows ranked hits with <mark>ed snippets', async () => {
    await typeQuery('양자화')
    await expect.poll(() => page.locator('#hits mark').count()).toBeGreaterThan(0)
    const found = await total()
    expect(found).toBeGreaterThan(0)
    expect(found).toBeLessThan(47)
    const marks = await page.locator('#hits mark').allTextContents()
    expect(marks.some((m) => m.includes('양자화'))).toBe(true)
    const firstTitle = await page.locator('#hits > li .title').first().textContent()
    expect(firstTitle).toMatch(/Quantiz/i)
    await page.keyboard.press('Escape')
    expect(await page.isVisible('#suggestions')).toBe(false)
    expect(await page.inputValue('#q')).toBe('양자화')
    mkdirSync(outputDir, { recursive: true })
    const shot = path.join(outputDir, 'browser-search.png')
    await page.screenshot({ path: shot })
    expect(statSync(shot).size).toBeGreaterThan(10_000)
    // The README's picture is refreshed on request (or made when missing), not on every run.
    const readmeShot = path.join(exampleDir, 'screenshot.png')
    if (!existsSync(readmeShot) || process.env.HANSEEK_UPDATE_SCREENSHOT === '1') copyFileSync(shot, readmeShot)
  })

  it('an English and a mixed query both find papers', async () => {
    await typeQuery('speech translation')
    await expect.poll(() => page.locator('#hits > li .title').first().textContent()).toContain('Speech-to-Speech Translation')
    await typeQuery('확산 diffusion')
    await expect.poll(() => total()).toBeGreaterThan(0)
    expect(await page.locator('#hits mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/확산|diffusion/i)]))
  })

  it('typing the choseong ㅇㅈㅎ suggests 양자화, and picking it searches', async () => {
    await typeQuery('ㅇㅈㅎ')
    const first = page.locator('#suggestions li').first()
    await expect.poll(() => first.textContent()).toContain('양자화')
    expect(await page.isVisible('#suggestions')).toBe(true)
    await first.click()
    expect(await page.inputValue('#q')).toBe('양자화')
    await expect.poll(() => page.locator('#hits mark').count()).toBeGreaterThan(0)
    expect(await page.isVisible('#suggestions')).toBe(false)
  })

  it('a syllable still being composed by an IME (양잫) suggests 양자화', async () => {
    await page.fill('#q', '')
    await page.locator('#q').pressSequentially('양')
    // Chromium's IME path: compositionstart + input events with isComposing, as a Korean keyboard sends.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.imeSetComposition', { text: '잫', selectionStart: 1, selectionEnd: 1 })
    expect(await page.inputValue('#q')).toBe('양잫')
    await expect.poll(() => page.locator('#suggestions li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('양자화')]))
    await cdp.send('Input.insertText', { text: '잫' })
    await cdp.detach()
  })

  it('ticking a facet changes the total, the hits and the other facets counts', async () => {
    await typeQuery('')
    await page.keyboard.press('Escape')
    await expect.poll(() => total()).toBe(47)
    const years = await facetCounts('year')
    const monthsBefore = await facetCounts('month')
    expect(Object.keys(years).length).toBeGreaterThan(1)
    await page.check('fieldset[data-facet="year"] input[value="2023"]')
    await expect.poll(() => total()).toBe(years['2023'])
    const dates = await page.$$eval('#hits > li .meta', (metas) => metas.map((m) => m.textContent ?? ''))
    expect(dates.length).toBeGreaterThan(0)
    for (const meta of dates) expect(meta.startsWith('2023-')).toBe(true)
    // Disjunctive facets: the year facet keeps every year's count; the month facet narrows to 2023.
    expect(await facetCounts('year')).toEqual(years)
    const monthsAfter = await facetCounts('month')
    expect(monthsAfter).not.toEqual(monthsBefore)
    for (const month of Object.keys(monthsAfter)) expect(month.startsWith('2023-')).toBe(true)

    // A second facet (has code) narrows further, and its count is what the total becomes.
    const code = await facetCounts('hasCode')
    await page.check('fieldset[data-facet="hasCode"] input[value="true"]')
    await expect.poll(() => total()).toBe(code['true'])
    await page.uncheck('fieldset[data-facet="hasCode"] input[value="true"]')
    await page.uncheck('fieldset[data-facet="year"] input[value="2023"]')
    await expect.poll(() => total()).toBe(47)
  })

  it('the vote filter keeps papers with at least that many votes', async () => {
    await page.fill('#min-votes', '20')
    await expect.poll(() => total()).toBeLessThan(47)
    const votes = await page.$$eval('#hits > li .meta', (metas) => metas.map((m) => Number(/추천 (\d+)/.exec(m.textContent ?? '')?.[1] ?? NaN)))
    expect(votes.length).toBeGreaterThan(0)
    for (const v of votes) expect(v).toBeGreaterThanOrEqual(20)
    await page.fill('#min-votes', '0')
    await expect.poll(() => total()).toBe(47)
  })

  it('pages through results', async () => {
    const firstPage = await page.locator('#hits > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')))
    await page.click('#next')
    await expect.poll(() => page.textContent('#page')).toBe('2 / 5')
    const secondPage = await page.locator('#hits > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')))
    expect(secondPage).toHaveLength(10)
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([])
    expect(await page.textContent('#status')).toContain('(11–20)')
    await page.click('#prev')
    await expect.poll(() => page.textContent('#page')).toBe('1 / 5')
  })

  it('hostile markup in a digest shows as text and runs nothing', async () => {
    await typeQuery('hostile markup onerror')
    await expect.poll(() => page.locator('#hits > li[data-id="2504.00001"]').count()).toBe(1)
    await expect.poll(() => page.locator('#hits > li[data-id="2504.00002"]').count()).toBe(1)
    const hostile = page.locator('#hits > li[data-id="2504.00001"]')
    expect(await hostile.locator('.title').textContent()).toContain("<script>window.__pwned = 'title-script'; alert(1)</script>")
    expect(await page.locator('#hits > li[data-id="2504.00002"] .title').textContent()).toContain('<img src=x onerror=')
    // The summary's tags are text in the snippet, not elements.
    const summaryShown = await page.$$eval('#hits .snippet', (nodes) => nodes.map((n) => n.textContent ?? '').join('\n'))
    expect(summaryShown).toContain('<img src=x onerror=')
    expect(await page.locator('#hits script, #hits img, #hits iframe').count()).toBe(0)
    // Only http(s) links: the `javascript:` link of the digest never becomes an href.
    const hrefs = await page.$$eval('#hits a', (links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
  })

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([])
  })
})
