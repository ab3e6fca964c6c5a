/**
 * The app's side of library safety: the daily backup, File ▸ Back Up / Restore from Backup… / Check
 * Library…, and what the person sees when the library cannot be opened (damaged, not a library):
 * the reason, and a way to restore a backup.
 */
import { app, dialog, type BrowserWindow } from 'electron'
import { backupFolder, listBackups, restoreBackup } from '../core/db/backups'
import type { Services } from '../core/services'

/** After the window is up: the daily backup, off the path of starting. */
export function scheduleDailyBackup(services: Services): void {
  setTimeout(() => {
    try {
      services.maintenance.backupIfDue()
    } catch (err) {
      console.error('daily backup failed:', err)
    }
  }, 30_000).unref()
}

export async function backUpNow(services: Services, win: BrowserWindow | null): Promise<void> {
  const options = (message: string, detail: string) => ({ type: 'info' as const, message, detail })
  try {
    const backup = services.maintenance.backup('manual')
    await show(win, options('The library was backed up.', backup.file))
  } catch (err) {
    await show(win, { type: 'error', message: 'The backup failed.', detail: String(err) })
  }
}

export async function checkLibrary(services: Services, win: BrowserWindow | null): Promise<void> {
  const problems = services.maintenance.check()
  await show(
    win,
    problems.length
      ? { type: 'error', message: 'The library is damaged.', detail: `${problems.join('\n')}\n\nRestore a backup with File ▸ Restore from Backup….` }
      : { type: 'info', message: 'The library is sound.', detail: "SQLite's full integrity check found no problem." },
  )
}

/**
 * Restore…: the person picks a backup, confirms, and the app closes the library, restores (the current
 * library is kept as a backup) and starts again on the restored one.
 */
export async function restoreFromBackup(libraryPath: string, close: () => Promise<void>, win: BrowserWindow | null): Promise<void> {
  const options: Electron.OpenDialogOptions = {
    title: 'Restore the library from a backup',
    defaultPath: listBackups(libraryPath)[0]?.file ?? backupFolder(libraryPath),
    properties: ['openFile'],
    filters: [{ name: 'Parallax backups', extensions: ['sqlite'] }],
  }
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  const backup = choice.filePaths[0]
  if (choice.canceled || !backup) return
  const confirm = await show(win, {
    type: 'warning',
    message: 'Replace the library by this backup?',
    detail: `${backup}\n\nThe library as it is now is kept as a backup too. Parallax restarts.`,
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  })
  if (confirm.response !== 0) return
  await close()
  try {
    restoreBackup(libraryPath, backup)
  } catch (err) {
    dialog.showErrorBox('The backup was not restored', String(err instanceof Error ? err.message : err))
  }
  app.relaunch()
  app.exit(0)
}

/** At start-up, the library was refused: say why, offer to restore a backup, else quit. */
export async function libraryRefused(libraryPath: string, err: unknown): Promise<void> {
  const message = err instanceof Error ? err.message : String(err)
  const backups = listBackups(libraryPath)
  const answer = await dialog.showMessageBox({
    type: 'error',
    message: 'Parallax cannot open the library.',
    detail: message,
    buttons: backups.length ? ['Restore from Backup…', 'Quit'] : ['Quit'],
    defaultId: 0,
  })
  if (backups.length && answer.response === 0) return restoreFromBackup(libraryPath, async () => undefined, null)
  app.exit(1)
}

function show(win: BrowserWindow | null, options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue> {
  return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)
}
