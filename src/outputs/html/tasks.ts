/**
 * The obligations as highlights in the text, and the side table "who must
 * do what by when" whose cells link to them.
 */
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Obligation, Party, Timing} from '../../semantics/record.js'
import type {Highlight} from './highlight.js'
import {fragmentHref} from './href.js'

const roleNames: Record<Party['role'], string> = {responsible: 'responsible', with: 'works with', reportTo: 'reports to'}

/** Element ids of an obligation's pieces. */
export function ids(obligation: Obligation): {action: string; party: (index: number) => string; timing: (index: number) => string} {
  return {
    action: `${obligation.id}-what`,
    party: (index) => `${obligation.id}-who-${index}`,
    timing: (index) => `${obligation.id}-when-${index}`
  }
}

/** What a timing says on hover. */
export function timingTitle(timing: Timing): string {
  return [timing.kind, timing.date, timing.period].filter(Boolean).join(' ')
}

/** Every party, action and timing of the record as a highlight. */
export function highlightsOf(obligations: readonly Obligation[]): Highlight[] {
  const out: Highlight[] = []
  for (const obligation of obligations) {
    const id = ids(obligation)
    const action = obligation.position
    if (action?.start.offset !== undefined && action.end.offset !== undefined) {
      out.push({kind: 'action', start: action.start.offset, end: action.end.offset, id: id.action, title: `${obligation.id} (${obligation.at}): ${obligation.who.join(', ') || '—'}`})
    }

    obligation.parties.forEach((party, index) => {
      const at = party.position
      if (at?.start.offset === undefined || at.end.offset === undefined) return
      out.push({
        kind: 'party',
        start: at.start.offset,
        end: at.end.offset,
        id: id.party(index),
        title: `${party.canonical} (${party.kind}, ${party.level}; ${roleNames[party.role]})`,
        classes: [`role-${party.role}`]
      })
    })
    obligation.when.forEach((timing, index) => {
      const at = timing.position
      if (at?.start.offset === undefined || at.end.offset === undefined) return
      out.push({kind: 'timing', start: at.start.offset, end: at.end.offset, id: id.timing(index), title: timingTitle(timing)})
    })
  }

  return out
}

/** Links after a label, or nothing when there are none. */
function labelled(label: string, links: Array<Element | string>): Array<Element | string> {
  return links.length > 0 ? [label, ...links] : []
}

/**
 * The side table: a row per obligation; each party, action and timing links
 * to its highlight (`resolve` gives the id actually placed, since a span
 * shared by two obligations is highlighted once).
 */
export function taskTable(obligations: readonly Obligation[], resolve: (id: string) => string | undefined): Element {
  const link = (id: string, content: string, title?: string): Element | string => {
    const target = resolve(id)
    return target ? h('a', {href: fragmentHref(target), title}, content) : content
  }

  const rows = obligations.map((obligation) => {
    const id = ids(obligation)
    const parties = (role: Party['role']) =>
      obligation.parties
        .map((party, index) => ({party, index}))
        .filter(({party}) => party.role === role)
        .flatMap(({party, index}, position) => [position > 0 ? '; ' : '', link(id.party(index), party.text, party.canonical)])
    return h('tr', {id: `row-${obligation.id}`, dataObligation: obligation.id}, [
      // The item links to the first of its pieces that is highlighted.
      h('td', {className: ['at']}, link([id.action, ...obligation.parties.map((_, index) => id.party(index)), ...obligation.when.map((_, index) => id.timing(index))].find((piece) => resolve(piece)) ?? id.action, obligation.at)),
      h('td', {className: ['who']}, [...parties('responsible'), obligation.inherited ? h('small', ' (inherited)') : '']),
      h('td', {className: ['what']}, [obligation.polarity === 'refrain' ? h('strong', 'not: ') : '', link(id.action, obligation.what)]),
      h('td', {className: ['when']}, obligation.when.flatMap((timing, index) => [index > 0 ? '; ' : '', link(id.timing(index), timing.date ?? timing.text, timingTitle(timing))])),
      h('td', {className: ['others']}, [...labelled('with: ', parties('with')), ...labelled(' report to: ', parties('reportTo'))])
    ])
  })
  return h('table', {className: ['tasks']}, [
    h('thead', [h('tr', [h('th', 'item'), h('th', 'who'), h('th', 'what'), h('th', 'by when'), h('th', 'with, report to')])]),
    h('tbody', rows)
  ])
}
