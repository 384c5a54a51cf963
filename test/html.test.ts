/**
 * HTML pages, checked on their hast and HTML: the layout's parts, the
 * highlights and the side table linking to them, messages linked to their
 * lines, nothing of the text lost, untrusted text never becoming markup.
 */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Element, Root as HastRoot, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {directivePage, pageSummary, renderCorpusPage, renderPage} from '../src/html.js'
import {analyzeFile} from '../src/index.js'
import {pageMessages} from '../src/outputs/html/from-file.js'
import {chithi, fixture, fixtureNames} from './helpers.js'
import {hostileDirective, poisoned} from './hostile.js'


function elements(node: HastRoot | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    out.push(child)
    elements(child, out)
  }

  return out
}

function textOf(node: HastRoot | Element | RootContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

const classes = (element: Element): string[] => (element.properties.className as string[] | undefined) ?? []

function page(name: string) {
  const {tree, record, file} = analyzeFile(fixture(name))
  const html = renderPage({tree: tree!, record: record!, messages: pageMessages(file), path: name})
  const hast = fromHtml(html)
  const all = elements(hast)
  const byId = new Map(all.filter((element) => element.properties.id).map((element) => [String(element.properties.id), element]))
  return {tree: tree!, record: record!, file, html, hast, all, byId}
}

describe('a directive’s page', () => {
  const {record, html, all, byId} = page('000_8a5523bcdb22fb49.txt')

  it('is a self-contained HTML document: no script, no link to the network', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(all.filter((element) => element.tagName === 'script')).toEqual([])
    expect(html).not.toMatch(/(?:src|href)="https?:/)
    expect(all.find((element) => element.tagName === 'meta' && element.properties.httpEquiv)?.properties.content).toMatch(/script-src 'none'/)
  })

  it('lays out the header, title, addressees, items, distribution and signature', () => {
    const text = (className: string) => all.filter((element) => classes(element).includes(className)).map(textOf)
    expect(text('issuer').join()).toContain('TỈNH ỦY THANH HÓA')
    expect(text('number').join()).toContain('1767-CV/TU')
    expect(text('addressee').length).toBe(5)
    expect(all.filter((element) => element.tagName === 'section' && classes(element).includes('item')).map((element) => element.properties.dataPath)).toEqual(record.document.items)
    expect(text('distribution').join()).toMatch(/Nơi nhận/)
    expect(text('signature').join()).toContain('Đỗ Trọng Hưng')
  })

  it('has a side-table row per obligation whose links reach highlighted elements', () => {
    const rows = all.filter((element) => element.tagName === 'tr' && element.properties.dataObligation)
    expect(rows.map((row) => row.properties.dataObligation)).toEqual(record.obligations.map((obligation) => obligation.id))
    for (const row of rows) {
      const links = elements(row).filter((element) => element.tagName === 'a')
      expect(links.length, String(row.properties.dataObligation)).toBeGreaterThan(0)
      for (const link of links) {
        const target = byId.get(String(link.properties.href).slice(1))
        expect(target, String(link.properties.href)).toBeDefined()
        expect(classes(target!)).toContain('hl')
      }
    }
  })

  it('shows canonical names and ISO dates on hover', () => {
    const parties = all.filter((element) => classes(element).includes('party') && classes(element).includes('hl'))
    expect(parties.length).toBeGreaterThan(0)
    const canonical = record.obligations.flatMap((obligation) => obligation.parties.map((party) => party.canonical))
    for (const mark of parties) expect(canonical.some((name) => String(mark.properties.title).startsWith(name))).toBe(true)
    expect(parties.some((mark) => String(mark.properties.title).startsWith('Đảng ủy Công an tỉnh Thanh Hóa'))).toBe(true)

    const dated = page('written/state-chi-thi.txt')
    const timings = dated.all.filter((element) => classes(element).includes('timing'))
    expect(timings.some((mark) => String(mark.properties.title).includes('2024-04-30'))).toBe(true)
  })

  it('keeps every character of the text', () => {
    for (const name of fixtureNames) {
      const {hast} = page(name)
      const article = elements(hast).find((element) => element.tagName === 'article')!
      const shown = textOf(article).replace(/\s+/g, '')
      expect(shown, name).toBe(fixture(name).normalize('NFC').replace(/\s+/g, ''))
    }
  })
})

describe('messages on a page', () => {
  it('are listed, linked to their lines, and the lines are marked', () => {
    const {file, all, byId} = page('003_3d0f6af760acfb02.txt')
    const joined = file.messages.find((message) => message.ruleId === 'page-break-joined')!
    expect(joined).toBeDefined()
    const items = all.filter((element) => element.tagName === 'li' && elements(element).some((child) => classes(child).includes('rule')))
    expect(items.length).toBe(file.messages.length)
    const link = items.flatMap((item) => elements(item)).find((element) => element.properties.href === `#L${joined.line}`)
    expect(link).toBeDefined()
    const line = byId.get(`L${joined.line}`)!
    expect(classes(line)).toContain('flagged')
    expect(String(line.properties.title)).toContain(joined.reason)
  })
})

describe('untrusted text', () => {
  const text = hostileDirective()

  it('never becomes markup on a directive’s page', () => {
    const {tree, record, file} = analyzeFile(text)
    // The payloads reached the fields a page shows …
    expect(record!.document.subject).toContain('onerror')
    expect(record!.document.addressees.join()).toContain('<svg')
    expect(record!.document.distribution.map((recipient) => recipient.name).join()).toContain('<script>')
    expect(record!.obligations.some((obligation) => obligation.what.includes('javascript:'))).toBe(true)
    // … and, poisoned on purpose, every string of the record and of the messages.
    const messages = poisoned(pageMessages(file))
    for (const html of [
      renderPage({tree: tree!, record: record!, messages: pageMessages(file), path: '"><script>window.pwned = 9</script>.txt'}),
      renderPage({tree: tree!, record: poisoned(record!), messages, path: 'javascript:window.pwned=1', index: 'javascript:window.pwned=2'})
    ]) {
      const all = elements(fromHtml(html))
      expect(all.filter((element) => ['script', 'img', 'svg', 'iframe'].includes(element.tagName))).toEqual([])
      expect(all.filter((element) => Object.keys(element.properties).some((key) => /^on/i.test(key)))).toEqual([])
      expect(all.filter((element) => /^\s*javascript:/i.test(String(element.properties.href ?? '')))).toEqual([])
      expect(html).toContain('&#x3C;script>window.pwned')
    }
  })

  it('never becomes markup on the corpus page: its one script is the filter', async () => {
    const {record} = analyzeFile(text)
    const {pageSummary} = await import('../src/outputs/html/corpus.js')
    const html = await renderCorpusPage([pageSummary(record!, 'javascript:alert(1)', '"><img src=x onerror=alert(1)>')])
    const all = elements(fromHtml(html))
    const scripts = all.filter((element) => element.tagName === 'script')
    expect(scripts.length).toBe(1)
    expect(textOf(scripts[0]!)).not.toMatch(/pwned|onerror|<img/)
    expect(all.filter((element) => ['img', 'iframe', 'foreignObject'].includes(element.tagName))).toEqual([])
    expect(all.filter((element) => Object.keys(element.properties).some((key) => /^on/i.test(key)))).toEqual([])
    // A link made from a path that looks like a script URL stays relative.
    for (const link of all.filter((element) => element.tagName === 'a')) expect(String(link.properties.href)).not.toMatch(/^\s*javascript:/i)
  })
})

describe('the command line', () => {
  it('`chithi report FILE` prints the page', async () => {
    const result = await chithi(['report', fileURLToPath(new URL('../fixtures/000_8a5523bcdb22fb49.txt', import.meta.url)), '-s'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(result.stdout).toContain('1767-CV/TU')
  })

  it('`chithi report -` reads standard input', async () => {
    const result = await chithi(['report', '-', '-s'], {stdin: fixture('002_efe6cc8491401fd3.txt')})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(`<title>${analyzeFile(fixture('002_efe6cc8491401fd3.txt')).record!.document.type}`)
  })

  it('`chithi convert --format html` writes a page per input and index.html linking to them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-html-'))
    mkdirSync(join(dir, 'in', 'sub'), {recursive: true})
    writeFileSync(join(dir, 'in', 'a.txt'), fixture('000_8a5523bcdb22fb49.txt'))
    writeFileSync(join(dir, 'in', 'sub', 'b.txt'), fixture('003_3d0f6af760acfb02.txt'))
    const result = await chithi(['convert', join(dir, 'in'), '--out', join(dir, 'out'), '--format', 'html'])
    expect(result.status, result.stderr).toBe(0)
    const index = elements(fromHtml(readFileSync(join(dir, 'out', 'index.html'), 'utf8')))
    const hrefs = new Set(index.filter((element) => element.tagName === 'a').map((element) => String(element.properties.href).split('#')[0]))
    expect(hrefs).toEqual(new Set(['./a.html', './sub/b.html']))
    const b = readFileSync(join(dir, 'out', 'sub', 'b.html'), 'utf8')
    expect(b).toContain('href="../index.html"')
    const count = (name: string) => analyzeFile(fixture(name)).record!.obligations.length
    const table = index.find((element) => element.properties.id === 'obligations')!
    expect(elements(table).filter((element) => element.tagName === 'tr' && element.children.some((cell) => cell.type === 'element' && cell.tagName === 'td')).length).toBe(
      count('000_8a5523bcdb22fb49.txt') + count('003_3d0f6af760acfb02.txt')
    )
    const figures = index.filter((element) => element.tagName === 'figure')
    expect(figures.map((figure) => figure.properties.id)).toEqual(['chart-issuers', 'chart-parties', 'chart-deadlines'])
    expect(figures[0]!.properties.dataTotal).toBe('2')
    expect(figures.every((figure) => elements(figure).some((element) => element.tagName === 'svg'))).toBe(true)

    // A resumed run converts nothing and rebuilds the same index from what the pages left.
    const before = readFileSync(join(dir, 'out', 'index.html'), 'utf8')
    const resumed = await chithi(['convert', join(dir, 'in'), '--out', join(dir, 'out'), '--format', 'html', '--resume'])
    expect(resumed.status, resumed.stderr).toBe(0)
    expect(resumed.stderr).toMatch(/0 converted, 2 skipped/)
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toBe(before)
  })
})

