/**
 * Runs the extraction engine over the library: one article, a list of articles (after an import), the
 * articles not yet read by this engine version, or the whole library — in batched transactions, with
 * progress and cancellation. Re-running keeps the analyst's work (merge.ts). A failure on one article is
 * reported and affects no other.
 */
import { randomUUID } from 'node:crypto'
import type { ExtractionSummary, StatementsProgress } from '../../../shared/api'
import type { PersonIndex } from '../actors/person-index'
import type { ActorMatcher } from '../actors/types'
import type { Db } from '../db/open'
import { STATEMENT_ENGINE_VERSION } from './engine-version'
import { extractStatements } from './extract'
import { isAnalystWork, planMerge } from './merge'
import type { StatementStore } from './statement-store'
import { learnedCandidates, type PersonLearner } from './learned-persons'
import type { TitledPerson } from './types'


const BATCH = 50
/** Longer texts are books or dumps, not articles; reading them would hold up imports (the engine reads ~2 MB/s). */
const MAX_TEXT = 2_000_000

export interface ExtractOptions {
  onProgress?: (progress: StatementsProgress) => void
  signal?: AbortSignal
  runId?: string
}

export class StatementService {
  private readonly runs = new Map<string, { controller: AbortController; done: Promise<unknown> }>()

  constructor(
    private readonly db: Db,
    private readonly store: StatementStore,
    private readonly matcher: () => ActorMatcher,
    /** The library's persons (seed, analyst and learned); the shipped seed alone when absent. */
    private readonly persons?: () => PersonIndex,
    /** Makes library persons of the people titles introduce; without it, nobody is learned. */
    private readonly learner?: PersonLearner,
  ) {}

  /** Extracts one article now (in its own transaction); an article that does not exist is an error, not an empty run. */
  extractArticle(articleId: number): ExtractionSummary {
    this.store.article(articleId)
    const summary = emptySummary(randomUUID(), 1)
    this.store.transaction(() => this.extractOne(articleId, this.matcher(), summary))
    return summary
  }

  /** Extracts the given articles (e.g. just imported ones), in batches; stops between articles when cancelled. */
  extractArticles(articleIds: readonly number[], { onProgress, signal, runId = randomUUID() }: ExtractOptions = {}): ExtractionSummary {
    const summary = emptySummary(runId, articleIds.length)
    onProgress?.({ runId, done: 0, total: articleIds.length })
    // Nothing to read (a repair that found every article read): the matcher, the run's biggest cost in memory, is not built.
    if (!articleIds.length) return summary
    const matcher = this.matcher()
    let done = 0
    for (let i = 0; i < articleIds.length && !signal?.aborted; i += BATCH) {
      const batch = articleIds.slice(i, i + BATCH)
      try {
        this.store.transaction(() => {
          for (const id of batch) {
            if (signal?.aborted) break
            this.extractOne(id, matcher, summary)
            done++
          }
        })
      } catch (err) {
        // The batch's transaction failed as a whole (disk full, library locked): its articles are unchanged.
        for (const id of batch) summary.failed.push({ articleId: id, reason: reason(err) })
      }
      onProgress?.({ runId, done, total: articleIds.length })
    }
    summary.cancelled = !!signal?.aborted
    return summary
  }

  /** Every article of the library. */
  extractLibrary(options: ExtractOptions = {}): ExtractionSummary {
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]
    return this.extractArticles(ids, options)
  }

  /** Articles this engine version has not read yet (new ones, or all after an engine update). */
  extractPending(options: ExtractOptions = {}): ExtractionSummary {
    const ids = this.db
      .prepare('SELECT a.id FROM articles a LEFT JOIN statement_runs r ON r.article_id = a.id WHERE r.engine IS NULL OR r.engine < ? ORDER BY a.id')
      .pluck()
      .all(STATEMENT_ENGINE_VERSION) as number[]
    return this.extractArticles(ids, options)
  }

  /** Starts a whole-library run in the background (yielding between batches); returns its id at once. */
  start({ onProgress, onDone }: { onProgress?: (p: StatementsProgress) => void; onDone?: (s: ExtractionSummary) => void } = {}): { runId: string } {
    const runId = randomUUID()
    const controller = new AbortController()
    const done = this.runInBackground(runId, controller.signal, onProgress).then((summary) => {
      this.runs.delete(runId)
      onDone?.(summary)
    })
    this.runs.set(runId, { controller, done })
    return { runId }
  }

  cancel(runId: string): void {
    this.runs.get(runId)?.controller.abort()
  }

  /** Cancels background runs and waits for them to stop. */
  async close(): Promise<void> {
    const running = [...this.runs.values()]
    for (const r of running) r.controller.abort()
    await Promise.all(running.map((r) => r.done))
  }

  private async runInBackground(runId: string, signal: AbortSignal, onProgress?: (p: StatementsProgress) => void): Promise<ExtractionSummary> {
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]
    const total = emptySummary(runId, ids.length)
    onProgress?.({ runId, done: 0, total: ids.length })
    for (let i = 0; i < ids.length && !signal.aborted; i += BATCH) {
      // Give the event loop (IPC, other work) a turn between batches.
      await new Promise((resolve) => setImmediate(resolve))
      const part = this.extractArticles(ids.slice(i, i + BATCH), { signal, runId })
      total.added += part.added
      total.updated += part.updated
      total.removed += part.removed
      total.kept += part.kept
      total.failed.push(...part.failed)
      onProgress?.({ runId, done: Math.min(ids.length, i + BATCH), total: ids.length })
    }
    total.cancelled = signal.aborted
    return total
  }

  private extractOne(articleId: number, matcher: ActorMatcher, summary: ExtractionSummary): void {
    try {
      this.db.prepare('SAVEPOINT statement_article').run()
      const { text, language, publishedAt } = this.store.article(articleId)
      if (text.length > MAX_TEXT) throw new Error(`the text is too long for statement extraction (${text.length} characters; news articles have far fewer)`)
      // The date decides which office a known person held ("Steinmeier" in 2015: the foreign ministry).
      // The index is read per article: an earlier article may have taught it somebody (it is cached until then).
      let titled: TitledPerson[] = []
      const found = extractStatements(text, matcher, { language, date: publishedAt, persons: this.persons?.(), ...(this.learner ? { learnPersons: (t: TitledPerson[]) => (titled = t) } : {}) })
      const candidates = learnedCandidates(found, titled, this.learner && ((t) => this.learner!.learn(articleId, publishedAt, t)))
      const existing = this.store.existing(articleId)
      const plan = planMerge(text, existing, candidates)
      this.store.apply(articleId, text, plan, existing.filter(isAnalystWork))
      this.store.markRun(articleId, STATEMENT_ENGINE_VERSION)
      this.db.prepare('RELEASE statement_article').run()
      summary.added += plan.insert.length
      summary.updated += plan.update.length
      summary.removed += plan.remove.length
      summary.kept += plan.keep.length
    } catch (err) {
      if (!this.db.inTransaction) throw err
      this.db.prepare('ROLLBACK TO statement_article').run()
      this.db.prepare('RELEASE statement_article').run()
      summary.failed.push({ articleId, reason: reason(err) })
    }
  }
}

function emptySummary(runId: string, articles: number): ExtractionSummary {
  return { runId, articles, added: 0, updated: 0, removed: 0, kept: 0, cancelled: false, failed: [] }
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
