/** `chithi ingest PATH|GLOB… --db FILE`: directives into the corpus database. */
import type {Command} from 'commander'
import {exitCode} from '../../batch/convert.js'
import {ingest} from '../../store/ingest.js'
import {addBatchOptions, batchSettings, type BatchOptions} from '../batch-options.js'
import {version} from '../version.js'

interface Options extends BatchOptions {
  db: string
  batch: string
}

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('parse directives and store their records in a SQLite corpus (idempotent; unchanged files are skipped)')
    .argument('<inputs...>', 'files, folders (every .txt inside) or globs')
    .requiredOption('--db <file>', 'the SQLite database (created if needed)')
    .option('--batch <n>', 'documents per transaction', '200')
  addBatchOptions(command).action(async (inputs: string[], options: Options) => {
    const report = await ingest(inputs, {db: options.db, ...batchSettings(options), batch: Math.max(1, Number.parseInt(options.batch, 10)), version})
    if ('problem' in report) {
      process.stderr.write(`chithi ingest: ${report.problem}\n`)
      process.exitCode = 2
      return
    }

    const lines = [
      `documents: ${report.documents.total} (${report.documents.ingested} ingested, ${report.documents.unchanged} unchanged, ${report.documents.failed} failed) in ${report.seconds.toFixed(1)}s`,
      `obligations: ${report.obligations}; messages: ${report.errors} errors, ${report.warnings} warnings`,
      ...report.failed.slice(0, 20).map((failure) => `  failed: ${failure.path}: ${failure.reason}`),
      `database: ${options.db}`
    ]
    process.stderr.write(lines.join('\n') + '\n')
    process.exitCode = exitCode(report, options.failOn)
  })
}
