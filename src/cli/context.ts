/**
 * What a command module gets: where to read and write, and the exit code
 * to end with.
 */
import type {Command} from 'commander'
import type {Io} from './io.js'

/** A running command: its streams and the exit code it will end with. */
export interface Context {
  readonly io: Io
  exitCode: number
}

/** A command module: adds its arguments, options, help and action to the command made for it. */
export interface CommandModule {
  define(command: Command, context: Context): void
}
