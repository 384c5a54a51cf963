/**
 * A corpus's page (`index.html` beside the pages): documents by issuer and
 * year, parties by number of obligations, deadlines by month (charts), which
 * directive of the batch implements which, and a filterable table of every
 * obligation linking to its page.
 */
import {createHash} from 'node:crypto'
import type {Element, Root as HastRoot} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {DirectiveRecord, DocumentHeading, Party} from '../../semantics/record.js'
import {canonicalParty} from '../../semantics/canonical.js'
import {fold} from '../../text/fold.js'
import {resolveCitations, type Citation, type CitationGraph, type CitedDocument} from '../../store/citations.js'
import {chartFigure} from './charts.js'
import {relativeHref} from './href.js'
import {css} from './style.js'
import {ids} from './tasks.js'

/** What the index needs of one document. */
export interface PageSummary extends DocumentHeading {
  /** The page, relative to the index. */
  href: string
  /** The input, as given. */
  path: string
  obligations: Array<{id: string; anchor: string; at: string; who: string[]; canonical: string[]; what: string; when: Array<{kind: string; date: string | null; text: string}>}>
  /** The documents it cites (`Thực hiện Chỉ thị số 32/CT-TTg …`), to find which directive of the batch implements which. */
  references?: Array<{kind: string; number: string | null; date: string | null; issuer: string | null; text: string}>
  /** The issuer's level (central, province, district, commune), to group the directives implementing one. */
  level?: string
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
    references: document.references.map((reference) => ({kind: reference.kind, number: reference.number, date: reference.date, issuer: reference.issuer, text: reference.text})),
    level: document.issuer ? canonicalParty(document.issuer, null).level : 'any',
    obligations: record.obligations.map((obligation) => ({
      id: obligation.id,
      anchor: obligation.position ? ids(obligation).action : `row-${obligation.id}`,
      at: obligation.at,
      who: obligation.who,
      // Bodies only: a group (`các sở, ban, ngành`, `cơ quan`) is never charted as a body; a body in its place (`Phòng Y tế (Thanh Hóa)`).
      canonical: obligation.parties.filter((party) => party.role === 'responsible' && party.kind !== 'group').map(placedName),
      what: obligation.what,
      when: obligation.when.map((timing) => ({kind: timing.kind, date: timing.date ?? null, text: timing.text}))
    }))
  }
}

/** A body's name with its jurisdiction where the name does not say it: the same words of two provinces are two bodies. */
function placedName(party: Party): string {
  if (!party.jurisdiction || fold(party.canonical).includes(fold(party.jurisdiction.name))) return party.canonical
  return `${party.canonical} (${party.jurisdiction.name})`
}

/** The bars of the `limit` issuers with most documents; the rest together as `(others)`. */
function topIssuers(byIssuerYear: Map<string, {label: string; series: string; count: number}>, limit: number): Array<{label: string; series: string; count: number}> {
  const perIssuer = new Map<string, number>()
  for (const entry of byIssuerYear.values()) perIssuer.set(entry.label, (perIssuer.get(entry.label) ?? 0) + entry.count)
  const kept = new Set([...perIssuer].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).slice(0, limit).map(([issuer]) => issuer))
  const bars = new Map<string, {label: string; series: string; count: number}>()
  for (const entry of byIssuerYear.values()) {
    const label = kept.has(entry.label) ? entry.label : '(others)'
    const key = `${label}\u0000${entry.series}`
    const bar = bars.get(key) ?? {label, series: entry.series, count: 0}
    bar.count += entry.count
    bars.set(key, bar)
  }

  return [...bars.values()]
}

