/** `chithi ingest PATH|GLOB… --db FILE`: directives into the corpus database. */
import {Command, Option} from 'commander'
import {ingest} from '../../store/ingest.js'
import {version} from '../version.js'

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('parse directives and store their records in a SQLite corpus (idempotent; unchanged files are skipped)')
    .argument('<inputs...>', 'files, folders (every .txt inside) or globs')
    .requiredOption('--db <file>', 'the SQLite database (created if needed)')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)')
    .option('--batch <n>', 'documents per transaction', '200')
    .addOption(new Option('--fail-on <level>', 'exit with 1 when anything failed (error) or also on warnings').choices(['error', 'warning', 'never']).default('error'))
    .option('--max-size <mb>', 'skip files larger than this many megabytes', '20')
    .option('--ext <list>', 'extensions to read in folders, comma separated', 'txt')
    .action(async (inputs: string[], options: {db: string; jobs?: string; batch: string; failOn: string; maxSize: string; ext: string}) => {
      const report = await ingest(inputs, {
        db: options.db,
        jobs: options.jobs ? Math.max(1, Number.parseInt(options.jobs, 10)) : undefined,
        batch: Math.max(1, Number.parseInt(options.batch, 10)),
        maxBytes: Number(options.maxSize) * 1e6,
        extensions: options.ext.split(',').map((extension) => extension.trim().replace(/^\./, '')),
        version
      })
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
      const failed = report.documents.failed > 0 || report.errors > 0
      process.exitCode = options.failOn === 'never' ? 0 : failed || (options.failOn === 'warning' && report.warnings > 0) ? 1 : 0
    })
}
