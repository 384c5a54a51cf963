#!/usr/bin/env node
/**
 * The `chithi` executable. A reader that closes the pipe early (`chithi
 * parse big.txt | head -1`) ends the command quietly.
 */
import {run} from './main.js'

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}

process.exitCode = await run(process.argv.slice(2))
