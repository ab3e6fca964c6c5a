/**
 * Library safety from the command line: `parallax backup` (a backup now, or `--list` them),
 * `parallax restore FILE` (replaces the library by a checked backup; the current one is kept as a
 * backup too) and `parallax check` (SQLite's full integrity check; exit 1 when damaged).
 */
import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { describeBackup, listBackups, restoreBackup } from '../../core/db/backups'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { jsonOption, libraryOption, libraryPathOf } from '../options'

export function registerBackup(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('backup')
      .description('back the library up now (into <library>-backups/, the newest 10 are kept), or --list the backups')
      .option('--list', 'list the backups, newest first')
      .addOption(jsonOption()),
  ).action(async (options: { library?: string; list?: boolean; json?: boolean }) => {
    const file = libraryPathOf(options)
    if (options.list) {
      const backups = listBackups(file)
      ctx.io.out(options.json ? jsonDocument(backups) : backups.map((b) => `${describeBackup(b)}\n  ${b.file}\n`).join(''))
      return
    }
    if (!existsSync(file)) return ctx.failed(file, 'no such library')
    await ctx.withStores(file, false, ({ maintenance }) => {
      const backup = maintenance.backup('manual')
      ctx.io.out(options.json ? jsonDocument(backup) : `backed up to ${backup.file}\n`)
    })
  })

  libraryOption(
    program
      .command('restore')
      .description('replace the library by a backup (checked first; the current library is kept as a backup)')
      .argument('<backup>', 'a backup file (see parallax backup --list)'),
  ).action((backup: string, options: { library?: string }) => {
    const file = libraryPathOf(options)
    if (!existsSync(backup)) return ctx.failed(backup, 'no such file')
    // The library must not be open here: the CLI holds it only inside commands, the app must be closed.
    const saved = restoreBackup(file, backup)
    ctx.io.out(`restored ${file} from ${backup}${saved ? `\nthe library as it was is kept as ${saved}` : ''}\n`)
  })

  libraryOption(
    program.command('check').description("SQLite's full integrity check of the library (exit 1 when damaged)"),
  ).action(async (options: { library?: string }) => {
    const file = libraryPathOf(options)
    if (!existsSync(file)) return ctx.failed(file, 'no such library')
    // Opening runs the quick check and refuses a damaged library with its reason; then the full one.
    await ctx.withStores(file, false, ({ maintenance }) => {
      const problems = maintenance.check()
      if (problems.length) ctx.failed(file, `damaged: ${problems.join('; ')}`)
      else ctx.io.out(`${file}: ok\n`)
    })
  })
}
