import { EventEmitter } from 'node:events'
import { randomUUID } from 'node:crypto'
import type { JobProgress } from '../../../shared/api/jobs'
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff'
import type { ArticleSink, PageExtractor } from './job-context'
import type { JobItems } from './job-items'
import type { JobLog } from './job-log'
import { runJob } from './job-runner'
import type { JobRecord, JobStore } from './job-store'
import type { PageVersions } from './page-versions'
import type { ResourceFetcher } from './resource-fetcher'

export interface SchedulerDeps {
  store: JobStore
  items: JobItems
  log: JobLog
  versions: PageVersions
  fetcher: ResourceFetcher
  extract: PageExtractor
  library: ArticleSink
}

export interface SchedulerOptions {
  /** Identifies this process in job leases; random by default. */
  owner?: string
  /** Jobs run at once (their requests also pass the fetcher's politeness gate). */
  maxJobs?: number
  /** How long a lease holds without renewal; a crashed process's jobs are retaken after it. */
  leaseMs?: number
  /** Look at the library at least this often: another process may have added or changed jobs. */
  pollMs?: number
  backoff?: BackoffPolicy
}

export interface SchedulerEvents {
  changed: [jobIds: number[]]
  progress: [progress: JobProgress]
}

interface Running {
  controller: AbortController
  done: Promise<void>
}

/**
 * Runs due jobs in the background with async I/O: overdue jobs right after start, each job under
 * a lease in the library so that two processes on one library never run the same job, leases
 * renewed while a job runs (a run whose lease was lost is cancelled), cancellable with stop().
 */
export class Scheduler extends EventEmitter<SchedulerEvents> {
  readonly owner: string
  private readonly maxJobs: number
  private readonly leaseMs: number
  private readonly pollMs: number
  private readonly backoff: BackoffPolicy
  private readonly running = new Map<number, Running>()
  private timer: NodeJS.Timeout | null = null
  private heartbeat: NodeJS.Timeout | null = null
  private started = false

  constructor(
    private readonly deps: SchedulerDeps,
    options: SchedulerOptions = {},
  ) {
    super()
    this.owner = options.owner ?? `${process.pid}-${randomUUID()}`
    this.maxJobs = Math.max(1, options.maxJobs ?? 4)
    this.leaseMs = options.leaseMs ?? 120_000
    this.pollMs = options.pollMs ?? 30_000
    this.backoff = options.backoff ?? DEFAULT_BACKOFF
  }

  /** Starts running jobs as they fall due, until stop(). */
  start(): void {
    if (this.started) return
    this.started = true
    this.heartbeat = setInterval(() => this.renewLeases(), Math.max(50, this.leaseMs / 3))
    this.wake()
  }

  /** Something changed (a job added, made due): look for due jobs now. */
  wake(): void {
    if (!this.started) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.tick(), 0)
  }

  /**
   * Runs every job due now and waits for them (`jobs run --once`). A job is run at most once per
   * call: retries it schedules fall after the call's start and are left for later.
   */
  async runDue(signal?: AbortSignal): Promise<number> {
    const cutoff = Date.now()
    let ran = 0
    const heartbeat = this.started ? null : setInterval(() => this.renewLeases(), Math.max(50, this.leaseMs / 3))
    try {
      for (;;) {
        if (signal?.aborted) break
        const claimed = this.deps.store.claimDue(this.owner, this.maxJobs - this.running.size, this.leaseMs, cutoff)
        for (const job of claimed) this.launch(job)
        ran += claimed.length
        if (this.running.size === 0) break
        const onAbort = () => this.cancelAll()
        signal?.addEventListener('abort', onAbort, { once: true })
        await Promise.race([...this.running.values()].map((r) => r.done))
        signal?.removeEventListener('abort', onAbort)
      }
      await Promise.all([...this.running.values()].map((r) => r.done))
    } finally {
      if (heartbeat) clearInterval(heartbeat)
    }
    return ran
  }

  /** Cancels a job's current run in this process (it stays due). */
  cancel(jobId: number): void {
    this.running.get(jobId)?.controller.abort(new Error('cancelled'))
  }

  /** Stops scheduling, cancels running jobs and waits until they have released their leases. */
  async stop(): Promise<void> {
    this.started = false
    if (this.timer) clearTimeout(this.timer)
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.timer = this.heartbeat = null
    this.cancelAll()
    await Promise.all([...this.running.values()].map((r) => r.done))
  }

  private cancelAll(): void {
    for (const r of this.running.values()) r.controller.abort(new Error('cancelled'))
  }

  private tick(): void {
    this.timer = null
    if (!this.started) return
    try {
      const claimed = this.deps.store.claimDue(this.owner, this.maxJobs - this.running.size, this.leaseMs)
      for (const job of claimed) this.launch(job)
    } catch (err) {
      // SQLITE_BUSY from another process holding the write lock for long: try again shortly.
      console.warn(`[jobs] could not look for due jobs: ${err instanceof Error ? err.message : String(err)}`)
    }
    const now = Date.now()
    const next = this.running.size >= this.maxJobs ? Infinity : (this.deps.store.nextWake() ?? Infinity)
    const at = Math.min(next, now + this.pollMs)
    this.timer = setTimeout(() => this.tick(), Math.max(10, at - now))
  }

  private launch(job: JobRecord): void {
    const controller = new AbortController()
    const { deps } = this
    const tags = deps.store.tags(job.id).map((t) => t.name)
    const done = (async () => {
      this.emit('changed', [job.id])
      let outcome = null
      try {
        outcome = await runJob(
          {
            job, tags,
            fetcher: deps.fetcher, extract: deps.extract, library: deps.library,
            items: deps.items, log: deps.log, versions: deps.versions,
            signal: controller.signal,
            progress: (p) => this.emit('progress', { jobId: job.id, ...p }),
          },
          this.backoff,
        )
      } finally {
        if (outcome) {
          if (!deps.store.finish(job.id, this.owner, outcome)) deps.log.add(job.id, 'warn', 'the job was taken over by another process; this run’s state was not saved')
        } else {
          deps.store.release(job.id, this.owner)
        }
        this.running.delete(job.id)
        this.emit('progress', { jobId: job.id, phase: 'finished', done: 0, total: 0, currentUrl: null, imported: outcome?.imported ?? 0 })
        this.emit('changed', [job.id])
        this.wake()
      }
    })().catch((err) => console.error(`[jobs] job ${job.id} failed unexpectedly:`, err))
    this.running.set(job.id, { controller, done })
  }

  private renewLeases(): void {
    if (this.running.size === 0) return
    const ids = [...this.running.keys()]
    try {
      const held = this.deps.store.renew(this.owner, ids, this.leaseMs)
      for (const id of ids) if (!held.has(id)) this.running.get(id)?.controller.abort(new Error('lease lost'))
    } catch (err) {
      console.warn(`[jobs] could not renew leases: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
}
