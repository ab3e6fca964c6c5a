import { Worker } from 'node:worker_threads'
import type { StatementContext } from '../statements/engine-context'
import type { ContextMessage, ExtractionRequest, ExtractionResponse, ExtractionResult } from './extraction-messages'
import { importWorkerLocation, type WorkerLocation } from './worker-location'

/** Default heap limit per worker: V8 lets a heap grow far beyond what extraction needs before collecting. */
export const WORKER_HEAP_MB = 256

/**
 * Young-generation limit per worker. V8 sizes a worker's young generation by its heap limit (~120 MB
 * of semi-spaces per worker here); extraction's short-lived garbage needs a few MB, and scavenging a
 * small young generation costs no more CPU. Measured on 490 real pages with two workers: 714–736 MB
 * peak for the process with V8's default, 487–499 MB with 8 MB, the same CPU time (27–29 s).
 */
export const WORKER_YOUNG_MB = 8

export interface ExtractionPoolOptions {
  /** Worker threads; each extracts one file at a time. */
  size: number
  /**
   * Files posted to a worker ahead of the one it is extracting, so that it goes straight on to the next
   * file while the calling thread is busy (writing a batch) instead of waiting for it to hand one out.
   */
  prefetch?: number
  /** A file taking longer than this is failed and its worker replaced. */
  taskTimeoutMs?: number
  /** Heap limit per worker: a hostile page can exhaust one worker, not the app. */
  maxHeapMb?: number
  location?: WorkerLocation
}

export interface RunOptions {
  signal?: AbortSignal
  /** Called when a worker starts on the file (as far as the calling thread can tell). */
  onStart?: () => void
  /** Also find the file's statements with the context set by setStatementContext. */
  statements?: boolean
}

interface Task {
  id: number
  path: string
  withCapture: boolean
  options: RunOptions
  resolve(result: ExtractionResult): void
  reject(err: unknown): void
  onAbort(): void
}

interface Slot {
  worker: Worker | null
  /** Posted to the worker, in its order; the first is the one it is extracting. */
  tasks: Task[]
  timer: NodeJS.Timeout | null
  /** The statement context this worker has (compared with the pool's by identity). */
  context: StatementContext | null
}

/**
 * Worker threads that read and extract files off the calling thread. Workers start when first
 * needed and do not keep the process alive while idle. A worker that crashes, runs out of memory
 * or exceeds the time limit fails its current file with the reason and is replaced; the files
 * posted to it behind that one go back to the queue.
 */
export class ExtractionPool {
  private readonly slots: Slot[]
  private readonly queue: Task[] = []
  private readonly location: WorkerLocation
  private context: StatementContext | null = null
  private nextId = 1
  private closed = false

