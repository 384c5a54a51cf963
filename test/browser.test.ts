/**
 * The HTML pages in a real browser (Debian's Chromium driven by
 * playwright-core): no console errors, every obligation of the side table
 * links to a highlighted element that comes into view, the corpus charts
 * drawn with the right counts, the filter working, and nothing of a hostile
 * text running. Screenshots land in test/.output/screenshots for review.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyzeFile} from '../src/index.js'
import {fixture, fixtureNames} from './helpers.js'
import {hostileDirective} from './hostile.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const present = existsSync(executablePath)
if (!present && process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${executablePath}: .ci/run installs the chromium package`)
if (!present) console.warn(`browser tests skipped: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`)

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const shots = fileURLToPath(new URL('./.output/screenshots/', import.meta.url))

describe.skipIf(!present)('pages in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chithi-browser-'))
  const out = join(dir, 'out')
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(join(dir, 'in'), {recursive: true})
    for (const name of fixtureNames) writeFileSync(join(dir, 'in', name), fixture(name))
    writeFileSync(join(dir, 'in', 'hostile.txt'), hostileDirective())
    const result = spawnSync(process.execPath, [cli, 'convert', join(dir, 'in'), '--out', out, '--format', 'html'], {encoding: 'utf8', env: {...process.env, CI: 'true'}})
    expect(result.status, result.stderr).toBe(0)
    mkdirSync(shots, {recursive: true})
    browser = await chromium.launch({executablePath, args: ['--no-sandbox']})
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Open a page, collecting console errors, page errors and dialogs. */
  async function open(file: string, viewport = {width: 1280, height: 900}): Promise<{page: Page; problems: string[]}> {
    const page = await browser.newPage({viewport})
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      await dialog.dismiss()
    })
    await page.goto(pathToFileURL(join(out, file)).href)
    return {page, problems}
  }

  for (const name of fixtureNames) {
    it(`${name}: every obligation links to a highlighted element that comes into view`, async () => {
      const {page, problems} = await open(name.replace(/\.txt$/, '.html'))
      const record = analyzeFile(fixture(name)).record!
      const rows = page.locator('tr[data-obligation]')
      expect(await rows.count()).toBe(record.obligations.length)
      for (let index = 0; index < record.obligations.length; index++) {
        await rows.nth(index).locator('td.at a').click()
        const seen = await page.evaluate(() => {
          const target = document.getElementById(decodeURIComponent(location.hash.slice(1)))
          if (!target) return {found: false, highlighted: false, inView: false}
          const box = target.getBoundingClientRect()
          return {found: true, highlighted: target.classList.contains('hl'), inView: box.bottom > 0 && box.top < window.innerHeight && box.width > 0}
        })
        expect(seen, `${record.obligations[index]!.id}`).toEqual({found: true, highlighted: true, inView: true})
      }

      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({path: join(shots, name.replace(/\.txt$/, '.png')), fullPage: true})
      // Narrow screens get one column.
      await page.setViewportSize({width: 390, height: 844})
      const columns = await page.evaluate(() => getComputedStyle(document.querySelector('.layout')!).gridTemplateColumns.split(' ').length)
      expect(columns).toBe(1)
      await page.screenshot({path: join(shots, name.replace(/\.txt$/, '.phone.png'))})
      expect(problems).toEqual([])
      await page.close()
    })
  }

  it('a message links to its line, marked in the text', async () => {
    const {page, problems} = await open('003_3d0f6af760acfb02.html')
    const link = page.locator('ol.messages a').first()
    const href = await link.getAttribute('href')
    await link.click()
    const marked = await page.evaluate((id) => {
      const target = document.getElementById(id)!
      const box = target.getBoundingClientRect()
      return {flagged: target.classList.contains('flagged'), inView: box.bottom > 0 && box.top < window.innerHeight}
    }, href!.slice(1))
    expect(marked).toEqual({flagged: true, inView: true})
    expect(problems).toEqual([])
    await page.close()
  })

  it('the corpus page draws its charts with the right counts, and filters its table', async () => {
    const {page, problems} = await open('index.html', {width: 1400, height: 1000})
    const records = [...fixtureNames.map(fixture), hostileDirective()].map((text) => analyzeFile(text).record!)
    const obligations = records.reduce((sum, record) => sum + record.obligations.length, 0)
    const deadlines = records.flatMap((record) => record.obligations.flatMap((obligation) => obligation.when.filter((timing) => timing.date)))
    const months = new Set(deadlines.map((timing) => timing.date!.slice(0, 7)))
    const issuerYears = new Set(records.map((record) => `${record.document.issuer}/${record.document.date?.slice(0, 4)}`))

    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure.chart'), (figure) => ({
        id: figure.id,
        total: Number(figure.getAttribute('data-total')),
        bars: figure.querySelectorAll('svg .mark-rect path').length,
        width: figure.querySelector('svg')!.getBoundingClientRect().width
      }))
    )
    expect(charts.map((chart) => chart.id)).toEqual(['chart-issuers', 'chart-parties', 'chart-deadlines'])
    for (const chart of charts) expect(chart.width, chart.id).toBeGreaterThan(100)
    expect(charts[0]).toMatchObject({total: records.length, bars: issuerYears.size})
    expect(charts[2]).toMatchObject({total: deadlines.length, bars: months.size})
    expect(charts[1]!.bars).toBe(Math.min(25, new Set(records.flatMap((record) => record.obligations.flatMap((obligation) => obligation.parties.filter((party) => party.role === 'responsible').map((party) => party.canonical)))).size))

    expect(await page.locator('#obligations tbody tr').count()).toBe(obligations)
    await page.screenshot({path: join(shots, 'index.png'), fullPage: true})
    await page.fill('#filter', 'cong an tinh')
    const shown = Number(await page.locator('#shown').textContent())
    const visible = await page.locator('#obligations tbody tr:visible').count()
    expect(shown).toBe(visible)
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(obligations)
    // Every word typed is in each row shown, diacritics or not.
    for (const text of await page.locator('#obligations tbody tr:visible').allTextContents()) {
      const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
      for (const word of ['cong', 'an', 'tinh']) expect(folded).toContain(word)
    }

    // Rows link to the spot in the directive's page.
    await page.fill('#filter', '')
    const href = await page.locator('#obligations tbody tr a').first().getAttribute('href')
    await page.locator('#obligations tbody tr a').first().click()
    await page.waitForLoadState()
    expect(page.url()).toContain(href!.replace(/^\.\//, ''))
    expect(await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.classList.contains('hl'))).toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })

  it('nothing of a hostile text runs', async () => {
    for (const file of ['hostile.html', 'index.html']) {
      const {page, problems} = await open(file)
      await page.waitForTimeout(200)
      // Hover and click every link and highlight: no handler, no script URL.
      for (const link of await page.locator('a').all()) await link.hover()
      expect(await page.evaluate(() => (window as unknown as {pwned?: unknown}).pwned)).toBeUndefined()
      expect(await page.locator('img, iframe, object, embed').count()).toBe(0)
      expect(problems.filter((problem) => !problem.includes('Content Security Policy'))).toEqual([])
      await page.screenshot({path: join(shots, file.replace('.html', '.hostile.png'))})
      await page.close()
    }

    expect(readdirSync(shots).length).toBeGreaterThan(fixtureNames.length)
  })
})
