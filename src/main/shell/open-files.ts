/**
 * Files handed to Parallax by the system: on its command line (Windows "Open with", a file dropped on
 * the shortcut, a second instance started with files) and by macOS `open-file` events.
 */
import { existsSync, statSync } from 'node:fs'
import { extname, isAbsolute } from 'node:path'
import type { ChosenPaths } from '../core/import/chosen-paths'
import { IMPORT_EXTENSIONS } from '../core/import/import-files'

/** The command-line arguments that are existing saved pages, not switches. */
export function filesToOpen(argv: readonly string[]): string[] {
  return argv.filter((arg) => {
    if (arg.startsWith('-') || !isAbsolute(arg) || !(IMPORT_EXTENSIONS as readonly string[]).includes(extname(arg).toLowerCase())) return false
    try {
      return existsSync(arg) && statSync(arg).isFile()
    } catch {
      return false
    }
  })
}

/**
 * Files handed to the app — macOS `open-file` (also before the app is ready), a second instance's
 * argv forwarded by the single-instance lock, the first instance's own argv — become an import, as if
 * dropped: they are the person's choice, so they are granted to import.start. Files that arrive before
 * the library is open wait and go first once it is.
 */
export class OpenedFiles {
  private readonly waiting: string[] = []
  private importFiles: ((paths: string[]) => void) | null = null

  constructor(private readonly chosen: Pick<ChosenPaths, 'grant'>) {}

  open(paths: readonly string[]): void {
    if (!paths.length) return
    if (!this.importFiles) return void this.waiting.push(...paths)
    this.chosen.grant(paths)
    this.importFiles([...paths])
  }

  /** The library is open: imports what waited, then everything handed over from now on. */
  ready(importFiles: (paths: string[]) => void): void {
    this.importFiles = importFiles
    this.open(this.waiting.splice(0))
  }
}
