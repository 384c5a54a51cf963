/** `chithi ingest PATH|GLOB… --db FILE|URL`: directives into the corpus database (SQLite or PostgreSQL). */
import type {Command} from 'commander'
import {exitCode} from '../../batch/convert.js'
import {ingest} from '../../store/ingest.js'
import {addBatchOptions, batchSettings, type BatchOptions} from '../batch-options.js'
import type {Context} from '../context.js'
import {shownLocation} from '../../store/location.js'
import {corpusLocation, dbOption} from '../corpus.js'
import {CliError, usageError} from '../io.js'
import {positiveInteger} from '../parsers.js'
import {version} from '../version.js'

interface Options extends BatchOptions {
  db?: string
  batch: number
}

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('parse directives and store their records in a corpus, a SQLite file or a PostgreSQL database (idempotent; unchanged files are skipped; several ingesters may share a PostgreSQL database)')
    .argument('<inputs...>', 'files, folders (every .txt inside, or --ext) or globs')
    .option(dbOption[0], 'the corpus: a SQLite file (created if needed), or postgres://user@host/db (default: $CHITHI_DB)')
    .option('--batch <n>', 'documents per transaction', positiveInteger, 200)
  addBatchOptions(command)
    .addHelpText('after', '\nExamples:\n  $ chithi ingest archive/ --db corpus.sqlite\n  $ chithi ingest "archive/**/*.md" --db corpus.sqlite --fail-on never\n  $ CHITHI_DB=postgres://chithi@db.example/corpus chithi ingest archive/\n')
    .action(async (inputs: string[], options: Options) => {
      if (inputs.includes('-')) throw usageError('ingest reads files, not standard input')
      const db = corpusLocation(options.db, io)
      // Ctrl-C: the batch in hand is committed whole, the database closed as one file, then exit 130.
      const stop = new AbortController()
      const interrupt = (): void => stop.abort()
      process.once('SIGINT', interrupt)
      let report: Awaited<ReturnType<typeof ingest>>
      try {
        report = await ingest(inputs, {db, ...batchSettings(options), batch: options.batch, version, progress: io.stderr, signal: stop.signal})
      } finally {
        process.off('SIGINT', interrupt)
      }

      if ('problem' in report) throw usageError(report.problem)
      if (report.documents.total === 0) throw new CliError(`no input files: nothing matched ${inputs.join(' ')} (folders are read for ${options.ext.map((extension) => `.${extension}`).join(', ')}; see --ext)`)
      const lines = [
        `documents: ${report.documents.total} (${report.documents.ingested} ingested, ${report.documents.unchanged} unchanged, ${report.documents.failed} failed) in ${report.seconds.toFixed(1)}s`,
        `obligations: ${report.obligations}; messages: ${report.errors} errors, ${report.warnings} warnings`,
        ...report.failed.slice(0, 20).map((failure) => `  failed: ${failure.path}: ${failure.reason}`),
        ...(report.failed.length > 20 ? [`  … and ${report.failed.length - 20} more`] : []),
        ...(report.interrupted ? ['interrupted: the documents above are stored whole; run the same command again to go on'] : []),
        `database: ${shownLocation(db)}`
      ]
      io.stderr.write(lines.join('\n') + '\n')
      context.exitCode = report.interrupted ? 130 : exitCode(report, options.failOn)
      if (report.stopped) throw new CliError(`stopped writing: ${report.stopped}; the ${report.documents.ingested} documents ingested are stored whole${report.documents.failed > 0 ? ', run the same command again to go on' : ''}`)
    })
}
