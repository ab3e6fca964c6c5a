import { Worker } from 'node:worker_threads'
import { CompareError } from '../events/errors'
import { workerLocation, type WorkerLocation } from '../import/worker-location'
import type { ExportAnswer, ExportJob, ExportResult } from './export-messages'

/** A worker's heap: the whole comparison of a year of a 100k library and its rendering fit; a runaway one fails alone. */
const WORKER_HEAP_MB = 1024

/**
 * One worker thread for a comparison's exports, started with the first job and kept (unreferenced: it
 * never keeps a process alive) until `close`. A worker that dies fails the job it was doing; the jobs
 * after it, and the next job, start a new one. `close` cancels what is pending (the library is closing).
 */
export class ExportWorker {
  private worker: Worker | null = null
  private nextId = 1
  /** The jobs posted and not answered, in the order posted (the order the worker does them in). */
  private readonly waiting = new Map<number, { job: ExportJob; resolve: (v: ExportResult) => void; reject: (e: Error) => void }>()

  constructor(private readonly location: WorkerLocation = workerLocation('export-worker', 'export worker', import.meta.url)) {}

  run(job: Omit<ExportJob, 'id'>): Promise<ExportResult> {
    const posted: ExportJob = { ...job, id: this.nextId++ }
    return new Promise((resolve, reject) => {
      this.waiting.set(posted.id, { job: posted, resolve, reject })
      this.post(posted)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.failAll('the export was cancelled: the library was closed')
    await worker?.terminate()
  }

  private post(job: ExportJob): void {
    const worker = this.start()
    // Referenced while it has work, so a process waiting for an export is not left to exit.
    worker.ref()
    worker.postMessage(job)
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.location.file, { execArgv: this.location.execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
    worker.unref()
    worker.on('message', (answer: ExportAnswer) => {
      const waiting = this.waiting.get(answer.id)
      this.waiting.delete(answer.id)
      if (this.waiting.size === 0) worker.unref()
      if (answer.ok) waiting?.resolve({ bytes: answer.bytes, pdf: answer.pdf, suggestedName: answer.suggestedName })
      // The comparison's own refusals (not found, invalid) reach the caller as they would in-process.
      else waiting?.reject(answer.code ? new CompareError(answer.code, answer.message) : new Error(`The export failed: ${answer.message}`))
    })
    // The worker does its jobs in order: the first unanswered one was being made when it died (running
    // out of memory on it, say). That one fails; the ones after it go to a new worker.
    const died = (why: string) => {
      if (this.worker !== worker) return
      this.worker = null
      const [first, ...after] = this.waiting.values()
      this.waiting.clear()
      first?.reject(new Error(`The export failed: ${why}; try again`))
      for (const waiting of after) {
        this.waiting.set(waiting.job.id, waiting)
        this.post(waiting.job)
      }
    }
    worker.on('error', (err) => died(`the export worker failed (${err.message})`))
    worker.on('exit', (code) => died(`the export worker stopped (exit code ${code})`))
    this.worker = worker
    return worker
  }

  private failAll(why: string): void {
    for (const { reject } of this.waiting.values()) reject(new Error(why))
    this.waiting.clear()
  }
}
