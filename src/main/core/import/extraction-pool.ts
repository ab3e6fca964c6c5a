import { Worker } from 'node:worker_threads'
import type { ExtractionRequest, ExtractionResponse, ExtractionResult } from './extraction-messages'
import { importWorkerLocation, type WorkerLocation } from './worker-location'

export interface ExtractionPoolOptions {
  /** Worker threads; each extracts one file at a time. */
  size: number
  /** A file taking longer than this is failed and its worker replaced. */
  taskTimeoutMs?: number
  /** Heap limit per worker: a hostile page can exhaust one worker, not the app. */
  maxHeapMb?: number
  location?: WorkerLocation
}

export interface RunOptions {
  signal?: AbortSignal
  /** Called when a worker picks the file up. */
  onStart?: () => void
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
  task: Task | null
  timer: NodeJS.Timeout | null
}

/**
 * Worker threads that read and extract files off the calling thread. Workers start when first
 * needed and do not keep the process alive while idle. A worker that crashes, runs out of memory
 * or exceeds the time limit fails its current file with the reason and is replaced.
 */
export class ExtractionPool {
  private readonly slots: Slot[]
  private readonly queue: Task[] = []
  private readonly location: WorkerLocation
  private nextId = 1
  private closed = false

  constructor(private readonly options: ExtractionPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({ worker: null, task: null, timer: null }))
    this.location = options.location ?? importWorkerLocation()
  }

  get size(): number {
    return this.slots.length
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
        slot.task?.reject(new Error('The import pool was closed'))
        return this.retire(slot)
      }),
    )
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue
      const task = this.queue.shift()!
      slot.task = task
      const worker = slot.worker ?? this.spawn(slot)
      worker.ref()
      task.options.onStart?.()
      const request: ExtractionRequest = { id: task.id, path: task.path, withCapture: task.withCapture }
      worker.postMessage(request)
      const timeout = this.options.taskTimeoutMs ?? 120_000
      slot.timer = setTimeout(() => this.fail(slot, `extraction took longer than ${Math.round(timeout / 1000)} s`), timeout)
    }
    // Idle workers must not keep a CLI run or a test process alive.
    for (const slot of this.slots) if (!slot.task) slot.worker?.unref()
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.location.file, {
      execArgv: this.location.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
      stdout: false,
      stderr: false,
    })
    worker.on('message', (response: ExtractionResponse) => {
      if (slot.worker !== worker || slot.task?.id !== response.id) return
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
    return worker
  }

  private finish(slot: Slot, result: ExtractionResult): void {
    const task = slot.task
    if (slot.timer) clearTimeout(slot.timer)
    slot.task = null
    slot.timer = null
    task?.resolve(result)
    this.pump()
  }

  /** Fails the slot's file and replaces its worker, whose state can no longer be trusted. */
  private fail(slot: Slot, reason: string): void {
    void this.retire(slot)
    this.finish(slot, { ok: false, reason })
  }

  private abort(task: Task): void {
    const queued = this.queue.indexOf(task)
    if (queued >= 0) this.queue.splice(queued, 1)
    const slot = this.slots.find((s) => s.task === task)
    if (slot) {
      // Stopping the worker is the only way to stop an extraction that is under way.
      void this.retire(slot)
      if (slot.timer) clearTimeout(slot.timer)
      slot.task = null
      slot.timer = null
      this.pump()
    }
    task.reject(task.options.signal?.reason ?? new DOMException('Aborted', 'AbortError'))
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker
    slot.worker = null
    if (worker) await worker.terminate()
  }
}

function describeWorkerError(err: Error & { code?: string }): string {
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'extraction ran out of memory (the page is too complex)'
  return `the extraction worker crashed: ${err.message}`
}
