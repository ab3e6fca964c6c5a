import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'
import type { ExtractedArticle } from '../extraction/types'
import { isPreparedCapture, prepareCapture, type PreparedCapture, type RawCapture } from './capture'
import { LibraryError } from './errors'
import { canonicalUrl, domainOf } from './url-normalise'
import { textHash } from './text-hash'

export type DuplicateReason = 'capture' | 'url' | 'text'

export type AddResult =
  | { status: 'imported'; articleId: number; title: string; fallback?: true; tooComplex?: true }
  | { status: 'duplicate'; articleId: number; title: string; reason: DuplicateReason }

interface Existing {
  id: number
  title: string
}

/**
 * Stores extracted articles with their capture and source, and recognises an article that is
 * already in the library (same bytes, same canonical URL or same wording) instead of storing it twice.
 */
export class ArticleWriter {
  private readonly byCapture: Statement
  private readonly byUrl: Statement
  private readonly byText: Statement
  private readonly upsertSource: Statement
  private readonly upsertCapture: Statement
  private readonly insertArticle: Statement
  private readonly addInTransaction: (extracted: ExtractedArticle, capture: PreparedCapture | null, origin: string) => AddResult

  constructor(db: Db) {
    this.byCapture = db.prepare(
      'SELECT a.id, a.title FROM captures c JOIN articles a ON a.capture_id = c.id WHERE c.sha256 = ? LIMIT 1',
    )
    this.byUrl = db.prepare('SELECT id, title FROM articles WHERE canonical_url = ?')
    this.byText = db.prepare('SELECT id, title FROM articles WHERE text_hash = ?')
    // A source's name is taken from the first article that states one.
    this.upsertSource = db.prepare(`
      INSERT INTO sources (domain, name) VALUES (?, ?)
      ON CONFLICT (domain) DO UPDATE SET name = coalesce(sources.name, excluded.name)
      RETURNING id`)
    // A capture left by a deleted article is reused rather than stored again.
    this.upsertCapture = db.prepare(`
      INSERT INTO captures (sha256, compression, bytes, size, media_type, file_name, captured_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (sha256) DO UPDATE SET sha256 = excluded.sha256
      RETURNING id`)
    this.insertArticle = db.prepare(`
      INSERT INTO articles (capture_id, source_id, title, byline, site_name, url, canonical_url, published_at,
        language, excerpt, word_count, clean_html, text, text_hash, origin, imported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      RETURNING id`)
    // A savepoint per article: inside an import batch a failure undoes this article only.
    this.addInTransaction = db.transaction((extracted, capture, origin) => this.write(extracted, capture, origin))
  }

  add(extracted: ExtractedArticle, capture: PreparedCapture | RawCapture | null, origin: string): AddResult {
    const prepared = capture === null || isPreparedCapture(capture) ? capture : prepareCapture(capture.bytes, capture)
    return this.addInTransaction(extracted, prepared, origin)
  }

  private write(extracted: ExtractedArticle, capture: PreparedCapture | null, origin: string): AddResult {
    const text = extracted.text.trim()
    if (!/[\p{L}\p{N}]/u.test(text)) throw new LibraryError('refused', 'the page has no article text')
    const canonical = articleUrl(extracted.url)
    const hash = textHash(text)
    const duplicate =
      this.find(capture && this.byCapture.get(capture.sha256), 'capture') ??
      this.find(canonical && this.byUrl.get(canonical), 'url') ??
      this.find(this.byText.get(hash), 'text')
    if (duplicate) return duplicate

    const domain = domainOf(extracted.url)
    const sourceId = domain ? (this.upsertSource.get(domain, extracted.siteName) as { id: number }).id : null
    const captureId = capture
      ? (
          this.upsertCapture.get(
            capture.sha256, capture.compression, capture.compressed, capture.size,
            capture.mediaType, capture.fileName, capture.capturedAt,
          ) as { id: number }
        ).id
      : null
    const title = extracted.title.trim() || firstWords(text)
    const { id } = this.insertArticle.get(
      captureId, sourceId, title, extracted.byline, extracted.siteName, extracted.url, canonical,
      extracted.publishedAt, extracted.language, extracted.excerpt, extracted.wordCount, extracted.cleanHtml,
      text, hash, origin, new Date().toISOString(),
    ) as { id: number }
    return {
      status: 'imported',
      articleId: id,
      title,
      ...(extracted.fallback ? { fallback: true as const } : {}),
      ...(extracted.tooComplex ? { tooComplex: true as const } : {}),
    }
  }

  private find(row: unknown, reason: DuplicateReason): AddResult | null {
    if (!row) return null
    const { id, title } = row as Existing
    return { status: 'duplicate', articleId: id, title, reason }
  }
}

/**
 * The canonical URL used as the article's identity. A site's front page is no article's identity:
 * pages whose metadata points at the home page must not all count as one article.
 */
export function articleUrl(url: string | null): string | null {
  const canonical = canonicalUrl(url)
  if (!canonical) return null
  const { pathname, search } = new URL(canonical)
  return pathname === '/' && !search ? null : canonical
}

function firstWords(text: string): string {
  const line = text.split('\n', 1)[0]
  return line.length <= 120 ? line : `${line.slice(0, 117).replace(/\s+\S*$/u, '')}…`
}
