/**
 * The `chithi` command, runnable in-process: `run(argv, io)` resolves to the
 * exit code. Only the command asked for is loaded (each lives in
 * `commands/`, with what it needs), so `chithi --version` loads commander
 * and nothing else.
 */
import {Command, CommanderError, Help} from 'commander'
import type {CommandModule, Context} from './context.js'
import {CliError, processIo, type Io} from './io.js'
import {version} from './version.js'

/** Every command: its name, its arguments as help lists them, what it does, and how to load it. */
const commands: ReadonlyArray<{name: string; usage: string; summary: string; load: () => Promise<CommandModule>}> = [
  {name: 'analyze', usage: '<file>', summary: 'the record of a directive (document fields and obligations) as JSON', load: () => import('./commands/analyze.js')},
  {name: 'parse', usage: '<file>', summary: 'the syntax tree of a directive as JSON', load: () => import('./commands/parse.js')},
  {name: 'check', usage: '<files...>', summary: 'what was doubtful, repaired or missing in each directive', load: () => import('./commands/check.js')},
  {name: 'summary', usage: '<files...>', summary: 'one line per directive: type, number, date, issuer, items, signer', load: () => import('./commands/summary.js')},
  {name: 'report', usage: '<file>', summary: 'a directive as a self-contained HTML page', load: () => import('./commands/report.js')},
  {name: 'convert', usage: '<inputs...>', summary: 'many directives to JSON, JSONL, CSV or HTML files, with a report', load: () => import('./commands/convert.js')},
  {name: 'ingest', usage: '<inputs...>', summary: 'directives into a SQLite corpus (idempotent)', load: () => import('./commands/ingest.js')},
  {name: 'query', usage: '', summary: 'find obligations (or documents) in a corpus', load: () => import('./commands/query.js')},
  {name: 'cites', usage: '<number>', summary: 'what a directive cites, resolved to documents of a corpus where it holds them', load: () => import('./commands/cites.js')},
  {name: 'cited-by', usage: '<number>', summary: 'which directives of a corpus implement a directive (--depth: and those implementing them)', load: () => import('./commands/cited-by.js')},
  {name: 'graph', usage: '', summary: 'the citation graph of a corpus as GraphML or DOT', load: () => import('./commands/graph.js')},
  {name: 'calendar', usage: '', summary: 'the dated obligations of a corpus as an iCalendar (.ics) file', load: () => import('./commands/calendar.js')},
  {name: 'stats', usage: '', summary: 'a corpus at a glance: parties, timings by month, documents by issuer and year', load: () => import('./commands/stats.js')},
  {name: 'sql', usage: '[query]', summary: 'run a SELECT on a corpus (read-only); list its tables or schema', load: () => import('./commands/sql.js')}
]

/** The command a command line names (`chithi help query` names `query`). */
function named(argv: readonly string[]): string | undefined {
  const words = argv.filter((arg) => !arg.startsWith('-'))
  return words[0] === 'help' ? words[1] : words[0]
}

/** Commander's codes for help and version shown on request: not errors. */
const shownOnRequest = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help'])

/** Run `chithi` with these arguments (without `node` and the script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const context: Context = {io, exitCode: 0}
  const name = named(argv)
  const label = name && commands.some((command) => command.name === name) ? `chithi ${name}` : 'chithi'
  const program = new Command()
    .name('chithi')
    .description('Vietnamese official directives → syntax tree → who must do what by when')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      outputError: (text, write) => write(text.replace(/^error: /, `${label}: `))
    })
    .configureHelp({
      // Commands not loaded have no options or arguments yet: name them from the table.
      subcommandTerm(command) {
        const entry = commands.find((candidate) => candidate.name === command.name())
        return entry ? [entry.name, '[options]', entry.usage].filter(Boolean).join(' ') : new Help().subcommandTerm(command)
      }
    })
    .addHelpText('after', '\nExamples:\n  $ chithi analyze cv-1767.txt\n  $ chithi convert archive/ --out out --format csv\n  $ chithi ingest archive/ --db corpus.sqlite && chithi query --db corpus.sqlite --who "Công an tỉnh"\n')

  for (const entry of commands) {
    const command = program.command(entry.name).summary(entry.summary).description(entry.summary)
    if (entry.name === name) (await entry.load()).define(command, context)
  }

  try {
    await program.parseAsync(argv, {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return shownOnRequest.has(error.code) && error.exitCode === 0 ? 0 : 2
    if (error instanceof CliError) {
      io.stderr.write(`${label}: ${error.message}\n`)
      return error.exitCode
    }

    // A bug: one line, the trace only when asked for.
    io.stderr.write(`${label}: ${error instanceof Error ? error.message : String(error)}\n`)
    if (io.env.CHITHI_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n')
    return 1
  }

  return context.exitCode
}
