/**
 * A library opened by one process for its lifetime (app, CLI command, test server): the open marker
 * that tells the next process whether this one exited cleanly, and the integrity check that follows
 * from it (full after an unclean exit, quick otherwise).
 */
import { markOpen } from './open-markers'
import { openDatabase, type Db, type OpenOptions } from './open'

export interface OpenLibrary {
  readonly db: Db
  /** The previous process to open this library did not close it (its full integrity check passed). */
  readonly recoveredFromUncleanExit: boolean
  close(): void
}

export function openLibrary(file: string, options: Omit<OpenOptions, 'integrity'> = {}): OpenLibrary {
  if (file === ':memory:' || options.readonly) {
    const db = openDatabase(file, options)
    return { db, recoveredFromUncleanExit: false, close: () => db.close() }
  }
  const marker = markOpen(file)
  let db: Db
  try {
    db = openDatabase(file, { ...options, integrity: marker.uncleanExit ? 'full' : 'quick' })
  } catch (err) {
    marker.release()
    throw err
  }
  return {
    db,
    recoveredFromUncleanExit: marker.uncleanExit,
    close() {
      db.close()
      marker.release()
    },
  }
}
