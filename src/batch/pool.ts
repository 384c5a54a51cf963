/**
 * A pool of conversion workers (worker threads). Jobs go out as paths; a
 * worker that dies fails its job, and a fresh worker takes its place.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {convertOne, type Job, type JobResult} from './convert-one.js'

/** Jobs by index: an array, or a view that makes each job when it is asked for (so that 100,000 inputs do not mean 100,000 job objects). */
export interface JobList {
  readonly length: number
  at(index: number): Job | undefined
}

/**
 * Run jobs on `size` workers, calling `done` as each ends. Even one job runs
 * on a worker, so that its memory stays bounded and apart from the main
 * thread's; without a built worker script (running from source) jobs run in
 * this thread.
 */
export async function runJobs(jobs: JobList, size: number, done: (result: JobResult, index: number) => void): Promise<void> {
  const script = new URL('./worker.js', import.meta.url)
  if (!existsSync(fileURLToPath(script))) {
    for (let index = 0; index < jobs.length; index++) {
      done(convertOne(jobs.at(index) as Job), index)
      // Let the event loop breathe (progress output, signals).
      if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve))
    }

    return
  }

  let next = 0
  await new Promise<void>((resolve) => {
    let running = 0
    const start = (): void => {
      if (next >= jobs.length) {
        if (running === 0) resolve()
        return
      }

      // A small heap per worker keeps the whole run's memory flat however many files pass through.
      const worker = new Worker(script, {resourceLimits: {maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32}})
      running++
      let current = -1
      let settled = false
      const feed = (): void => {
        if (next >= jobs.length) {
          settled = true
          void worker.terminate()
          running--
          if (running === 0) resolve()
          return
        }

        current = next++
        worker.postMessage(jobs.at(current))
      }

      worker.on('message', (result: JobResult) => {
        done(result, current)
        feed()
      })
      const fail = (reason: string): void => {
        if (settled) return
        settled = true
        running--
        if (current !== -1 && current < jobs.length) {
          const job = jobs.at(current) as Job
          done({path: job.path, id: job.id, status: 'failed', reason, obligations: 0, parties: 0, warnings: 0, errors: 0, rules: {}}, current)
        }

        start()
      }

      worker.on('error', (error) => fail(`worker failed: ${error.message}`))
      worker.on('exit', (code) => fail(`worker exited with code ${code}`))
      feed()
    }

    for (let k = 0; k < Math.min(Math.max(1, size), jobs.length); k++) start()
    if (jobs.length === 0) resolve()
  })
}
