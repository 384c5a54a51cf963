/**
 * Progress of a batch: a bar with count, rate and ETA on a terminal; plain
 * lines now and then when the output is not a terminal (CI, pipes).
 */
import cliProgress from 'cli-progress'

/** A progress display. */
export interface Progress {
  tick(failed: boolean): void
  stop(): void
}

/** Where progress is shown: standard error, or what a caller gives. */
export interface ProgressOutput {
  write(text: string): void
  readonly isTTY: boolean
}

/** Progress on `output` (standard error by default; the bar itself only ever on the process's own terminal). */
export function progress(total: number, label: string, output: ProgressOutput = process.stderr): Progress {
  const tty = output.isTTY && Boolean(process.stderr.isTTY) && process.env.CI !== 'true'
  let done = 0
  let failed = 0
  const started = Date.now()
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} · {rate}/s · ETA {eta_formatted} · {failed} failed`,
        stream: process.stderr,
        hideCursor: true,
        etaBuffer: 200
      },
      cliProgress.Presets.shades_classic
    )
    bar.start(total, 0, {rate: '0', failed: 0})
    return {
      tick(isFailure) {
        done++
        if (isFailure) failed++
        const seconds = (Date.now() - started) / 1000
        bar.update(done, {rate: seconds > 0 ? (done / seconds).toFixed(0) : '0', failed})
      },
      stop() {
        bar.stop()
      }
    }
  }

  let lastLine = started
  return {
    tick(isFailure) {
      done++
      if (isFailure) failed++
      const now = Date.now()
      if (now - lastLine >= 2000 || done === total) {
        lastLine = now
        const seconds = (now - started) / 1000
        const rate = seconds > 0 ? done / seconds : 0
        const eta = rate > 0 ? Math.round((total - done) / rate) : 0
        output.write(`${label} ${done}/${total} (${rate.toFixed(0)}/s, ETA ${eta}s, ${failed} failed)\n`)
      }
    },
    stop() {}
  }
}
