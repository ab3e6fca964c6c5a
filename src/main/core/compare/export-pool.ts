import { Worker } from 'node:worker_threads'
import { CompareError } from '../events/errors'
import { workerLocation, type WorkerLocation } from '../import/worker-location'
import type { ExportAnswer, ExportJob, ExportResult } from './export-messages'

/** A worker's heap: the whole comparison of a year of a 100k library and its rendering fit; a runaway one fails alone. */
const WORKER_HEAP_MB = 1024

/**
 * One worker thread for a comparison's exports, started with the first job and kept (unreferenced: it
 * never keeps a process alive) until `close`. A worker that dies fails its jobs; the next job starts a
 * new one. `close` cancels what is pending (the library is closing).
 */
export class ExportWorker {
  private worker: Worker | null = null
  private nextId = 1
  private readonly waiting = new Map<number, { resolve: (v: ExportResult) => void; reject: (e: Error) => void }>()

  constructor(private readonly location: WorkerLocation = workerLocation('export-worker', 'export worker', import.meta.url)) {}

  run(job: Omit<ExportJob, 'id'>): Promise<ExportResult> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      const worker = this.start()
      // Referenced while it has work, so a process waiting for an export is not left to exit.
      worker.ref()
      worker.postMessage({ ...job, id } satisfies ExportJob)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.failAll('the export was cancelled: the library was closed')
    await worker?.terminate()
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
    const died = (why: string) => {
      if (this.worker !== worker) return
      this.worker = null
      this.failAll(`The export failed: ${why}; try again`)
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
