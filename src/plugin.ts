/**
 * unified plugins: `chithiParse` makes chithi the processor's parser.
 *
 *     const tree = unified().use(chithiParse).parse(text)
 */
import type {Plugin} from 'unified'
import {parseFile} from './parse.js'
import type {Root} from './tree/types.js'

/** Parse directive text (or bytes) into a chithi tree; messages go on the file. */
export const chithiParse: Plugin<[], string, Root> = function () {
  this.parser = (_document, file) => parseFile(file).tree ?? {type: 'root', absent: [], children: []}
}
