/** `chithi analyze FILE|-`: the record as JSON. */
import type {Command} from 'commander'
import type {EncodingOption} from '../../text/encoding.js'
import {reporter} from 'vfile-reporter'
import {analyzeFile} from '../../semantics/analyze.js'
import {withoutPositions} from '../json.js'
import {encodingOption} from '../encoding.js'
import {readVFile} from '../read.js'

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('print the record of a directive (document fields and obligations) as JSON')
    .argument('<file>', 'a text file, or - for standard input')
    .addOption(encodingOption())
    .option('--no-position', 'leave positions out')
    .option('--compact', 'one line of JSON')
    .option('-s, --silent', 'do not print warnings on standard error')
    .action(async (path: string, options: {encoding: EncodingOption; position: boolean; compact?: boolean; silent?: boolean}) => {
      const {record, file} = analyzeFile(await readVFile(path, options.encoding))
      const fatal = file.messages.some((message) => message.fatal)
      if ((!options.silent || fatal) && file.messages.length > 0) {
        const report = reporter(file, {quiet: true})
        if (report) process.stderr.write(report + '\n')
      }

      if (!record) {
        process.exitCode = 1
        return
      }

      process.stdout.write(JSON.stringify(record, options.position ? undefined : withoutPositions, options.compact ? undefined : 2) + '\n')
    })
}
