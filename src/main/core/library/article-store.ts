import type { Statement } from 'better-sqlite3'
import type { Article, LibraryInfo, SearchPage, SearchQuery, Source } from '../../../shared/api'
import { schemaVersion } from '../db/migrate'
import type { Db } from '../db/open'
import type { ExtractedArticle } from '../extraction/types'
import { ARTICLE_COLUMNS, toArticle, type ArticleRow } from './article-rows'
import { ArticleTags } from './article-tags'
import { ArticleWriter, type AddResult } from './article-writer'
import type { PreparedCapture, RawCapture } from './capture'
import { notFound } from './errors'
import { MetadataEditor } from './metadata-editor'
import { LibrarySearch } from './search'

/** The articles of one library file: reading, searching, adding and deleting. */
export class ArticleStore {
  private readonly searcher: LibrarySearch
  /** The analyst's corrections and re-reading metadata from captures. */
  readonly metadata: MetadataEditor
  private readonly writer: ArticleWriter
  private readonly articleTags: ArticleTags
  private readonly countArticles: Statement
  private readonly selectArticle: Statement
  private readonly deleteArticle: Statement
  private readonly deleteOrphanCapture: Statement
  private readonly deleteOrphanSource: Statement
  private readonly selectSources: Statement
  private readonly selectLanguages: Statement
  private readonly removeInTransaction: (id: number) => void

  constructor(
    readonly db: Db,
    readonly libraryPath: string,
  ) {
    this.searcher = new LibrarySearch(db)
    this.metadata = new MetadataEditor(db)
    this.writer = new ArticleWriter(db)
    this.articleTags = new ArticleTags(db)
    this.countArticles = db.prepare('SELECT count(*) FROM articles').pluck()
    this.selectArticle = db.prepare(`
      SELECT ${ARTICLE_COLUMNS} FROM articles a
      LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN captures c ON c.id = a.capture_id
      WHERE a.id = ?`)
    this.deleteArticle = db.prepare('DELETE FROM articles WHERE id = ? RETURNING capture_id AS captureId, source_id AS sourceId')
    this.deleteOrphanCapture = db.prepare(
      'DELETE FROM captures WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE capture_id = ?)',
    )
    this.deleteOrphanSource = db.prepare(
      'DELETE FROM sources WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE source_id = ?)',
    )
    this.selectSources = db.prepare(`
      SELECT s.id, s.domain, s.name, count(*) AS articleCount
      FROM sources s JOIN articles a ON a.source_id = s.id
      GROUP BY s.id ORDER BY articleCount DESC, s.domain`)
    this.selectLanguages = db.prepare(`
      SELECT language, count(*) AS count FROM articles WHERE language IS NOT NULL
      GROUP BY language ORDER BY count DESC, language`)
    this.removeInTransaction = db.transaction((id: number) => {
      const removed = this.deleteArticle.get(id) as { captureId: number | null; sourceId: number | null } | undefined
      if (!removed) throw notFound(`Article ${id}`)
      if (removed.captureId !== null) this.deleteOrphanCapture.run(removed.captureId, removed.captureId)
      if (removed.sourceId !== null) this.deleteOrphanSource.run(removed.sourceId, removed.sourceId)
    })
  }

  info(): LibraryInfo {
    return {
      path: this.libraryPath,
      articleCount: this.countArticles.get() as number,
      schemaVersion: schemaVersion(this.db),
    }
  }

  search(query: SearchQuery): SearchPage {
    return this.searcher.search(query)
  }

  /** Articles matching a query's words and filters that have an id above `afterId` (newer ones). */
  countNewer(query: SearchQuery, afterId: number): number {
    return this.searcher.countNewer(query, afterId)
  }

  get(id: number): Article | null {
    const row = this.selectArticle.get(id) as ArticleRow | undefined
    return row ? toArticle(row, this.articleTags.of([id]).get(id) ?? []) : null
  }

  /** Deletes an article, and its capture and source when nothing else uses them. */
  remove(id: number): void {
    this.removeInTransaction(id)
  }

  sources(): Source[] {
    return this.selectSources.all() as Source[]
  }

  languages(): { language: string; count: number }[] {
    return this.selectLanguages.all() as { language: string; count: number }[]
  }

  /**
   * Stores an extracted article with its capture (raw bytes, or prepared by an import worker),
   * or names the article already in the library that it duplicates. Runs in its own savepoint.
   */
  add(extracted: ExtractedArticle, capture: PreparedCapture | RawCapture | null, origin: string): AddResult {
    return this.writer.add(extracted, capture, origin)
  }

  /**
   * Runs `work` in one transaction: an import writes a batch of articles at once. The write lock
   * is taken up front, so a library locked by another process fails the batch once, not each article.
   */
  batch<T>(work: () => T): T {
    return this.db.transaction(work).immediate()
  }

  /** False when SQLite has rolled back the batch (disk full, I/O error): its articles are gone. */
  get inTransaction(): boolean {
    return this.db.inTransaction
  }
}
