/**
 * Stores statements found elsewhere (by an import worker) for an article, as StatementService does after
 * running the engine itself: merged with what the article already has (merge.ts), the run recorded with
 * the engine version. Each article is its own savepoint inside the caller's transaction, so a failure
 * leaves that article's statements unread (a later run reads it) and never undoes the article.
 * The prepared statements are made once and reused for every article of an import.
 */
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'
import { isAnalystWork, planMerge } from './merge'
import { STATEMENT_ENGINE_VERSION } from './engine-version'
import type { StatementStore } from './statement-store'
import type { StatementCandidate } from './types'
import { learnedCandidates, type PersonLearner } from './learned-persons'
import type { TitledPerson } from './types'

export class CandidateWriter {
  private readonly savepoint: Statement
  private readonly release: Statement
  private readonly rollback: Statement

  constructor(
    private readonly db: Db,
    private readonly store: StatementStore,
    /** Makes library persons of the people titles introduce (the worker found them); nobody is learned without it. */
    private readonly learner?: PersonLearner,
  ) {
    this.savepoint = db.prepare('SAVEPOINT import_statements')
    this.release = db.prepare('RELEASE import_statements')
    this.rollback = db.prepare('ROLLBACK TO import_statements')
  }

  /** Stores the article's statements; false when they could not be stored (the article stays as it is). */
  write(articleId: number, text: string, found: StatementCandidate[], titled: readonly TitledPerson[] = [], publishedAt: string | null = null): boolean {
    this.savepoint.run()
    try {
      const candidates = learnedCandidates(found, titled, this.learner && ((t) => this.learner!.learn(articleId, publishedAt, t)))
      const existing = this.store.existing(articleId)
      const plan = planMerge(text, existing, candidates)
      this.store.apply(articleId, text, plan, existing.filter(isAnalystWork))
      this.store.markRun(articleId, STATEMENT_ENGINE_VERSION)
      this.release.run()
      return true
    } catch (err) {
      if (!this.db.inTransaction) throw err
      this.rollback.run()
      this.release.run()
      return false
    }
  }
}
