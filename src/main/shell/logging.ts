/**
 * The app's log file (core/log/rotating-log.ts) at the edge: in the user-data folder's `logs/`, fed by
 * everything main writes to the console, by crashes of main (uncaught exceptions, logged before
 * Electron reports them) and of the renderer and helper processes. Help ▸ Show Logs reveals the file.
 */
import { app, shell } from 'electron'
import { join } from 'node:path'
import { RotatingLog, teeConsole } from '../core/log/rotating-log'

export function logFolder(): string {
  return join(app.getPath('userData'), 'logs')
}

/** Starts logging; call first thing, before the library opens (its upgrade messages belong in it). */
export function startLogging({ smokeTest }: { smokeTest: boolean }): RotatingLog {
  // A smoke test runs beside an open Parallax: its own file, so two processes never rotate one log.
  const log = new RotatingLog({ dir: logFolder(), name: smokeTest ? 'smoke-test.log' : 'parallax.log' })
  teeConsole(log)
  log.write(
    'info',
    `Parallax ${app.getVersion()} starting (pid ${process.pid}, Electron ${process.versions.electron}, ${process.platform} ${process.arch}, ${app.isPackaged ? 'packaged' : 'development'})`,
  )
  // A monitor only observes: Electron still shows and handles the exception as before.
  process.on('uncaughtExceptionMonitor', (err, origin) => log.write('error', `${origin}:`, err))
  app.on('render-process-gone', (_event, _contents, details) => log.write('error', 'renderer process gone:', details.reason, `exit code ${details.exitCode}`))
  app.on('child-process-gone', (_event, details) =>
    log.write('error', `${details.type} process gone:`, details.reason, `exit code ${details.exitCode}`, details.name ?? ''),
  )
  app.on('quit', (_event, exitCode) => { log.write('info', `Parallax quit (exit code ${exitCode})`); log.close() })
  return log
}

/** Help ▸ Show Logs: the current log file selected in the system's file manager. */
export function showLogs(log: RotatingLog): void {
  log.write('info', 'log shown')
  shell.showItemInFolder(log.file)
}
