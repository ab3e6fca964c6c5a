import { resolve } from 'node:path'
import type { ImportOutcome } from '../../../shared/api'
import type { ExtractedArticle } from '../extraction/types'
import type { ArticleStore } from '../library/article-store'
import type { PreparedCapture } from '../library/capture'
import { LibraryError } from '../library/errors'

interface Pending {
  path: string
  extracted: ExtractedArticle
  capture: PreparedCapture | null
}

/**
 * Collects extracted articles and stores them in one transaction per batch: far fewer commits
 * than one per file, while progress still moves several times a second. Each article is its own
 * savepoint, so one that cannot be stored fails alone; if the whole transaction fails (disk full,
 * library locked), the batch's files fail with that reason and the library keeps its previous state.
 */
export class WriteBatch {
  private pending: Pending[] = []
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly articles: ArticleStore,
    private readonly onOutcome: (outcome: ImportOutcome) => void,
    private readonly maxSize = 100,
    private readonly maxWaitMs = 200,
  ) {}

  add(path: string, extracted: ExtractedArticle, capture: PreparedCapture | null): void {
    this.pending.push({ path, extracted, capture })
    if (this.pending.length >= this.maxSize) this.flush()
    else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs)
  }

  /** A file that failed before it could be stored. */
  fail(path: string, reason: string): void {
    this.onOutcome({ file: path, status: 'failed', reason })
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const batch = this.pending
    this.pending = []
    if (batch.length === 0) return
    let outcomes: ImportOutcome[]
    try {
      outcomes = this.articles.batch(() => batch.map((item) => this.store(item)))
    } catch (err) {
      const reason = notStored(err)
      outcomes = batch.map(({ path }) => ({ file: path, status: 'failed', reason }))
    }
    outcomes.forEach(this.onOutcome)
  }

  private store({ path, extracted, capture }: Pending): ImportOutcome {
    try {
      const result = this.articles.add(extracted, capture, resolve(path))
      return { file: path, ...result }
    } catch (err) {
      // SQLite may have rolled back the whole batch; then none of it is stored and flush fails it all.
      if (!this.articles.inTransaction) throw err
      return { file: path, status: 'failed', reason: err instanceof LibraryError ? err.message : notStored(err) }
    }
  }
}

const notStored = (err: unknown) => `could not be stored in the library: ${err instanceof Error ? err.message : String(err)}`
