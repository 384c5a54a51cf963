/**
 * Messages on standard error, by the conventions of the unified command
 * lines: every message by default, `-q` warnings and errors only, `-s`
 * errors only; colour on a terminal unless `NO_COLOR` or `--no-color`;
 * `--report json` for a machine.
 */
import {type Command, Option} from 'commander'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import type {Io} from './io.js'

/** The reporter options as commander gives them. */
export interface ReporterOptions {
  quiet?: boolean
  silent?: boolean
  color?: boolean
  report: 'text' | 'json'
}

/** Declare `-q`, `-s`, `--color`, `--no-color` and `--report` on a command. */
export function addReporterOptions(command: Command): Command {
  return command
    .option('-q, --quiet', 'messages: only warnings and errors, no info')
    .option('-s, --silent', 'messages: only errors')
    .option('--color', 'colour the messages (default: on a terminal, unless NO_COLOR is set)')
    .option('--no-color', 'no colour in the messages')
    .addOption(new Option('--report <format>', 'how messages are printed on standard error').choices(['text', 'json']).default('text'))
}

/** The files' messages that the options keep (`-q`: no info; `-s`: errors only), on copies of the files. */
export function kept(files: readonly VFile[], options: Pick<ReporterOptions, 'quiet' | 'silent'>): VFile[] {
  return files.map((file) => {
    const copy = new VFile({path: file.path})
    copy.messages = file.messages.filter((message) => (options.silent ? message.fatal === true : options.quiet ? message.fatal === true || message.fatal === false : true))
    return copy
  })
}

/** Whether to colour output on standard error. */
export function colour(options: Pick<ReporterOptions, 'color'>, io: Io): boolean {
  if (options.color !== undefined) return options.color
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return io.stderr.isTTY
}

/**
 * Print the messages of `files` on standard error. Text: like
 * vfile-reporter, files without messages left out unless `all` (as `check`
 * lists every file). JSON: one array of files with their messages.
 */
export function printMessages(files: readonly VFile[], options: ReporterOptions, io: Io, all = false): void {
  const shown = kept(files, options)
  if (options.report === 'json') {
    io.stderr.write(reporterJson(shown, {quiet: !all}) + '\n')
    return
  }

  if (!all && shown.every((file) => file.messages.length === 0)) return
  const text = reporter(shown, {quiet: !all, color: colour(options, io)})
  if (text) io.stderr.write(text + '\n')
}
