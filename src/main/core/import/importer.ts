import { randomUUID } from 'node:crypto'
import type { ImportOutcome, ImportProgress, ImportSummary } from '../../../shared/api'
import type { ArticleStore } from '../library/article-store'
import type { StatementContext } from '../statements/engine-context'
import type { TitledPerson } from '../statements/types'
import type { StatementCandidate } from '../statements/types'
import { ExtractionPool } from './extraction-pool'
import type { ExtractionResult } from './extraction-messages'
import { expandImportPaths } from './import-files'
import { InOrder } from './in-order'
import { ProgressThrottle } from './progress-throttle'
import { defaultWorkerCount } from './worker-count'
import { WriteBatch } from './write-batch'

/** Extracted files held back while an earlier, slower file is still being extracted. */
const MAX_BACKLOG = 64

/** Statements found by the import workers and stored with their article, in its transaction. */
export interface ImportStatements {
  /** The library's actors and persons, read at the start of each import. */
  context(): StatementContext
  /** Stores an imported article's statements and the people its titles introduce (inside the import's transaction). */
  write(articleId: number, text: string, candidates: readonly StatementCandidate[], titled: readonly TitledPerson[], publishedAt: string | null): void
  /** After the import's articles are stored: their workers did not know the persons the import itself taught. */
  finish?(articleIds: number[], startedAt: Date): void
}

export interface ImporterOptions {
  /** Extraction worker threads; defaults to one per core, as many as memory allows. */
  workers?: number
  /** Per-file extraction time limit. */
  taskTimeoutMs?: number
  /** Statements found in the workers and stored with each article; without it, onImported is the hook. */
  statements?: ImportStatements
  /** Called with each newly stored article's id, after its batch is committed. */
  onImported?: (articleIds: number[]) => void
}

export interface RunOptions {
  onProgress?: (progress: ImportProgress) => void
  signal?: AbortSignal
  jobId?: string
}

export interface StartOptions {
  onProgress?: (progress: ImportProgress) => void
  onDone?: (summary: ImportSummary) => void
}

/**
 * Imports files and folders into the library. Reading, extraction and statements run in worker
 * threads; all writes happen here, on the calling thread, in short batched transactions. Every file gets an outcome;
 * a broken file affects nothing else, and a cancelled import keeps what it already stored.
 */
export class Importer {
  private pool: ExtractionPool | null = null
  private readonly jobs = new Map<string, { controller: AbortController; done: Promise<unknown> }>()

  constructor(
    private readonly articles: ArticleStore,
    private readonly options: ImporterOptions = {},
  ) {}

  /** Starts an import in the background and returns its id at once. */
  async start(paths: string[], { onProgress, onDone }: StartOptions = {}): Promise<{ jobId: string }> {
    const jobId = randomUUID()
    const controller = new AbortController()
    const done = this.run(paths, { onProgress, signal: controller.signal, jobId })
      .catch((err: unknown) => failedSummary(jobId, paths, err))
      .then((summary) => {
        this.jobs.delete(jobId)
        onDone?.(summary)
      })
    this.jobs.set(jobId, { controller, done })
    return { jobId }
  }

  async cancel(jobId: string): Promise<void> {
    this.jobs.get(jobId)?.controller.abort()
  }

  /** Imports and resolves with the summary once every file has its outcome (or the run was cancelled). */
  async run(paths: string[], { onProgress, signal, jobId = randomUUID() }: RunOptions = {}): Promise<ImportSummary> {
    const entries = await expandImportPaths(paths)
    const outcomes: ImportOutcome[] = entries.flatMap(({ path, refused }) =>
      refused ? [{ file: path, status: 'failed' as const, reason: refused }] : [],
    )
    const files = entries.filter((e) => !e.refused)
    const total = entries.length
    const progress = new ProgressThrottle((p: ImportProgress) => onProgress?.(p), 100)
    let currentFile: string | null = null
    const report = () => progress.update({ jobId, done: outcomes.length, total, currentFile })
    report()

    const statements = this.options.statements
    const writes = new WriteBatch(
      this.articles,
      (outcome) => {
        outcomes.push(outcome)
        if (outcome.status === 'imported') this.options.onImported?.([outcome.articleId])
        report()
      },
      {
        afterStore: statements
          ? (articleId, { extracted, statements: found }) => {
              // An engine failure leaves the article unread by it, for a later run (StatementService.extractPending).
              if (found && 'candidates' in found) statements.write(articleId, extracted.text.trim(), found.candidates, found.persons ?? [], extracted.publishedAt)
            }
          : undefined,
      },
    )
    const ordered = new InOrder<{ path: string; result: ExtractionResult }>(({ path, result }) => {
      if (result.ok) writes.add(path, result.extracted, result.capture, result.statements)
      else writes.fail(path, result.reason)
    }, MAX_BACKLOG)
    const pool = this.extractionPool()
    const startedAt = new Date()
    if (statements) pool.setStatementContext(statements.context())
    const queue = files.entries()
    // Enough files in flight that every worker has its next file while this thread writes; the
    // backlog and the write queue hold them back, so memory stays bounded whatever the number of files.
    const lanes = Array.from({ length: pool.size * (pool.depth + 1) }, async () => {
      for (const [index, { path }] of queue) {
        await ordered.room(signal)
        await writes.room(signal)
        if (signal?.aborted) return
        let result: ExtractionResult
        try {
          result = await pool.run(path, true, { signal, statements: !!statements, onStart: () => (currentFile = path) })
        } catch (err) {
          if (signal?.aborted) return
          result = { ok: false, reason: err instanceof Error ? err.message : String(err) }
        }
        ordered.put(index, { path, result })
      }
    })
    await Promise.all(lanes)
    ordered.drain()
    await writes.drain()
    statements?.finish?.(outcomes.flatMap((o) => (o.status === 'imported' ? [o.articleId] : [])), startedAt)
    progress.flush()

    const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length
    const order = new Map(entries.map((e, i) => [e.path, i]))
    outcomes.sort((a, b) => order.get(a.file)! - order.get(b.file)!)
    return {
      jobId,
      imported: count('imported'),
      duplicates: count('duplicate'),
      failed: count('failed'),
      cancelled: signal?.aborted ?? false,
      outcomes,
    }
  }

  /** Cancels running imports, waits for them to wind up, and stops the workers. */
  async close(): Promise<void> {
    const running = [...this.jobs.values()]
    for (const job of running) job.controller.abort()
    await Promise.all(running.map((job) => job.done))
    await this.pool?.close()
    this.pool = null
  }

  /** Extraction workers, shared by all imports; started on first use. */
  extractionPool(): ExtractionPool {
    this.pool ??= new ExtractionPool({
      size: this.options.workers ?? defaultWorkerCount(),
      taskTimeoutMs: this.options.taskTimeoutMs,
    })
    return this.pool
  }
}

function failedSummary(jobId: string, paths: string[], err: unknown): ImportSummary {
  const reason = `the import stopped: ${err instanceof Error ? err.message : String(err)}`
  return {
    jobId,
    imported: 0,
    duplicates: 0,
    failed: paths.length,
    cancelled: false,
    outcomes: paths.map((file) => ({ file, status: 'failed', reason })),
  }
}
