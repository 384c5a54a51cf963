/** `chithi calendar --db FILE …`: the dated obligations of a corpus as an iCalendar file. */
import {type Command, Option} from 'commander'
import {writeAtomic} from '../../batch/atomic.js'
import {calendarEvents, calendarText} from '../../outputs/calendar.js'
import type {Context} from '../context.js'
import {corpusLocation, dbOption, withCorpus} from '../corpus.js'
import {isoDate} from '../parsers.js'

interface Options {
  db?: string
  who?: string
  issuer?: string
  type?: string
  from?: string
  to?: string
  role: 'responsible' | 'with' | 'reportTo'
  link?: string
  name?: string
  out?: string
}

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('the dated obligations of a corpus (deadlines, dates, periods of recurring tasks) as an iCalendar file any calendar opens: one all-day event per obligation and date, repeating where the period is known')
    .option(...dbOption)
    .option('--who <text>', 'a party (canonical name or as written; case and diacritics do not matter)')
    .option('--issuer <text>', 'issuing body (part of its name)')
    .option('--type <type>', 'document type, e.g. "Chỉ thị"')
    .option('--from <date>', 'events on or after (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'events on or before (YYYY-MM-DD)', isoDate)
    .addOption(new Option('--role <role>', 'the party’s role in the tasks').choices(['responsible', 'with', 'reportTo']).default('responsible'))
    .option('--link <template>', 'a link on each event: {id}, {path} and {number} of the directive are filled in, e.g. "https://archive.example/{id}"')
    .option('--name <name>', 'the calendar’s name', 'chithi')
    .option('--out <file>', 'write the calendar to this file (default: standard output)')
    .addHelpText(
      'after',
      `
Examples:
  $ chithi calendar --db corpus.sqlite --who "Sở Y tế" > deadlines.ics
  $ chithi calendar --db corpus.sqlite --who "Công an tỉnh" --from 2025-01-01 --to 2025-12-31 --out cong-an.ics
`
    )
    .action(async (options: Options) => {
      await withCorpus(corpusLocation(options.db, io), async (corpus) => {
        const rows = await corpus.obligations({who: options.who, issuer: options.issuer, type: options.type, role: options.role})
        const events = calendarEvents(rows, options)
        const text = calendarText(events, options)
        const count = events.length
        if (options.out) {
          writeAtomic(options.out, text)
          io.stderr.write(`chithi calendar: ${count} events written to ${options.out}\n`)
        } else io.stdout.write(text)
        if (count === 0) io.stderr.write('chithi calendar: no dated obligations match\n')
      })
    })
}
