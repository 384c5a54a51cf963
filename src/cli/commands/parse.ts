/** `chithi parse FILE|-`: the syntax tree as JSON. */
import type {Command} from 'commander'
import type {EncodingOption} from '../../text/encoding.js'
import {reporter} from 'vfile-reporter'
import {parseFile} from '../../parse.js'
import {encodingOption} from '../encoding.js'
import {readVFile} from '../read.js'
import {withoutPositions} from '../json.js'

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('print the syntax tree of a directive as JSON')
    .argument('<file>', 'a text file, or - for standard input')
    .addOption(encodingOption())
    .option('--no-position', 'leave positions out')
    .action(async (path: string, options: {encoding: EncodingOption; position: boolean}) => {
      const {tree, file} = parseFile(await readVFile(path, options.encoding))
      if (file.messages.some((message) => message.fatal)) {
        process.stderr.write(reporter(file) + '\n')
        process.exitCode = 1
        return
      }

      process.stdout.write(JSON.stringify(tree, options.position ? undefined : withoutPositions, 2) + '\n')
    })
}
