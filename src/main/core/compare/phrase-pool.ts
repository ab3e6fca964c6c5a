import { Worker } from 'node:worker_threads'
import { workerLocation, type WorkerLocation } from '../import/worker-location'
import type { PhraseAnswer, PhraseFindings, PhraseJob } from './phrase-messages'

/** A worker's heap: a comparison of tens of thousands of cards fits; a runaway one fails alone. */
const WORKER_HEAP_MB = 512

/**
 * One worker thread for recurring phrases and suggested themes, started with the first job and kept
 * (unreferenced: it never keeps a process alive) until `close`. A worker that dies fails its jobs; the
 * next job starts a new one.
 */
export class PhraseWorker {
  private worker: Worker | null = null
  private nextId = 1
  private readonly waiting = new Map<number, { resolve: (v: PhraseFindings) => void; reject: (e: Error) => void }>()

  constructor(private readonly location: WorkerLocation = workerLocation('phrase-worker', 'phrase worker', import.meta.url)) {}

  run(job: Omit<PhraseJob, 'id'>): Promise<PhraseFindings> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      const worker = this.start()
      // Referenced while it has work, so a process waiting for phrases is not left to exit.
      worker.ref()
      worker.postMessage({ ...job, id } satisfies PhraseJob)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.failAll('the comparison was closed')
    await worker?.terminate()
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.location.file, { execArgv: this.location.execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
    worker.unref()
    worker.on('message', (answer: PhraseAnswer) => {
      const waiting = this.waiting.get(answer.id)
      this.waiting.delete(answer.id)
      if (this.waiting.size === 0) worker.unref()
      if (answer.ok) waiting?.resolve({ phrases: answer.phrases, highlights: answer.highlights, suggestions: answer.suggestions })
      else waiting?.reject(new Error(`Recurring phrases failed: ${answer.message}`))
    })
    const died = (why: string) => {
      if (this.worker !== worker) return
      this.worker = null
      this.failAll(why)
    }
    worker.on('error', (err) => died(`the phrase worker failed (${err.message})`))
    worker.on('exit', (code) => died(`the phrase worker stopped (exit code ${code})`))
    this.worker = worker
    return worker
  }

  private failAll(why: string): void {
    for (const { reject } of this.waiting.values()) reject(new Error(why))
    this.waiting.clear()
  }
}
