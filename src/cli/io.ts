/**
 * Where a command reads and writes: the process's streams when run as
 * `chithi`, strings when a test runs it in-process. Commands never touch
 * `process.stdout`, `process.stderr` or `process.exitCode` themselves.
 */

/** An output stream as a command sees it. */
export interface Sink {
  write(chunk: string | Uint8Array): void
  /** A terminal (tables fit it, progress bars and colours show on it). */
  readonly isTTY: boolean
  /** Its width, on a terminal. */
  readonly columns: number | undefined
}

/** What a command may use of the world. */
export interface Io {
  stdout: Sink
  stderr: Sink
  /** Standard input, read whole. */
  readStdin(): Promise<Uint8Array>
  env: Readonly<Record<string, string | undefined>>
}

/** A failure a person can read: one line on standard error, and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** A usage error (a bad option value, a missing argument): exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, 2)
}

/** The process's own streams. */
export function processIo(): Io {
  const sink = (stream: NodeJS.WriteStream): Sink => ({
    write: (chunk) => void stream.write(chunk),
    get isTTY() {
      return Boolean(stream.isTTY)
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined
    }
  })
  return {
    stdout: sink(process.stdout),
    stderr: sink(process.stderr),
    async readStdin() {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return new Uint8Array(Buffer.concat(chunks))
    },
    env: process.env
  }
}

/** Streams that collect what is written, for running a command in-process. */
export function memoryIo(options: {stdin?: string | Uint8Array; env?: Record<string, string | undefined>; tty?: boolean; columns?: number} = {}): Io & {out(): string; err(): string; outBytes(): Buffer} {
  const collect = (): Sink & {chunks: Buffer[]} => {
    const chunks: Buffer[] = []
    return {
      chunks,
      write: (chunk) => void chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)),
      isTTY: options.tty ?? false,
      columns: options.tty ? (options.columns ?? 80) : undefined
    }
  }

  const stdout = collect()
  const stderr = collect()
  return {
    stdout,
    stderr,
    readStdin: async () => (typeof options.stdin === 'string' ? new Uint8Array(Buffer.from(options.stdin)) : (options.stdin ?? new Uint8Array())),
    env: options.env ?? {NO_COLOR: '1'},
    out: () => Buffer.concat(stdout.chunks).toString('utf8'),
    err: () => Buffer.concat(stderr.chunks).toString('utf8'),
    outBytes: () => Buffer.concat(stdout.chunks)
  }
}
