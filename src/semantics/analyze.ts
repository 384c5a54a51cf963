/**
 * `analyze`: a directive's text (or tree) → its record.
 */
import {documented, origin} from '../messages.js'
import {VFile} from 'vfile'
import {parseFile} from '../parse.js'
import type {Input} from '../text/input.js'
import {attachedDocuments, documentFields} from '../tree/fields.js'
import {withoutStack} from '../tree/report.js'
import type {Node, Position, Root, Table} from '../tree/types.js'
import {canonicalParty, jurisdictionOf, type Jurisdiction} from './canonical.js'
import {paragraphsOf, walkBody, type Draft, type FoundParty} from './obligations.js'
import type {DirectiveRecord, Obligation, Party, Reference} from './record.js'
import {clearReferenceCache, findReferences} from './references.js'
import {clearSentenceCache} from './clause/sentences.js'
import {tablesDrafts} from './tables.js'
import {positionIn, unitOf} from './text-unit.js'

/** What `analyzeFile` gives: the record, the tree, and the file with the messages of both. */
export interface AnalyzedFile {
  record: DirectiveRecord | undefined
  tree: Root | undefined
  file: VFile
}

/** Analyze a directive, keeping the tree and the file with its messages. */
export function analyzeFile(input: Input | Root): AnalyzedFile {
  if (isRoot(input)) {
    const file = new VFile()
    return {record: recordOf(input, file), tree: input, file}
  }

  const {tree, file} = parseFile(input)
  return {record: tree ? recordOf(tree, file) : undefined, tree, file}
}

/**
 * The record of a directive: `document` and `obligations`. Takes text, bytes,
 * a vfile or a tree; never throws (input that is not text gives an empty
 * record).
 */
export function analyze(input: Input | Root): DirectiveRecord {
  return analyzeFile(input).record ?? recordOf({type: 'root', absent: [], children: []}, new VFile())
}

function isRoot(input: Input | Root): input is Root {
  return typeof input === 'object' && input !== null && 'type' in input && (input as Node).type === 'root'
}

/** Build the record of a tree, reporting doubts on `file`. */
export function recordOf(tree: Root, file: VFile): DirectiveRecord {
  clearSentenceCache()
  clearReferenceCache()
  const fields = documentFields(tree)
  const year = fields.date ? Number(fields.date.slice(0, 4)) : undefined
  const signature = tree.children.find((node) => node.type === 'signature')
  const jurisdiction = jurisdictionOf(fields.issuer) ?? jurisdictionOf(signature?.type === 'signature' ? signature.onBehalfOf : null)
  const walk = {
    year,
    issued: fields.date ?? undefined,
    doubts: {
      noParty(text: string, position: Position | undefined) {
        withoutStack(() => documented(file.message(`No party for \`${text.length > 60 ? text.slice(0, 57) + '…' : text}\`, and none above it to inherit`, {
          place: position,
          ...origin('no-party')
        })))
      }
    }
  }

  const drafts: Draft[] = []
  let requested: FoundParty[] = []
  const body = tree.children.find((node) => node.type === 'body')
  if (body?.type === 'body') {
    const walked = walkBody(walk, body)
    drafts.push(...walked.drafts)
    requested = walked.requested
  }

  // A document issued with this one (`KẾ HOẠCH` after the signature of the Quyết định that issues it): its items are read as the body's.
  for (const attached of attachedDocuments(tree)) drafts.push(...walkBody(walk, {type: 'body', children: attached.children}).drafts)
  drafts.push(...tablesDrafts(tablesOf(tree), {year, date: fields.date ?? undefined}))

  const obligations = drafts.map((draft, index) => toObligation(draft, index, jurisdiction))
  for (const obligation of obligations) {
    for (const timing of obligation.when) {
      if ((timing.kind === 'by' || timing.kind === 'on') && !timing.date) {
        withoutStack(() => documented(file.message(`Timing \`${timing.text}\` has no date that can be resolved`, {place: timing.position, ...origin('unresolved-date')})))
      }
    }
  }

  return {
    document: {
      ...fields,
      type: fields.type ?? selfReference(tree),
      requested: requested.map((party) => party.text),
      province: jurisdiction?.name ?? null,
      references: referencesOf(tree, year)
    },
    obligations
  }
}

const selfTypes = ['Công văn', 'Chỉ thị', 'Thông báo', 'Kết luận', 'Nghị quyết', 'Kế hoạch', 'Quyết định', 'Công điện', 'Hướng dẫn', 'Quy định', 'Chương trình'] as const

/** Without title or number, the type the text calls itself (`… thực hiện Kết luận này`), if it says so twice. */
function selfReference(tree: Root): DirectiveRecord['document']['type'] {
  const body = tree.children.find((node) => node.type === 'body')
  if (!body) return null
  const text = paragraphsOf(body)
    .map((paragraph) => unitOf([paragraph]).text)
    .join(' ')
  let best: (typeof selfTypes)[number] | null = null
  let count = 1
  for (const type of selfTypes) {
    const found = text.match(new RegExp(`(?<![\\p{L}])${type} này(?![\\p{L}])`, 'giu'))?.length ?? 0
    if (found > count) {
      best = type
      count = found
    }
  }

  return best
}

function toObligation(draft: Draft, index: number, jurisdiction: Jurisdiction | null): Obligation {
  const party = (found: FoundParty, role: Party['role']): Party => ({
    text: found.text,
    ...canonicalParty(found.text, jurisdiction),
    role,
    position: found.position
  })
  const obligation: Obligation = {
    id: `o${index + 1}`,
    at: draft.at,
    who: unique(draft.who.map((found) => found.text)),
    inherited: draft.inherited,
    what: draft.what.join('; '),
    polarity: draft.polarity,
    when: draft.when.map((timing) => {
      const out: Obligation['when'][number] = {kind: timing.kind, text: timing.text, position: timing.position}
      if (timing.date) out.date = timing.date
      if (timing.period) out.period = timing.period
      return out
    }),
    parties: [
      ...draft.who.map((found) => party(found, 'responsible')),
      ...draft.with.map((found) => party(found, 'with')),
      ...draft.reportTo.map((found) => party(found, 'reportTo'))
    ],
    position: draft.position
  }
  if (draft.with.length > 0) obligation.with = unique(draft.with.map((found) => found.text))
  if (draft.lead) obligation.lead = true
  if (draft.reportTo.length > 0) obligation.reportTo = unique(draft.reportTo.map((found) => found.text))
  if (draft.row) obligation.row = draft.row
  return obligation
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/** Tables of the body and of the annex. */
function tablesOf(tree: Root): Table[] {
  const out: Table[] = []
  const visit = (node: Node): void => {
    if (node.type === 'table') out.push(node as Table)
    else if ('children' in node) for (const child of (node as {children: Node[]}).children) visit(child)
  }

  for (const node of tree.children) if (node.type === 'body' || node.type === 'appendix') visit(node)
  return out
}

/** Citations in the body and the annex. */
function referencesOf(tree: Root, year: number | undefined): Reference[] {
  const out: Reference[] = []
  for (const node of tree.children) {
    if (node.type !== 'body' && node.type !== 'appendix') continue
    for (const paragraph of paragraphsOf(node)) {
      const unit = unitOf([paragraph])
      for (const found of findReferences(unit.text, year)) {
        out.push({kind: found.kind, number: found.number, date: found.date, issuer: found.issuer, text: found.text, position: positionIn(unit, found.start, found.end)})
      }
    }
  }

  return out
}
