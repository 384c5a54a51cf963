/** `chithi convert PATH|GLOB… --out DIR`: bulk conversion. */
import {type Command, Option} from 'commander'
import {convert, exitCode, formatReport} from '../../batch/convert.js'
import {mergeShards} from '../../batch/merge.js'
import type {Shard} from '../../batch/shard.js'
import {csvHeader, csvRows, type Format} from '../../batch/outputs.js'
import {addBatchOptions, batchSettings, type BatchOptions} from '../batch-options.js'
import type {Context} from '../context.js'
import {CliError, usageError} from '../io.js'
import {shard} from '../parsers.js'
import {version} from '../version.js'

interface Options extends BatchOptions {
  out?: string
  format: Format
  resume?: boolean
  tree: boolean
  allowOutInside?: boolean
  bom?: boolean
  shard?: Shard
  mergeReports?: boolean
}

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('convert many directives: a JSON file or HTML page per input, or one JSONL or CSV file, or two Parquet files; report.json (and index.html for html)')
    .argument('<inputs...>', 'files, folders (every .txt inside, or --ext) or globs; - for standard input; with --merge-reports, the shards\' output folders')
    .option('-o, --out <dir>', 'output folder (without it, standard input alone is converted to standard output)')
    .addOption(new Option('-f, --format <format>', 'output format (html: a page per document, and index.html with charts and every obligation; parquet: obligations.parquet and documents.parquet, for DuckDB, Spark, pandas, polars)').choices(['json', 'jsonl', 'csv', 'html', 'parquet']).default('json'))
    .option('--resume', 'skip inputs already converted from the same bytes by the same version')
    .option('--no-tree', 'json: write the record only, not the syntax tree')
    .option('--allow-out-inside', 'allow the output folder inside an input folder')
    .option('--bom', 'csv to standard output: begin with a byte-order mark (files in --out always have one, for spreadsheets)')
    .option('--shard <i/n>', 'convert share i of n (1 to n) of the inputs, by a hash of each path relative to its input folder; the report and aggregates are named for the shard (report.shard-i-of-n.json …)', shard)
    .option('--merge-reports', 'merge the shards whose output folders are given: report.json summed, records.jsonl, obligations.csv, index.html or the Parquet files in the whole batch\'s order, into --out (default: the first folder)')
  addBatchOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  $ chithi convert archive/ --out out --format csv --jobs 2
  $ chithi convert "archive/**/*.md" --ext md --out out --resume
  $ chithi convert - --format jsonl < cv-1767.txt
  $ chithi convert archive/ --out out --format parquet --shard 2/8 --resume # on machine 2 of 8
  $ chithi convert --merge-reports out                                       # once all 8 are done
`
    )
    .action(async (inputs: string[], options: Options) => {
      if (options.mergeReports) return merge(inputs, options, context)
      if (options.shard && inputs.includes('-')) throw usageError('--shard divides files, not standard input: give files or folders')
      const stdin = inputs.includes('-') ? await io.readStdin() : undefined
      if (!options.out) {
        if (stdin && inputs.length === 1) return toStandardOutput(stdin, options, context)
        throw usageError('--out DIR is required (or give - alone to convert standard input to standard output)')
      }

      const report = await convert(inputs, {
        out: options.out,
        formats: [options.format],
        ...batchSettings(options),
        resume: options.resume ?? false,
        tree: options.tree,
        allowOutInside: options.allowOutInside ?? false,
        version,
        progress: io.stderr,
        stdin,
        shard: options.shard
      })
      if ('problem' in report) throw usageError(report.problem)
      if (report.documents.total === 0 && !options.shard) throw new CliError(`no input files: nothing matched ${inputs.join(' ')} (folders are read for ${options.ext.map((extension) => `.${extension}`).join(', ')}; see --ext)`)
      io.stderr.write(formatReport(report, options.out) + '\n')
      context.exitCode = exitCode(report, options.failOn)
      if (report.writeError) throw new CliError(report.writeError)
    })
}

/** `--merge-reports DIR…`: the shards' reports summed, their aggregates in the batch's order. */
async function merge(folders: string[], options: Options, context: Context): Promise<void> {
  if (options.shard) throw usageError('--merge-reports merges shards already converted: give it no --shard')
  const report = await mergeShards(folders, {out: options.out})
  if ('problem' in report) throw new CliError(report.problem)
  const out = options.out ?? (folders[0] as string)
  context.io.stderr.write(`${report.shards} shards merged\n${formatReport(report, out)}\n`)
  context.exitCode = exitCode(report, options.failOn)
}

/**
 * One document from standard input, written to standard output as a file's
 * output would be. The analyzer is loaded here, not with the command: a batch
 * converts on its workers, and its own thread never needs a parser.
 */
async function toStandardOutput(bytes: Uint8Array, options: Options, context: Context): Promise<void> {
  const {io} = context
  if (bytes.length > options.maxSize * 1e6) throw new CliError(`<stdin>: too large: ${(bytes.length / 1e6).toFixed(1)} MB (limit ${options.maxSize} MB, see --max-size)`)
  const [{VFile}, {analyzeFile}, {filePage}, {convertedDocument, sha256Of}] = await Promise.all([
    import('vfile'),
    import('../../semantics/analyze.js'),
    import('../../outputs/html/from-file.js'),
    import('../../batch/convert-one.js')
  ])
  const file = new VFile({path: '<stdin>', value: bytes, data: {encoding: options.encoding}})
  const {record, tree} = analyzeFile(file)
  if (!record || !tree) throw new CliError(`<stdin>: ${file.messages.find((message) => message.fatal)?.reason ?? 'not readable as text'}`)
  const sha256 = sha256Of(bytes)
  const document = convertedDocument(file, record, options.tree ? tree : undefined, {path: '<stdin>', sha256, version})
  if (options.format === 'csv') io.stdout.write(csvHeader(options.bom ?? false) + csvRows(sha256.slice(0, 16), '<stdin>', record))
  else if (options.format === 'jsonl') io.stdout.write(JSON.stringify({...document, tree: undefined}) + '\n')
  else if (options.format === 'html') io.stdout.write(filePage({tree, record, file}))
  else if (options.format === 'parquet') throw usageError('--format parquet writes files: give --out DIR')
  else io.stdout.write(JSON.stringify(document) + '\n')
  if (file.messages.some((message) => message.fatal === true) && options.failOn !== 'never') context.exitCode = 1
  else if (options.failOn === 'warning' && file.messages.some((message) => message.fatal === false)) context.exitCode = 1
}
