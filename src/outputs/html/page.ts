/**
 * A directive's page: the text laid out as a reader knows it, with every
 * obligation's party, action and timing highlighted, a side table "who must
 * do what by when" linking into the text, and the messages linked to their
 * lines. Tree and record → hast → HTML; self-contained (inline CSS only).
 */
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {DirectiveRecord} from '../../semantics/record.js'
import type {Root} from '../../tree/types.js'
import {contentSecurityPolicy} from './corpus.js'
import {all, renderState} from './handlers.js'
import {indexHighlights} from './highlight.js'
import {relativeHref} from './href.js'
import {flaggedLines, messageList, type PageMessage} from './messages.js'
import {css} from './style.js'
import {highlightsOf, taskTable} from './tasks.js'

/** What a page is made from. */
export interface PageInput {
  tree: Root
  record: DirectiveRecord
  /** The file's messages (vfile messages fit). */
  messages?: readonly PageMessage[]
  /** Where the text came from, shown in the page's title. */
  path?: string
  /** A link back to the corpus index, when the page is part of one. */
  index?: string
}

/** The page as a hast tree. */
export function directivePage(input: PageInput): HastRoot {
  const {tree, record} = input
  const messages = input.messages ?? []
  const index = indexHighlights(highlightsOf(record.obligations))
  const state = renderState(index, flaggedLines(messages))
  const text = all(tree, state)
  // A span highlighted for two obligations (an inherited party) carries the first one's id.
  const resolve = (id: string): string | undefined => {
    const target = index.kept.get(id)
    return target && index.placed.has(target) ? target : undefined
  }

  const document = record.document
  const heading = [document.type, document.number, document.issuer].filter(Boolean).join(' · ') || input.path || 'Directive'
  const facts: Array<[string, string | null]> = [
    ['Type', document.type],
    ['Number', document.number],
    ['Issuer', document.issuer],
    ['Place, date', [document.place, document.date].filter(Boolean).join(', ') || null],
    ['Subject', document.subject],
    ['Markings', document.markings.join(', ') || null],
    ['Signer', [document.signer?.title, document.signer?.name].filter(Boolean).join(' ') || null],
    ['Source', input.path ?? null]
  ]

  const panel: ElementContent[] = [
    h('section', {className: ['facts']}, [
      h('h2', 'Document'),
      h(
        'dl',
        facts.filter(([, value]) => value).flatMap(([name, value]) => [h('dt', name), h('dd', value ?? '')])
      ),
      input.index ? h('p', [h('a', {href: relativeHref(input.index)}, '← all documents')]) : ''
    ]),
    h('section', {className: ['who-what-when']}, [
      h('h2', `Who must do what by when (${record.obligations.length})`),
      h('p', {className: ['legend']}, [h('mark', {className: ['party']}, 'party'), h('span', {className: ['action']}, 'action'), h('mark', {className: ['timing']}, 'timing')]),
      taskTable(record.obligations, resolve)
    ]),
    h('section', {className: ['messages-panel']}, [h('h2', `Messages (${messages.length})`), messageList(messages, state.anchored)])
  ]

  const page: Element = h('html', {lang: 'vi'}, [
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy()}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', heading),
      h('style', css)
    ]),
    h('body', [h('div', {className: ['layout']}, [h('article', {className: ['sheet'], lang: 'vi'}, text), h('aside', {className: ['panel']}, panel)])])
  ])
  return {type: 'root', children: [{type: 'doctype'}, page]}
}

/** The page as HTML text. */
export function renderPage(input: PageInput): string {
  return toHtml(directivePage(input)) + '\n'
}
