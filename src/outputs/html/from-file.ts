/**
 * A page from an analysed file: its tree, record and vfile messages.
 */
import type {VFile} from 'vfile'
import type {DirectiveRecord} from '../../semantics/record.js'
import type {Root} from '../../tree/types.js'
import type {PageMessage} from './messages.js'
import {renderPage} from './page.js'

/** A vfile's messages as a page lists them. */
export function pageMessages(file: VFile): PageMessage[] {
  return file.messages.map((message) => ({
    line: message.line,
    column: message.column,
    ruleId: message.ruleId,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason
  }))
}

/** The HTML page of an analysed file. */
export function filePage(input: {tree: Root; record: DirectiveRecord; file: VFile; index?: string}): string {
  return renderPage({tree: input.tree, record: input.record, messages: pageMessages(input.file), path: input.file.path, index: input.index})
}
