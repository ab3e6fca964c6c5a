import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../../src/main/core/db/open'
import type { ExtractedArticle } from '../../../src/main/core/extraction/types'
import { ArticleStore } from '../../../src/main/core/library/article-store'
import { TagStore } from '../../../src/main/core/library/tag-store'

export interface TempLibrary {
  dir: string
  file: string
  db: Db
  articles: ArticleStore
  tags: TagStore
  close(): void
}

/** A real library file in a fresh temp folder. */
export function tempLibrary(): TempLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lib-'))
  const file = join(dir, 'library.sqlite')
  const db = openDatabase(file)
  return {
    dir,
    file,
    db,
    articles: new ArticleStore(db, file),
    tags: new TagStore(db),
    close() {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

let serial = 0

/** An extracted article; every call gets its own URL and text unless given. */
export function article(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  serial++
  const text = overrides.text ?? `Article number ${serial} says something distinct: token${serial}.`
  return {
    title: `Title ${serial}`,
    byline: null,
    siteName: 'Example News',
    url: `https://www.example.com/news/${serial}`,
    publishedAt: '2024-03-05',
    language: 'en',
    excerpt: null,
    cleanHtml: text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
    text,
    wordCount: text.split(/\s+/u).length,
    mediaType: 'text/html',
    ...overrides,
  }
}

/** Adds an article without a capture and returns its id (failing the test on a duplicate). */
export function addArticle(lib: TempLibrary, overrides: Partial<ExtractedArticle> = {}): number {
  const result = lib.articles.add(article(overrides), null, '/tmp/test.html')
  if (result.status !== 'imported') throw new Error(`unexpected duplicate (${result.reason}) of ${result.articleId}`)
  return result.articleId
}
