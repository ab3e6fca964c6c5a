import { Worker } from 'node:worker_threads'
import type { WorkerLocation } from '../import/worker-location'

/** What a job worker answers: the job's id, and whether it went well. */
export interface JobAnswer {
  id: number
  ok: boolean
}

export interface JobWorkerOptions<Answer extends JobAnswer, Result> {
  /** The worker as the user reads of it in a message ("the export worker"). */
  name: string
  /** Its heap: a large job fits; a runaway one fails alone. */
  heapMb: number
  /** Why pending jobs fail when `close` is called. */
  closed: string
  /** The result of an answer, or the error its caller gets. */
  settle(answer: Answer): Result | Error
  /** The message of a job that failed because the worker died, from why it died. */
  died(why: string): string
}

/**
 * One worker thread that does jobs in the order posted, started with the first job and kept (unreferenced: it
 * never keeps a process alive) until `close`. A worker that dies fails the job it was doing; the jobs after it,
 * and the next job, go to a new one. `close` fails what is pending.
 */
export class JobWorker<Job extends { id: number }, Answer extends JobAnswer, Result> {
  private worker: Worker | null = null
  private nextId = 1
  /** The jobs posted and not answered, in the order posted (the order the worker does them in). */
  private readonly waiting = new Map<number, { job: Job; resolve: (v: Result) => void; reject: (e: Error) => void }>()

  constructor(
    private readonly location: WorkerLocation,
    private readonly options: JobWorkerOptions<Answer, Result>,
  ) {}

  run(job: Omit<Job, 'id'>): Promise<Result> {
    const posted = { ...job, id: this.nextId++ } as Job
    return new Promise((resolve, reject) => {
      this.waiting.set(posted.id, { job: posted, resolve, reject })
      this.post(posted)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    for (const { reject } of this.waiting.values()) reject(new Error(this.options.closed))
    this.waiting.clear()
    await worker?.terminate()
  }

  private post(job: Job): void {
    const worker = this.start()
    // Referenced while it has work, so a process waiting for a job is not left to exit.
    worker.ref()
    worker.postMessage(job)
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.location.file, { execArgv: this.location.execArgv, resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb } })
    worker.unref()
    worker.on('message', (answer: Answer) => {
      const waiting = this.waiting.get(answer.id)
      this.waiting.delete(answer.id)
      if (this.waiting.size === 0) worker.unref()
      if (!waiting) return
      const settled = this.options.settle(answer)
      if (settled instanceof Error) waiting.reject(settled)
      else waiting.resolve(settled)
    })
    // The first unanswered job was being done when the worker died (running out of memory on it, say). That one
    // fails; the ones after it go to a new worker.
    const died = (why: string) => {
      if (this.worker !== worker) return
      this.worker = null
      const [first, ...after] = this.waiting.values()
      this.waiting.clear()
      first?.reject(new Error(this.options.died(why)))
      for (const waiting of after) {
        this.waiting.set(waiting.job.id, waiting)
        this.post(waiting.job)
      }
    }
    worker.on('error', (err) => died(`the ${this.options.name} failed (${err.message})`))
    worker.on('exit', (code) => died(`the ${this.options.name} stopped (exit code ${code})`))
    this.worker = worker
    return worker
  }
}
