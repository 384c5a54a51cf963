#!/usr/bin/env node
/**
 * The `chithi` command.
 */
import {Command} from 'commander'
import {reporter} from 'vfile-reporter'
import {parseFile} from '../parse.js'
import {analyzeFile} from '../semantics/analyze.js'
import {documentFields} from '../tree/fields.js'
import {expandPaths, readVFile} from './read.js'
import {summaryTable} from './summary.js'
import {version} from './version.js'

const program = new Command()
  .name('chithi')
  .description('Vietnamese official directives → syntax tree → who must do what by when')
  .version(version)

program
  .command('parse')
  .description('print the syntax tree of a directive as JSON')
  .argument('<file>', 'a text file, or - for standard input')
  .option('--no-position', 'leave positions out')
  .action(async (path: string, options: {position: boolean}) => {
    const {tree, file} = parseFile(await readVFile(path))
    if (file.messages.some((message) => message.fatal)) {
      process.stderr.write(reporter(file) + '\n')
      process.exitCode = 1
      return
    }

    const replacer = options.position ? undefined : (key: string, value: unknown) => (key === 'position' ? undefined : value)
    process.stdout.write(JSON.stringify(tree, replacer, 2) + '\n')
  })

program
  .command('analyze')
  .description('print the record of a directive (document fields and obligations) as JSON')
  .argument('<file>', 'a text file, or - for standard input')
  .option('--no-position', 'leave positions out')
  .option('--compact', 'one line of JSON')
  .option('-s, --silent', 'do not print warnings on standard error')
  .action(async (path: string, options: {position: boolean; compact?: boolean; silent?: boolean}) => {
    const {record, file} = analyzeFile(await readVFile(path))
    const fatal = file.messages.some((message) => message.fatal)
    if (!options.silent || fatal) {
      const report = reporter(file, {quiet: true})
      if (report && file.messages.length > 0) process.stderr.write(report + '\n')
    }

    if (!record) {
      process.exitCode = 1
      return
    }

    const replacer = options.position ? undefined : (key: string, value: unknown) => (key === 'position' ? undefined : value)
    process.stdout.write(JSON.stringify(record, replacer, options.compact ? undefined : 2) + '\n')
  })

program
  .command('check')
  .description('print what was doubtful, repaired or missing in each directive')
  .argument('<files...>', 'files, folders or globs; - for standard input')
  .option('-q, --quiet', 'only warnings and errors, no info')
  .action(async (patterns: string[], options: {quiet?: boolean}) => {
    const files = []
    for (const path of await expandPaths(patterns)) {
      const {file} = parseFile(await readVFile(path))
      files.push(file)
    }

    process.stderr.write(reporter(files, {quiet: options.quiet ?? false}) + '\n')
    if (files.some((file) => file.messages.some((message) => message.fatal))) process.exitCode = 1
  })

program
  .command('summary')
  .description('parse directives and print a one-screen summary of each')
  .argument('<files...>', 'files, folders or globs')
  .action(async (patterns: string[]) => {
    const rows = []
    for (const path of await expandPaths(patterns)) {
      const {tree, file} = parseFile(await readVFile(path))
      rows.push({path, fields: tree ? documentFields(tree) : undefined, file})
    }

    process.stdout.write(summaryTable(rows) + '\n')
  })

await program.parseAsync()