describe('an input called index', () => {
  it('keeps its page beside the corpus page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-html-'))
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'in', 'index.txt'), fixture('000_8a5523bcdb22fb49.txt'))
    const result = await chithi(['convert', join(dir, 'in'), '--out', join(dir, 'out'), '--format', 'html'])
    expect(result.status, result.stderr).toBe(0)
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('id="obligations"')
    expect(readFileSync(join(dir, 'out', 'index.page.html'), 'utf8')).toContain('1767-CV/TU')
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('href="./index.page.html#')
  })
})

describe('the API', () => {
  it('gives the page as hast, for plugins to change before it is written', () => {
    const {tree, record} = analyzeFile(fixture('001_27c53251131e7eff.txt'))
    const hast = directivePage({tree: tree!, record: record!})
    expect(hast.children[0]).toEqual({type: 'doctype'})
    expect(elements(hast).find((element) => element.tagName === 'html')?.properties.lang).toBe('vi')
  })

  it('counts every document in the corpus charts, and lists at most maxRows obligations', async () => {
    const summaries = fixtureNames.map((name) => pageSummary(analyzeFile(fixture(name)).record!, name.replace('.txt', '.html'), name))
    const total = summaries.reduce((sum, summary) => sum + summary.obligations.length, 0)
    // A generator: the page reads the documents once, as they come.
    const all = elements(fromHtml(await renderCorpusPage((function* () { yield* summaries })(), {maxRows: 3})))
    const table = all.find((element) => element.properties.id === 'obligations')!
    expect(elements(table).filter((element) => element.tagName === 'tr' && elements(element).some((cell) => cell.tagName === 'td')).length).toBe(3)
    expect(textOf(all.find((element) => element.tagName === 'h2' && textOf(element).includes('shown'))!)).toBe(`The first 3 of ${total} obligations (3 shown)`)
    expect(all.find((element) => element.properties.id === 'chart-issuers')?.properties.dataTotal).toBe(String(fixtureNames.length))
  })
})
