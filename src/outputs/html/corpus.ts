/**
 * A corpus's page (`index.html` beside the pages): documents by issuer and
 * year, parties by number of obligations, deadlines by month (charts), and
 * a filterable table of every obligation linking to its page.
 */
import {createHash} from 'node:crypto'
import type {Element, Root as HastRoot} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {DirectiveRecord} from '../../semantics/record.js'
import {chartFigure} from './charts.js'
import {relativeHref} from './href.js'
import {css} from './style.js'
import {ids} from './tasks.js'

/** What the index needs of one document. */
export interface PageSummary {
  /** The page, relative to the index. */
  href: string
  /** The input, as given. */
  path: string
  type: string | null
  number: string | null
  issuer: string | null
  date: string | null
  subject: string | null
  obligations: Array<{id: string; anchor: string; at: string; who: string[]; canonical: string[]; what: string; when: Array<{kind: string; date: string | null; text: string}>}>
}

/** The summary of a document for the index. */
export function pageSummary(record: DirectiveRecord, href: string, path: string): PageSummary {
  const document = record.document
  return {
    href,
    path,
    type: document.type,
    number: document.number,
    issuer: document.issuer,
    date: document.date,
    subject: document.subject,
    obligations: record.obligations.map((obligation) => ({
      id: obligation.id,
      anchor: obligation.position ? ids(obligation).action : `row-${obligation.id}`,
      at: obligation.at,
      who: obligation.who,
      canonical: obligation.parties.filter((party) => party.role === 'responsible').map((party) => party.canonical),
      what: obligation.what,
      when: obligation.when.map((timing) => ({kind: timing.kind, date: timing.date ?? null, text: timing.text}))
    }))
  }
}

/** Filters the table's rows by the words typed; written here, never built from data. */
const filterScript = `
const input = document.getElementById('filter');
const rows = Array.from(document.querySelectorAll('#obligations tbody tr'));
const fold = (text) => text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const words = rows.map((row) => fold(row.textContent));
const count = document.getElementById('shown');
input.addEventListener('input', () => {
  const wanted = fold(input.value).split(/\\s+/).filter(Boolean);
  let shown = 0;
  rows.forEach((row, index) => {
    const visible = wanted.every((word) => words[index].includes(word));
    row.hidden = !visible;
    if (visible) shown++;
  });
  count.textContent = String(shown);
});
`

/** The Content-Security-Policy of the pages: inline style, this one script, images from data: only. */
export function contentSecurityPolicy(script?: string): string {
  const scripts = script ? `'sha256-${createHash('sha256').update(script).digest('base64')}'` : `'none'`
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scripts}; base-uri 'none'; form-action 'none'`
}

/** The corpus page as a hast tree. */
export async function corpusPage(documents: readonly PageSummary[], options: {title?: string} = {}): Promise<HastRoot> {
  const byIssuerYear = new Map<string, {label: string; series: string; count: number}>()
  const byParty = new Map<string, number>()
  const byMonth = new Map<string, number>()
  for (const document of documents) {
    const issuer = document.issuer ?? '(no issuer)'
    const year = document.date?.slice(0, 4) ?? '(no date)'
    const key = `${issuer}\u0000${year}`
    const entry = byIssuerYear.get(key) ?? {label: issuer, series: year, count: 0}
    entry.count++
    byIssuerYear.set(key, entry)
    for (const obligation of document.obligations) {
      for (const party of new Set(obligation.canonical)) byParty.set(party, (byParty.get(party) ?? 0) + 1)
      for (const timing of obligation.when) if (timing.date) byMonth.set(timing.date.slice(0, 7), (byMonth.get(timing.date.slice(0, 7)) ?? 0) + 1)
    }
  }

  const topParties = [...byParty].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).slice(0, 25)
  const charts = await Promise.all([
    chartFigure({title: 'Documents by issuer and year', label: 'issuer', count: 'documents', values: [...byIssuerYear.values()]}, 'chart-issuers'),
    chartFigure({title: 'Parties by number of obligations', label: 'party', count: 'obligations', values: topParties.map(([label, count]) => ({label, count}))}, 'chart-parties'),
    chartFigure({title: 'Deadlines by month', label: 'month', count: 'deadlines', months: true, values: [...byMonth].sort().map(([label, count]) => ({label, count}))}, 'chart-deadlines')
  ])

  const rows: Element[] = documents.flatMap((document) =>
    document.obligations.map((obligation) =>
      h('tr', [
        h('td', document.date ?? ''),
        h('td', [h('a', {href: relativeHref(document.href, obligation.anchor)}, document.number ?? document.path)]),
        h('td', document.issuer ?? ''),
        h('td', obligation.at),
        h('td', {title: obligation.canonical.join('; ')}, obligation.who.join('; ')),
        h('td', obligation.what),
        h('td', obligation.when.map((timing) => timing.date ?? timing.text).join('; '))
      ])
    )
  )
  const total = rows.length
  const title = options.title ?? `${documents.length} directives`

  const page = h('html', {lang: 'vi'}, [
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy(filterScript)}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', title),
      h('style', css)
    ]),
    h('body', [
      h('div', {className: ['index']}, [
        h('h1', title),
        h('p', `${documents.length} documents, ${total} obligations.`),
        h('div', {className: ['charts']}, charts.map((chart) => h('section', chart))),
        h('section', [
          h('h2', ['All obligations (', h('span', {id: 'shown'}, String(total)), ' shown)']),
          h('input', {id: 'filter', className: ['filter'], type: 'search', placeholder: 'Filter: party, action, date, issuer… (diacritics optional)', ariaLabel: 'filter the obligations'}),
          h('table', {id: 'obligations', className: ['tasks']}, [
            h('thead', h('tr', ['date', 'document', 'issuer', 'item', 'who', 'what', 'by when'].map((name) => h('th', name)))),
            h('tbody', rows)
          ])
        ])
      ]),
      h('script', filterScript)
    ])
  ])
  return {type: 'root', children: [{type: 'doctype'}, page]}
}

/** The corpus page as HTML text. */
export async function renderCorpusPage(documents: readonly PageSummary[], options: {title?: string} = {}): Promise<string> {
  return toHtml(await corpusPage(documents, options)) + '\n'
}
