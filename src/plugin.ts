/**
 * unified plugins: `chithiParse` makes chithi the processor's parser.
 *
 *     const tree = unified().use(chithiParse).parse(text)
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {parseFile} from './parse.js'
import type {Root} from './tree/types.js'

/** Parse directive text (or bytes) into a chithi tree; messages go on the file. */
export function chithiParse(this: Processor<Root>): void {
  this.parser = (_document: string, file: VFile): Root => {
    const {tree} = parseFile(file)
    return tree ?? {type: 'root', absent: [], children: []}
  }
}
