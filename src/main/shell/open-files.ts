/**
 * Files handed to Parallax on its command line (Windows "Open with", a file dropped on the shortcut,
 * a second instance started with files): the arguments that are existing saved pages, not switches.
 */
import { existsSync, statSync } from 'node:fs'
import { extname, isAbsolute } from 'node:path'
import { IMPORT_EXTENSIONS } from '../core/import/import-files'

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
