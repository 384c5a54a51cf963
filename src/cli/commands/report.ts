/** `chithi report FILE|-`: one directive's HTML page on standard output. */
import type {Command} from 'commander'
import {filePage} from '../../outputs/html/from-file.js'
import {analyzeFile} from '../../semantics/analyze.js'
import type {EncodingOption} from '../../text/encoding.js'
import type {Context} from '../context.js'
import {encodingOption} from '../encoding.js'
import {addReporterOptions, printMessages, type ReporterOptions} from '../messages.js'
import {readVFile} from '../read.js'

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('print a directive as a self-contained HTML page: the text with parties, actions and timings highlighted, a table of who must do what by when, the messages (also on standard error)')
    .argument('<file>', 'a text file, or - for standard input')
    .addOption(encodingOption())
  addReporterOptions(command)
    .addHelpText('after', '\nExample:\n  $ chithi report cv-1767.txt -q > cv-1767.html\n')
    .action(async (path: string, options: ReporterOptions & {encoding: EncodingOption}) => {
      const {record, tree, file} = analyzeFile(await readVFile(path, io, options.encoding))
      printMessages([file], options, io)
      if (!record || !tree) {
        context.exitCode = 1
        return
      }

      io.stdout.write(filePage({tree, record, file}))
    })
}
