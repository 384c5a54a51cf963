/**
 * A conversion worker: one parser per thread; the main thread sends jobs
 * (paths, never texts) and gets results back.
 */
import {parentPort} from 'node:worker_threads'
import {convertOne, type Job} from './convert-one.js'

// Fault injection for the tests: a worker dies on inputs whose path contains this string.
const dieOn = process.env.CHITHI_FAULT_EXIT_ON

parentPort?.on('message', (job: Job) => {
  if (dieOn && job.path.includes(dieOn)) process.exit(3)
  parentPort?.postMessage(convertOne(job))
})