/** A row of the table of obligations, linking to the spot in the document's page. */
function obligationRow(document: PageSummary, obligation: PageSummary['obligations'][number]): Element {
  return h('tr', [
    h('td', document.date ?? ''),
    h('td', [h('a', {href: relativeHref(document.href, obligation.anchor)}, document.number ?? document.path)]),
    h('td', document.issuer ?? ''),
    h('td', obligation.at),
    h('td', {title: obligation.canonical.join('; ')}, obligation.who.join('; ')),
    h('td', obligation.what),
    h('td', obligation.when.map((timing) => timing.date ?? timing.text).join('; '))
  ])
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

/** Options of the corpus page. */
export interface CorpusPageOptions {
  title?: string
  /** At most this many rows in the table of obligations (the charts count them all); 20,000 by default. */
  maxRows?: number
}

/**
 * The corpus page as a hast tree. Documents may come from any iterable (a
 * generator reading summaries from disk): only the counts and the table's
 * rows are kept.
 */
export async function corpusPage(documents: Iterable<PageSummary>, options: CorpusPageOptions = {}): Promise<HastRoot> {
  const maxRows = options.maxRows ?? 20_000
  const rows: Element[] = []
  let total = 0
  let count = 0
  const byIssuerYear = new Map<string, {label: string; series: string; count: number}>()
  const byParty = new Map<string, number>()
  const byMonth = new Map<string, number>()
  const cited: CitedDocument[] = []
  const citations: Array<Omit<Citation, 'resolved'>> = []
  const levels = new Map<string, string>()
  for (const document of documents) {
    count++
    cited.push({id: document.href, path: document.path, type: document.type, number: document.number, issuer: document.issuer, date: document.date})
    levels.set(document.href, document.level ?? 'any')
    for (const reference of document.references ?? []) citations.push({from: document.href, ...reference})
    const issuer = document.issuer ?? '(no issuer)'
    const year = document.date?.slice(0, 4) ?? '(no date)'
    const key = `${issuer}\u0000${year}`
    const entry = byIssuerYear.get(key) ?? {label: issuer, series: year, count: 0}
    entry.count++
    byIssuerYear.set(key, entry)
    for (const obligation of document.obligations) {
      total++
      if (rows.length < maxRows) rows.push(obligationRow(document, obligation))
      for (const party of new Set(obligation.canonical)) byParty.set(party, (byParty.get(party) ?? 0) + 1)
      for (const timing of obligation.when) if (timing.date) byMonth.set(timing.date.slice(0, 7), (byMonth.get(timing.date.slice(0, 7)) ?? 0) + 1)
    }
  }

  const topParties = [...byParty].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).slice(0, 25)
  const charts = await Promise.all([
    chartFigure({title: 'Documents by issuer and year', label: 'issuer', count: 'documents', values: topIssuers(byIssuerYear, 30)}, 'chart-issuers'),
    chartFigure({title: 'Parties by number of obligations', label: 'party', count: 'obligations', values: topParties.map(([label, count]) => ({label, count}))}, 'chart-parties'),
    chartFigure({title: 'Deadlines by month', label: 'month', count: 'deadlines', months: true, values: [...byMonth].sort().map(([label, count]) => ({label, count}))}, 'chart-deadlines')
  ])

  const title = options.title ?? `${count} directives`

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
        h('p', `${count} documents, ${total} obligations.`),
        h('div', {className: ['charts']}, charts.map((chart) => h('section', chart))),
        ...implementationSection(resolveCitations(cited, citations), levels),
        h('section', [
          h('h2', [rows.length < total ? `The first ${rows.length} of ${total} obligations (` : 'All obligations (', h('span', {id: 'shown'}, String(rows.length)), ' shown)']),
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

const levelOrder = ['central', 'province', 'district', 'commune', 'any']
const levelNames: Record<string, string> = {central: 'central', province: 'province', district: 'district', commune: 'commune', any: 'level not known'}

/**
 * Which directive implements which: for each directive of the batch that
 * others of the batch cite, those citing it, by the level of their issuer
 * (the chain from the centre to the provinces to the communes).
 */
function implementationSection(graph: CitationGraph, levels: Map<string, string>): Element[] {
  const implementing = new Map<string, Set<string>>()
  for (const citation of graph.citations) {
    if (!citation.resolved) continue
    const set = implementing.get(citation.resolved) ?? new Set<string>()
    set.add(citation.from)
    implementing.set(citation.resolved, set)
  }

  if (implementing.size === 0) return []
  const label = (id: string): string => {
    const document = graph.documents.get(id)!
    return [document.type, document.number ?? document.path, document.date ? `(${document.date})` : null, document.issuer ? `— ${document.issuer}` : null].filter(Boolean).join(' ')
  }

  const byDate = (a: string, b: string): number => (graph.documents.get(a)?.date ?? '').localeCompare(graph.documents.get(b)?.date ?? '') || a.localeCompare(b)
  const items = [...implementing].sort(([a], [b]) => byDate(a, b)).map(([target, from]) =>
    h('li', [
      h('a', {href: target}, label(target)),
      h(
        'ul',
        levelOrder
          .map((level) => [level, [...from].filter((id) => (levels.get(id) ?? 'any') === level).sort(byDate)] as const)
          .filter(([, ids]) => ids.length > 0)
          .map(([level, ids]) => h('li', [h('span', {className: ['level']}, `${levelNames[level]}: `), ...ids.flatMap((id, index) => [index > 0 ? '; ' : '', h('a', {href: id}, label(id))])]))
      )
    ])
  )
  return [h('section', {id: 'implementation'}, [h('h2', 'Which directive implements which'), h('ul', {className: ['implementation']}, items)])]
}

/** The corpus page as HTML text. */
export async function renderCorpusPage(documents: Iterable<PageSummary>, options: CorpusPageOptions = {}): Promise<string> {
  return toHtml(await corpusPage(documents, options)) + '\n'
}
