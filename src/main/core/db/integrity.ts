import type { Database } from 'better-sqlite3'

/** At most this many problems are listed; a badly damaged file has thousands. */
const MAX_PROBLEMS = 20

/**
 * SQLite's own consistency check: `quick` (quick_check: structure, in time proportional to the file,
 * done at every open) or full (integrity_check: also every index against its table; on demand and
 * after an unclean exit). The problems found, none when the library is sound.
 */
export function checkIntegrity(db: Database, mode: 'quick' | 'full'): string[] {
  const pragma = mode === 'quick' ? `quick_check(${MAX_PROBLEMS})` : `integrity_check(${MAX_PROBLEMS})`
  try {
    const rows = db.pragma(pragma, { simple: false }) as Record<string, string>[]
    const problems = rows.map((row) => Object.values(row)[0]).filter((line) => line !== 'ok')
    return problems
  } catch (err) {
    // A file damaged in its first pages fails the check itself ("database disk image is malformed").
    return [err instanceof Error ? err.message : String(err)]
  }
}
