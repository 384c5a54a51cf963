/** `chithi parse FILE|-`: the syntax tree as JSON. */
import type {Command} from 'commander'
import {parseFile} from '../../parse.js'
import type {EncodingOption} from '../../text/encoding.js'
import type {Context} from '../context.js'
import {encodingOption} from '../encoding.js'
import {jsonChunks} from '../../json-chunks.js'
import {addReporterOptions, printMessages, type ReporterOptions} from '../messages.js'
import {readVFile} from '../read.js'

interface Options extends ReporterOptions {
  encoding: EncodingOption
  position: boolean
  compact?: boolean
}

const positionKey: ReadonlySet<string> = new Set(['position'])

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('print the syntax tree of a directive as JSON; its messages go to standard error')
    .argument('<file>', 'a text file, or - for standard input')
    .addOption(encodingOption())
    .option('--no-position', 'leave positions out')
    .option('--compact', 'one line of JSON')
  addReporterOptions(command)
    .addHelpText('after', '\nExamples:\n  $ chithi parse cv-1767.txt > cv-1767.json\n  $ chithi parse - --no-position -q < cv-1767.txt\n')
    .action(async (path: string, options: Options) => {
      const {tree, file} = parseFile(await readVFile(path, io, options.encoding))
      printMessages([file], options, io)
      if (!tree) {
        context.exitCode = 1
        return
      }

      // In chunks: the JSON of a large file's tree is longer than any one string may be.
      for (const chunk of jsonChunks(tree, {space: options.compact ? 0 : 2, omit: options.position ? undefined : positionKey})) io.stdout.write(chunk)
      io.stdout.write('\n')
    })
}