  constructor(private readonly options: ExtractionPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({ worker: null, tasks: [], timer: null, context: null }))
    this.location = options.location ?? importWorkerLocation()
  }

  get size(): number {
    return this.slots.length
  }

  /** Files in flight per worker (the one being extracted and those posted behind it). */
  get depth(): number {
    return 1 + Math.max(0, this.options.prefetch ?? 1)
  }

  /** The library's actors and persons for statements found from now on; sent to each worker before its next file. */
  setStatementContext(context: StatementContext): void {
    this.context = context
  }

  /** Extracts one file; rejects with an AbortError when `signal` aborts first. */
  run(path: string, withCapture: boolean, options: RunOptions = {}): Promise<ExtractionResult> {
    if (this.closed) return Promise.reject(new Error('The import pool is closed'))
    options.signal?.throwIfAborted()
    return new Promise((resolve, reject) => {
      const task: Task = {
        id: this.nextId++,
        path,
        withCapture,
        options,
        resolve: (result) => {
          options.signal?.removeEventListener('abort', task.onAbort)
          resolve(result)
        },
        reject: (err) => {
          options.signal?.removeEventListener('abort', task.onAbort)
          reject(err)
        },
        onAbort: () => this.abort(task),
      }
      options.signal?.addEventListener('abort', task.onAbort, { once: true })
      this.queue.push(task)
      this.pump()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const task of this.queue.splice(0)) task.reject(new Error('The import pool was closed'))
    await Promise.all(
      this.slots.map((slot) => {
        for (const task of slot.tasks.splice(0)) task.reject(new Error('The import pool was closed'))
        this.stopTimer(slot)
        return this.retire(slot)
      }),
    )
  }

  /** Posts queued files to workers until each has `depth` in flight. */
  private pump(): void {
    for (const slot of this.slots) {
      while (slot.tasks.length < this.depth && this.queue.length > 0) {
        const task = this.queue.shift()!
        const worker = slot.worker ?? this.spawn(slot)
        if (task.options.statements && this.context && slot.context !== this.context) {
          const message: ContextMessage = { type: 'context', context: this.context }
          worker.postMessage(message)
          slot.context = this.context
        }
        slot.tasks.push(task)
        const request: ExtractionRequest = { id: task.id, path: task.path, withCapture: task.withCapture, statements: task.options.statements }
        worker.postMessage(request)
        if (slot.tasks.length === 1) this.started(slot)
      }
      // Idle workers must not keep a CLI run or a test process alive.
      if (slot.tasks.length) slot.worker?.ref()
      else slot.worker?.unref()
    }
  }

  /** The slot's first file is now the one its worker extracts: its clock starts. */
  private started(slot: Slot): void {
    const task = slot.tasks[0]
    if (!task) return
    task.options.onStart?.()
    const timeout = this.options.taskTimeoutMs ?? 120_000
    slot.timer = setTimeout(() => this.fail(slot, `extraction took longer than ${Math.round(timeout / 1000)} s`), timeout)
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.location.file, {
      execArgv: this.location.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      stdout: false,
      stderr: false,
    })
    worker.on('message', (response: ExtractionResponse) => {
      if (slot.worker !== worker || slot.tasks[0]?.id !== response.id) return
      const { id: _, ...result } = response
      this.finish(slot, result as ExtractionResult)
    })
    worker.on('error', (err) => {
      if (slot.worker === worker) this.fail(slot, describeWorkerError(err))
    })
    worker.on('exit', (code) => {
      if (slot.worker === worker) this.fail(slot, `the extraction worker stopped unexpectedly (exit code ${code})`)
    })
    slot.worker = worker
    slot.context = null
    return worker
  }

  /** The slot's current file is done; the worker already has the next one. */
  private finish(slot: Slot, result: ExtractionResult): void {
    this.stopTimer(slot)
    const task = slot.tasks.shift()
    this.started(slot)
    task?.resolve(result)
    this.pump()
  }

  /** Fails the slot's current file and replaces its worker, whose state can no longer be trusted. */
  private fail(slot: Slot, reason: string): void {
    void this.retire(slot)
    this.requeueBehind(slot)
    this.finish(slot, { ok: false, reason })
  }

  /** The files posted behind the current one go back to the front of the queue, for a fresh worker. */
  private requeueBehind(slot: Slot): void {
    this.queue.unshift(...slot.tasks.splice(1))
  }

  private abort(task: Task): void {
    const queued = this.queue.indexOf(task)
    if (queued >= 0) this.queue.splice(queued, 1)
    const slot = this.slots.find((s) => s.tasks.includes(task))
    if (slot) {
      if (slot.tasks[0] === task) {
        // Stopping the worker is the only way to stop an extraction that is under way.
        void this.retire(slot)
        this.stopTimer(slot)
        slot.tasks.shift()
        this.requeueBehind(slot)
      } else {
        slot.tasks.splice(slot.tasks.indexOf(task), 1)
        slot.worker?.postMessage({ type: 'cancel', id: task.id })
      }
      this.pump()
    }
    task.reject(task.options.signal?.reason ?? new DOMException('Aborted', 'AbortError'))
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker
    slot.worker = null
    slot.context = null
    if (worker) await worker.terminate()
  }
}

function describeWorkerError(err: Error & { code?: string }): string {
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'extraction ran out of memory (the page is too complex)'
  return `the extraction worker crashed: ${err.message}`
}
