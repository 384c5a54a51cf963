/**
 * The words of a node: text leaves joined, markers left out, white space
 * collapsed (like `mdast-util-to-string`).
 */
import type {Node} from './types.js'

/** Plain text of a node or nodes. */
export function toText(node: Node | readonly Node[]): string {
  const parts: string[] = []
  let lastEnd: number | undefined
  const visit = (current: Node): void => {
    if (current.type === 'text') {
      // Leaves that are not adjacent in the source (a joined page break) are separate words.
      const start = current.position?.start.offset
      if (lastEnd !== undefined && start !== undefined && start > lastEnd) parts.push(' ')
      parts.push((current as unknown as {value: string}).value)
      lastEnd = current.position?.end.offset
    }
    else if (current.type === 'marker' || current.type === 'pageBreak') parts.push(' ')
    else if ('children' in current) {
      for (const child of (current as {children: Node[]}).children) visit(child)
      if (current.type !== 'strong' && current.type !== 'emphasis') parts.push(' ')
    }
  }

  for (const each of Array.isArray(node) ? node : [node]) visit(each as Node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}
