#!/usr/bin/env node
/**
 * The `chithi` command: one file per subcommand in `commands/`.
 */
import {Command} from 'commander'
import {registerAnalyze} from './commands/analyze.js'
import {registerCheck} from './commands/check.js'
import {registerConvert} from './commands/convert.js'
import {registerIngest} from './commands/ingest.js'
import {registerParse} from './commands/parse.js'
import {registerQuery} from './commands/query.js'
import {registerReport} from './commands/report.js'
import {registerSql} from './commands/sql.js'
import {registerStats} from './commands/stats.js'
import {registerSummary} from './commands/summary.js'
import {version} from './version.js'

const program = new Command()
  .name('chithi')
  .description('Vietnamese official directives → syntax tree → who must do what by when')
  .version(version)

registerAnalyze(program)
registerParse(program)
registerCheck(program)
registerConvert(program)
registerSummary(program)
registerReport(program)
registerIngest(program)
registerQuery(program)
registerStats(program)
registerSql(program)

await program.parseAsync()
