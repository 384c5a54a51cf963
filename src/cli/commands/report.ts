/** `chithi report FILE|-`: one directive's HTML page on standard output. */
import type {Command} from 'commander'
import type {EncodingOption} from '../../text/encoding.js'
import {reporter} from 'vfile-reporter'
import {filePage} from '../../outputs/html/from-file.js'
import {analyzeFile} from '../../semantics/analyze.js'
import {encodingOption} from '../encoding.js'
import {readVFile} from '../read.js'

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('print a directive as a self-contained HTML page: the text with parties, actions and timings highlighted, a table of who must do what by when, the messages')
    .argument('<file>', 'a text file, or - for standard input')
    .addOption(encodingOption())
    .option('-s, --silent', 'do not print warnings on standard error')
    .action(async (path: string, options: {encoding: EncodingOption; silent?: boolean}) => {
      const {record, tree, file} = analyzeFile(await readVFile(path, options.encoding))
      const fatal = file.messages.some((message) => message.fatal)
      if ((!options.silent || fatal) && file.messages.length > 0) {
        const report = reporter(file, {quiet: true})
        if (report) process.stderr.write(report + '\n')
      }

      if (!record || !tree) {
        process.exitCode = 1
        return
      }

      process.stdout.write(filePage({tree, record, file}))
    })
}
