/**
 * The messages of a page: listed, each linked to the line it is about
 * (which the text marks).
 */
import type {Element} from 'hast'
import {h} from 'hastscript'
import {fragmentHref} from './href.js'

/** A message as pages show it. */
export interface PageMessage {
  line: number | undefined
  column: number | undefined
  ruleId: string | undefined
  severity: 'error' | 'warning' | 'info'
  reason: string
}

/** Reasons by line, for marking lines in the text. */
export function flaggedLines(messages: readonly PageMessage[]): Map<number, string[]> {
  const lines = new Map<number, string[]>()
  for (const message of messages) {
    if (message.line === undefined) continue
    lines.set(message.line, [...(lines.get(message.line) ?? []), `${message.ruleId ?? 'message'}: ${message.reason}`])
  }

  return lines
}

/** The list; a message links to its line when the line was marked in the text. */
export function messageList(messages: readonly PageMessage[], anchored: ReadonlySet<number>): Element {
  if (messages.length === 0) return h('p', 'No messages.')
  return h(
    'ol',
    {className: ['messages']},
    messages.map((message) => {
      const place = message.line === undefined ? '' : `${message.line}:${message.column ?? 1}`
      return h('li', {className: [message.severity]}, [
        message.line !== undefined && anchored.has(message.line) ? h('a', {href: fragmentHref(`L${message.line}`)}, place) : place,
        ' ',
        h('span', {className: ['rule']}, message.ruleId ?? ''),
        ' ',
        message.reason
      ])
    })
  )
}
