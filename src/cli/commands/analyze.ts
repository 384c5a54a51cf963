/** `chithi analyze FILE|-`: the record as JSON. */
import type {Command} from 'commander'
import {analyzeFile} from '../../semantics/analyze.js'
import type {EncodingOption} from '../../text/encoding.js'
import type {Context} from '../context.js'
import {encodingOption} from '../encoding.js'
import {withoutPositions} from '../json.js'
import {addReporterOptions, printMessages, type ReporterOptions} from '../messages.js'
import {readVFile} from '../read.js'

interface Options extends ReporterOptions {
  encoding: EncodingOption
  position: boolean
  compact?: boolean
}

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('print the record of a directive (document fields and obligations) as JSON; its messages go to standard error')
    .argument('<file>', 'a text file, or - for standard input')
    .addOption(encodingOption())
    .option('--no-position', 'leave positions out')
    .option('--compact', 'one line of JSON')
  addReporterOptions(command)
    .addHelpText('after', '\nExamples:\n  $ chithi analyze cv-1767.txt --no-position\n  $ chithi analyze - --compact -s < cv-1767.txt | jq .obligations[0]\n')
    .action(async (path: string, options: Options) => {
      const {record, file} = analyzeFile(await readVFile(path, io, options.encoding))
      printMessages([file], options, io)
      if (!record) {
        context.exitCode = 1
        return
      }

      io.stdout.write(JSON.stringify(record, options.position ? undefined : withoutPositions, options.compact ? undefined : 2) + '\n')
    })
}
