/**
 * Articles whose statements were never read (an import killed between its article and its statement
 * run, a statement transaction that met a locked library, an engine update): the absence of a current
 * row in statement_runs is the durable queue, so nothing is lost whatever happened before. This reads
 * them — at start-up, after every import, after a failed fetch-job run — in the background, a batch at
 * a time with the event loop free in between, one run at a time (a request during a run runs again
 * after it, for articles that arrived meanwhile).
 */
import { randomUUID } from 'node:crypto'
import type { ExtractionSummary, StatementsProgress } from '../../../shared/api'
import type { Db } from '../db/open'
import { STATEMENT_ENGINE_VERSION } from './engine-version'
import type { StatementService } from './statement-service'

const BATCH = 50

export interface RepairReporter {
  progress(progress: StatementsProgress): void
  done(summary: ExtractionSummary): void
}

export class StatementRepair {
  private running: Promise<ExtractionSummary | null> | null = null
  private again = false
  private readonly controller = new AbortController()
  private reporter: RepairReporter | null = null

  constructor(
    private readonly db: Db,
    private readonly service: StatementService,
  ) {}

  /** Where progress goes (the API emits it as statements.progress / statements.done). */
  setReporter(reporter: RepairReporter | null): void {
    this.reporter = reporter
  }

  /** Articles without a statement run of the current engine. */
  pendingIds(): number[] {
    return this.db
      .prepare('SELECT a.id FROM articles a LEFT JOIN statement_runs r ON r.article_id = a.id WHERE r.engine IS NULL OR r.engine < ? ORDER BY a.id')
      .pluck()
      .all(STATEMENT_ENGINE_VERSION) as number[]
  }

  /** Reads the pending articles now, on this thread (the CLI, before it exits). */
  runNow(): ExtractionSummary {
    return this.service.extractArticles(this.pendingIds(), { signal: this.controller.signal })
  }

  /** Starts (or queues) a background run; resolves with its summary, or null when nothing was pending. */
  start(): Promise<ExtractionSummary | null> {
    if (this.running) {
      this.again = true
      return this.running
    }
    const run = this.runInBackground().finally(() => {
      this.running = null
      if (this.again && !this.controller.signal.aborted) {
        this.again = false
        void this.start()
      }
    })
    this.running = run
    return run
  }

  /** The current run, if any, has finished. */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined)
  }

  /** Stops between batches and waits (closing the library); what is left stays queued. */
  async close(): Promise<void> {
    this.controller.abort()
    await this.idle()
  }

  private async runInBackground(): Promise<ExtractionSummary | null> {
    // Let the caller finish what it is doing (an import's summary, opening the window) first.
    await new Promise((resolve) => setImmediate(resolve))
    const signal = this.controller.signal
    if (signal.aborted) return null
    const ids = this.pendingIds()
    if (!ids.length) return null
    const runId = randomUUID()
    const total: ExtractionSummary = { runId, articles: ids.length, added: 0, updated: 0, removed: 0, kept: 0, cancelled: false, failed: [] }
    this.reporter?.progress({ runId, done: 0, total: ids.length })
    for (let i = 0; i < ids.length && !signal.aborted; i += BATCH) {
      if (i) await new Promise((resolve) => setImmediate(resolve))
      const part = this.service.extractArticles(ids.slice(i, i + BATCH), { signal, runId })
      total.added += part.added
      total.updated += part.updated
      total.removed += part.removed
      total.kept += part.kept
      total.failed.push(...part.failed)
      this.reporter?.progress({ runId, done: Math.min(ids.length, i + BATCH), total: ids.length })
    }
    total.cancelled = signal.aborted
    this.reporter?.done(total)
    return total
  }
}
