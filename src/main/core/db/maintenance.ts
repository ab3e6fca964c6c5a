/** Backups and checks of the open library, for the app's menu, the CLI and the daily backup. */
import { backupIfDue, createBackup, listBackups, KEEP_BACKUPS, type BackupInfo } from './backups'
import { checkIntegrity } from './integrity'
import type { Db } from './open'

export class LibraryMaintenance {
  constructor(
    private readonly db: Db,
    private readonly libraryPath: string,
    private readonly keep = KEEP_BACKUPS,
  ) {}

  private get onDisk(): boolean {
    return this.libraryPath !== ':memory:'
  }

  backup(reason = 'manual'): BackupInfo {
    if (!this.onDisk) throw new Error('an in-memory library cannot be backed up')
    return createBackup(this.db, this.libraryPath, reason, this.keep)
  }

  /** The daily backup, when the newest is more than a day old. */
  backupIfDue(now = new Date()): BackupInfo | null {
    return this.onDisk ? backupIfDue(this.db, this.libraryPath, now, this.keep) : null
  }

  backups(): BackupInfo[] {
    return this.onDisk ? listBackups(this.libraryPath) : []
  }

  /** SQLite's full integrity check; the problems found, none when sound. */
  check(): string[] {
    return checkIntegrity(this.db, 'full')
  }
}
