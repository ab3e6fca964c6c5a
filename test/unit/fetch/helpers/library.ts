import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../../../src/main/core/db/open'
import { ArticleStore } from '../../../../src/main/core/library/article-store'
import { TagStore } from '../../../../src/main/core/library/tag-store'

export interface TestLibrary {
  dir: string
  file: string
  db: Db
  articles: ArticleStore
  tags: TagStore
  /** Another connection to the same file, as a second process would have. */
  reopen(): { db: Db; articles: ArticleStore; tags: TagStore }
  close(): void
}

/** A real library file in a temporary folder. */
export function createTestLibrary(): TestLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-fetch-'))
  const file = join(dir, 'library.sqlite')
  const opened: Db[] = []
  const open = () => {
    const db = openDatabase(file)
    opened.push(db)
    return { db, articles: new ArticleStore(db, file), tags: new TagStore(db) }
  }
  const first = open()
  return {
    dir,
    file,
    ...first,
    reopen: open,
    close() {
      for (const db of opened) if (db.open) db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
