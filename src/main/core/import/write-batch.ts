import { resolve } from 'node:path'
import type { ImportOutcome } from '../../../shared/api'
import type { ExtractedArticle } from '../extraction/types'
import type { ArticleStore } from '../library/article-store'
import type { PreparedCapture } from '../library/capture'
import { LibraryError } from '../library/errors'
import type { FoundStatements } from './extraction-messages'

export interface Pending {
  path: string
  extracted: ExtractedArticle
  capture: PreparedCapture | null
  statements?: FoundStatements
}

export interface WriteBatchOptions {
  /** Write as soon as this many articles wait. */
  maxSize?: number
  /** Otherwise write what waits after this long. */
  maxWaitMs?: number
  /**
   * One transaction writes for at most about this long, then the thread is given back (IPC, progress,
   * handing files to workers) before the next: the app's main thread must never stall for long.
   */
  sliceMs?: number
  /** Articles waiting to be written before producers are held back (room()). */
  maxPending?: number
  /** Called inside the transaction right after an article is stored (its statements go in with it). */
  afterStore?: (articleId: number, item: Pending) => void
}

/**
 * Collects extracted articles and stores them in batched transactions: far fewer commits than one per
 * file, while progress still moves several times a second. Each article is its own savepoint, so one
 * that cannot be stored fails alone; if a whole transaction fails (disk full, library locked), its
 * files fail with that reason and the library keeps its previous state. Nothing is kept of a file once
 * it is written but its outcome.
 */
export class WriteBatch {
  private pending: Pending[] = []
  private timer: NodeJS.Timeout | null = null
  private immediate: NodeJS.Immediate | null = null
  private waiters: (() => void)[] = []
  private readonly maxSize: number
  private readonly maxWaitMs: number
  private readonly sliceMs: number
  private readonly maxPending: number

  constructor(
    private readonly articles: ArticleStore,
    private readonly onOutcome: (outcome: ImportOutcome) => void,
    private readonly options: WriteBatchOptions = {},
  ) {
    this.maxSize = options.maxSize ?? 100
    this.maxWaitMs = options.maxWaitMs ?? 200
    this.sliceMs = options.sliceMs ?? 30
    this.maxPending = options.maxPending ?? 200
  }

  add(path: string, extracted: ExtractedArticle, capture: PreparedCapture | null, statements?: FoundStatements): void {
    this.pending.push({ path, extracted, capture, statements })
    if (this.pending.length >= this.maxSize) this.soon()
    else this.timer ??= setTimeout(() => this.soon(), this.maxWaitMs)
  }

  /** A file that failed before it could be stored. */
  fail(path: string, reason: string): void {
    this.onOutcome({ file: path, status: 'failed', reason })
  }

  /** Resolves once fewer than maxPending articles wait (or at once when `signal` aborts): back-pressure on extraction. */
  async room(signal?: AbortSignal): Promise<void> {
    while (this.pending.length >= this.maxPending && !signal?.aborted) {
      await new Promise<void>((wake) => {
        this.waiters.push(wake)
        signal?.addEventListener('abort', () => wake(), { once: true })
      })
    }
  }

  /** Writes everything that waits, a slice at a time, yielding to the event loop between slices. */
  async drain(): Promise<void> {
    this.cancelTimers()
    while (this.pending.length) {
      this.writeSlice()
      if (this.pending.length) await new Promise((next) => setImmediate(next))
    }
  }

  /** Writes everything that waits now, in slices but without yielding (closing, tests). */
  flush(): void {
    this.cancelTimers()
    while (this.pending.length) this.writeSlice()
  }

  private soon(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.immediate ??= setImmediate(() => {
      this.immediate = null
      this.writeSlice()
      if (this.pending.length >= this.maxSize) this.soon()
      else if (this.pending.length) this.timer ??= setTimeout(() => this.soon(), this.maxWaitMs)
    })
  }

  private cancelTimers(): void {
    if (this.timer) clearTimeout(this.timer)
    if (this.immediate) clearImmediate(this.immediate)
    this.timer = null
    this.immediate = null
  }

  /** One transaction: articles in order until the slice's time is up (at least one). */
  private writeSlice(): void {
    if (!this.pending.length) return
    const started = performance.now()
    let written = 0
    let outcomes: ImportOutcome[] = []
    try {
      this.articles.batch(() => {
        while (written < this.pending.length && (written === 0 || performance.now() - started < this.sliceMs)) {
          outcomes.push(this.store(this.pending[written]))
          written++
        }
      })
    } catch (err) {
      // Rolled back: the articles written so far and the one being written fail with the reason.
      const reason = notStored(err)
      outcomes = this.pending.slice(0, written + 1).map(({ path }) => ({ file: path, status: 'failed', reason }))
      written = outcomes.length
    }
    this.pending.splice(0, written)
    if (this.pending.length < this.maxPending) for (const wake of this.waiters.splice(0)) wake()
    outcomes.forEach(this.onOutcome)
  }

  private store(item: Pending): ImportOutcome {
    const { path, extracted, capture } = item
    try {
      const result = this.articles.add(extracted, capture, resolve(path))
      if (result.status === 'imported') this.options.afterStore?.(result.articleId, item)
      return { file: path, ...result }
    } catch (err) {
      // SQLite may have rolled back the whole batch; then none of it is stored and the slice fails it all.
      if (!this.articles.inTransaction) throw err
      return { file: path, status: 'failed', reason: err instanceof LibraryError ? err.message : notStored(err) }
    }
  }
}

const notStored = (err: unknown) => `could not be stored in the library: ${err instanceof Error ? err.message : String(err)}`
