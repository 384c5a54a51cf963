/** `chithi convert PATH|GLOB… --out DIR`: bulk conversion. */
import {Command, Option} from 'commander'
import {VFile} from 'vfile'
import {convert, exitCode, formatReport} from '../../batch/convert.js'
import {csvHeader, csvRows, type Format} from '../../batch/outputs.js'
import {analyzeFile} from '../../semantics/analyze.js'
import {addBatchOptions, batchSettings, type BatchOptions} from '../batch-options.js'
import {readVFile} from '../read.js'
import {version} from '../version.js'

interface Options extends BatchOptions {
  out?: string
  format: Format
  resume?: boolean
  tree: boolean
  allowOutInside?: boolean
}

export function registerConvert(program: Command): void {
  const command = program
    .command('convert')
    .description('convert many directives: a JSON file or HTML page per input, or one JSONL or CSV file; report.json (and index.html for html)')
    .argument('<inputs...>', 'files, folders (every .txt inside) or globs; - for standard input')
    .option('-o, --out <dir>', 'output folder (required unless reading standard input)')
    .addOption(new Option('-f, --format <format>', 'output format (html: a page per document, and index.html with charts and every obligation)').choices(['json', 'jsonl', 'csv', 'html']).default('json'))
    .option('--resume', 'skip inputs already converted from the same bytes by the same version')
    .option('--no-tree', 'json: write the record only, not the syntax tree')
    .option('--allow-out-inside', 'allow the output folder inside an input folder')
  addBatchOptions(command).action(async (inputs: string[], options: Options) => {
    if (inputs.length === 1 && inputs[0] === '-') {
      await fromStandardInput(options)
      return
    }

    if (!options.out) {
      process.stderr.write('chithi convert: --out DIR is required (or read standard input with -)\n')
      process.exitCode = 2
      return
    }

    const report = await convert(inputs, {
      out: options.out,
      formats: [options.format],
      ...batchSettings(options),
      resume: options.resume ?? false,
      tree: options.tree,
      allowOutInside: options.allowOutInside ?? false,
      version
    })
    if ('problem' in report) {
      process.stderr.write(`chithi convert: ${report.problem}\n`)
      process.exitCode = 2
      return
    }

    process.stderr.write(formatReport(report, options.out) + '\n')
    process.exitCode = exitCode(report, options.failOn)
  })
}

/** One document from standard input, written to standard output. */
async function fromStandardInput(options: Options): Promise<void> {
  const input = await readVFile('-', options.encoding)
  const {record, tree, file} = analyzeFile(new VFile({path: '<stdin>', value: input.value, data: {encoding: options.encoding}}))
  if (!record) {
    process.stderr.write(`<stdin>: ${file.messages[0]?.reason ?? 'not readable'}\n`)
    process.exitCode = 1
    return
  }

  if (options.format === 'csv') process.stdout.write(csvHeader() + csvRows('stdin', '<stdin>', record))
  else if (options.format === 'jsonl') process.stdout.write(JSON.stringify({record, messages: file.messages.map((message) => ({line: message.line, column: message.column, ruleId: message.ruleId, reason: message.reason}))}) + '\n')
  else process.stdout.write(JSON.stringify({record, tree: options.tree ? tree : undefined}, null, 2) + '\n')
}
