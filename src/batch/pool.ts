/**
 * A pool of conversion workers (worker threads). Jobs go out as paths; a
 * worker that dies fails its job, and a fresh worker takes its place.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {InputList, PlannedInput} from './inputs.js'
import type {Job, JobResult} from './paths.js'

/**
 * The heap of a worker of the pool (`CHITHI_WORKER_HEAP_MB` sets its old
 * generation; 96 MB by default). The young generation is a quarter of it, at
 * most 24 MB (two 8 MB halves): a document allocates about 5 MB and keeps
 * about 1 MB while it is read, so with the 12 MB young generation this
 * replaced a worker collected its young objects every 3 MB (1,400 times per
 * 1,000 documents, 2.7 s) and promoted what was still in use into the old
 * generation, which then needed a full collection every 12 documents (87,
 * 0.56 s); with 24 MB, 700 collections (2.0 s) and 59 full ones (0.33 s).
 * 32 MB (16 MB halves, V8's largest) saves 0.2 s more per 1,000 documents
 * but takes 16 MB more per worker, and 100,000 files with `--jobs 2` then
 * peaked just over 300 MB.
 */
function poolHeap(): {maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number} {
  const given = Number(process.env.CHITHI_WORKER_HEAP_MB)
  const old = Number.isFinite(given) && given >= 8 ? given : 96
  return {maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: Math.min(24, Math.max(2, Math.round(old / 4)))}
}

/**
 * Jobs sent to a worker before it answers: with one, a worker waited for
 * the main thread after each document (its answer, the main thread's turn,
 * the next job), and two workers waited on the same main thread.
 */
const inFlight = 2

/** Seconds a worker may spend on one document before it is failed (`--time-limit`). */
export const defaultTimeLimit = 60

/** The heap of a worker for one document that did not fit in a small one. */
const largeHeap = {maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 32}

/** Jobs by index: an array, or a view that makes each job when it is asked for (so that 100,000 inputs do not mean 100,000 job objects). */
export interface JobList {
  readonly length: number
  at(index: number): Job | undefined
}

/**
 * The jobs of planned inputs, each made when a worker asks for it: the input
 * with the run's settings, and what `extra` adds for that input.
 */
export function jobsOf(inputs: InputList, settings: Omit<Job, keyof PlannedInput>, extra?: (input: PlannedInput) => Partial<Job>): JobList {
  return {
    length: inputs.length,
    at(index) {
      const input = inputs.at(index)
      return input && {...input, ...settings, ...extra?.(input)}
    }
  }
}

/**
 * Run jobs on `size` workers, calling `done` as each ends. Even one job runs
 * on a worker, so that its memory stays bounded and apart from the main
 * thread's; without a built worker script (running from source) jobs run in
 * this thread. Once `signal` is aborted no job is started; those running end.
 * A job that runs longer than `timeLimit` seconds fails (its worker is ended
 * and another takes the queue): one input never holds up the batch.
 */
export async function runJobs(
  jobs: JobList,
  size: number,
  done: (result: JobResult, index: number) => void,
  signal?: AbortSignal,
  timeLimit = defaultTimeLimit
): Promise<void> {
  const script = new URL('./worker.js', import.meta.url)
  if (!existsSync(fileURLToPath(script))) {
    // The analyzer is loaded only here: with workers, this thread plans, hands out paths and counts, and never holds a parser.
    const {convertOne} = await import('./convert-one.js')
    for (let index = 0; index < jobs.length && !signal?.aborted; index++) {
      done(convertOne(jobs.at(index) as Job), index)
      // Let the event loop breathe (progress output, signals).
      if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve))
    }

    return
  }

  let next = 0
  // Jobs given back by a worker that died with them queued behind the one it failed: they go out first.
  const retry: number[] = []
  const take = (): number | undefined => (retry.length > 0 ? retry.shift() : next < jobs.length ? next++ : undefined)
  const remaining = (): boolean => retry.length > 0 || next < jobs.length
  const smallHeap = poolHeap()
  await new Promise<void>((resolve) => {
    let running = 0
    const settle = (): void => {
      if (running === 0 && (!remaining() || signal?.aborted)) resolve()
    }

    /** A worker that takes jobs from the queue, or (`alone`) runs one job that ran out of memory, with a large heap. */
    const start = (alone?: number): void => {
      if (alone === undefined && (!remaining() || signal?.aborted)) return settle()
      // A small heap per worker keeps the whole run's memory flat however many files pass through;
      // the rare document too big for it gets a worker of its own.
      const worker = new Worker(script, {resourceLimits: alone === undefined ? smallHeap : largeHeap})
      running++
      // The jobs sent to this worker and not yet answered, oldest first (a worker answers in order).
      const sent: number[] = []
      let given = false
      let settled = false
      // The clock of the job the worker is on (the oldest sent): it starts when the worker is free for it.
      let clock: NodeJS.Timeout | undefined
      let clocked: number | undefined
      const watch = (): void => {
        const current = sent[0]
        if (current === clocked) return
        if (clock) clearTimeout(clock)
        clock = undefined
        clocked = current
        if (current === undefined || !(timeLimit > 0 && Number.isFinite(timeLimit))) return
        clock = setTimeout(() => {
          fail(`took longer than ${timeLimit} s, stopped (see --time-limit)`, true)
          void worker.terminate()
        }, timeLimit * 1000)
      }
      const feed = (): void => {
        if (alone !== undefined) {
          if (!given) {
            given = true
            sent.push(alone)
            worker.postMessage(jobs.at(alone))
          }
        } else {
          // Two jobs in flight: the next is already there when a worker answers, so it never waits on the main thread.
          while (sent.length < inFlight && !signal?.aborted) {
            const index = take()
            if (index === undefined) break
            sent.push(index)
            worker.postMessage(jobs.at(index))
          }
        }

        watch()
        if (sent.length === 0) {
          settled = true
          void worker.terminate()
          running--
          settle()
        }
      }

      worker.on('message', (result: JobResult) => {
        done(result, sent.shift() as number)
        feed()
      })
      const fail = (reason: string, timedOut = false): void => {
        if (settled) return
        settled = true
        if (clock) clearTimeout(clock)
        running--
        const [current, ...queued] = sent
        sent.length = 0
        // The jobs queued behind the one that failed were never begun: another worker takes them.
        retry.unshift(...queued)
        if (current !== undefined) {
          if (alone === undefined && !timedOut && /memory limit|out of memory/i.test(reason)) start(current)
          else {
            const job = jobs.at(current) as Job
            const why = alone === undefined || timedOut ? reason : `${reason} (even alone, with a ${largeHeap.maxOldGenerationSizeMb} MB heap)`
            done({path: job.path, id: job.id, status: 'failed', reason: why, obligations: 0, parties: 0, warnings: 0, errors: 0, rules: {}}, current)
          }
        }

        if (alone === undefined) start()
        else settle()
      }

      worker.on('error', (error) => fail(`worker failed: ${error.message}`))
      worker.on('exit', (code) => fail(`worker exited with code ${code}`))
      feed()
    }

    for (let k = 0; k < Math.min(Math.max(1, size), jobs.length); k++) start()
    settle()
  })
}
