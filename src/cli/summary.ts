/**
 * A one-screen summary of parsed directives.
 */
import type {VFile} from 'vfile'
import type {DocumentFields} from '../tree/fields.js'

/** One parsed file. */
export interface SummaryRow {
  path: string
  fields: DocumentFields | undefined
  file: VFile
}

/** Rows of `type · number · date · issuer · items · messages`, then totals. */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const lines: string[] = []
  let warnings = 0
  for (const {path, fields, file} of rows) {
    const name = path.split('/').pop() ?? path
    const counted = file.messages.filter((message) => message.fatal === false || message.fatal === true).length
    warnings += counted
    if (!fields) {
      lines.push(`${name}  ✗ ${file.messages[0]?.reason ?? 'unreadable'}`)
      continue
    }

    lines.push(
      [
        name,
        fields.type ?? '—',
        fields.number ?? '—',
        fields.date ?? '—',
        fields.issuer ?? '—',
        `${fields.items.length} items`,
        fields.signer?.name ?? '—',
        counted > 0 ? `${counted} ⚠` : '✓'
      ].join('  ·  ')
    )
    if (fields.subject) lines.push(`    ${fields.subject.length > 100 ? fields.subject.slice(0, 99) + '…' : fields.subject}`)
  }

  lines.push('', `${rows.length} documents, ${warnings} warnings (run \`chithi check\` to see them)`)
  return lines.join('\n')
}
