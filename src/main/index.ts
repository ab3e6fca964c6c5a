/**
 * The Electron shell: lifecycle, window, IPC, menu. All real work lives in ./core and is reached
 * through the same dispatcher the CLI-facing services and the test server use.
 */
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createDispatcher } from './api/dispatch'
import { ChosenPaths } from './core/import/chosen-paths'
import { createServices, type Services } from './core/services'
import type { AppLocation } from './shell/app-url'
import { ElectronHttpClient } from './shell/electron-http-client'
import { createEmitter, registerIpc } from './shell/ipc'
import { backUpNow, checkLibrary, libraryRefused, restoreFromBackup, scheduleDailyBackup } from './shell/library-safety'
import { installMenu } from './shell/menu'
import { startAutoUpdate } from './shell/auto-update'
import { showLogs, startLogging } from './shell/logging'
import { filesToOpen, OpenedFiles } from './shell/open-files'
import { createElectronPlatform } from './shell/platform'
import { installSecurityGuards } from './shell/security'
import { isSmokeTest, runSmokeTest, smokeTestLibrary } from './shell/smoke-test'
import { createMainWindow, rendererFile } from './shell/window'

const development = !app.isPackaged
const smokeTest = isSmokeTest()
const where: AppLocation = {
  rendererFileUrl: pathToFileURL(rendererFile).href,
  devServerUrl: development ? process.env['ELECTRON_RENDERER_URL'] : undefined,
}
let mainWindow: BrowserWindow | null = null
let services: Services | null = null
/** What the person chose to import (drops, the open dialog, files opened with the app). */
const chosenPaths = new ChosenPaths()
/** Files opened with the app (macOS open-file, Windows argv, a second instance's argv): imported like a drop. */
const openedFiles = new OpenedFiles(chosenPaths)

function bringToFront(): void {
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
}

// A smoke test runs beside an open Parallax on its own temporary library.
if (!smokeTest && !app.requestSingleInstanceLock()) {
  app.quit()
} else {
  /** Everything main writes to the console also goes to a rotating file in the user-data folder. */
  const log = startLogging({ smokeTest })
  installSecurityGuards(where)

  // The single-instance lock forwards a second start's arguments (Windows: files opened with Parallax) here.
  app.on('second-instance', (_event, argv) => {
    openedFiles.open(filesToOpen(argv.slice(1)))
    bringToFront()
  })
  // macOS hands files dropped on the Dock icon or opened with Parallax here, also before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedFiles.open([path])
    bringToFront()
  })

  app.whenReady().then(async () => {
    const libraryPath = smokeTest ? smokeTestLibrary() : (process.env['PARALLAX_LIBRARY'] ?? join(app.getPath('userData'), 'library.sqlite'))
    try {
      services = createServices({
        libraryPath,
        settingsFile: smokeTest ? `${libraryPath}.settings.json` : join(app.getPath('userData'), 'settings.json'),
        // Fetch jobs go through Chromium's network stack: system proxy, corporate certificates.
        httpClient: new ElectronHttpClient(),
        fetchJobs: { userAgent: process.env['PARALLAX_USER_AGENT'] },
        // Opening happens before the window exists; a long upgrade (rebuilding the search index of a
        // large library) is reported on the console.
        onMigrationProgress: ({ name, done, total, unit }) => {
          if (done === 0 || done === total || done % 10_000 === 0) console.log(`library upgrade (${name}): ${done} of ${total} ${unit}`)
        },
      })
    } catch (err) {
      // Damaged, not a library, from a newer Parallax: the file is untouched; say why, offer a backup.
      if (smokeTest) {
        console.error(`parallax smoke test: FAILED ${String(err)}`)
        return app.exit(1)
      }
      return libraryRefused(libraryPath, err)
    }
    const ready = services
    const getWindow = () => mainWindow
    const api = createDispatcher({
      services: ready,
      platform: createElectronPlatform(getWindow),
      emit: createEmitter(() => mainWindow?.webContents ?? null),
      chosenPaths,
    })
    registerIpc(api, where, chosenPaths)
    installMenu(
      getWindow,
      {
        import: () => void api('import', 'pickAndStart', []).catch(() => undefined),
        backUp: () => void backUpNow(ready, getWindow()),
        restore: () => void restoreFromBackup(libraryPath, () => closeServices(), getWindow()),
        check: () => void checkLibrary(ready, getWindow()),
        showLogs: () => showLogs(log),
      },
      { development },
    )
    mainWindow = createMainWindow(where)
    mainWindow.on('closed', () => (mainWindow = null))
    if (smokeTest) return void runSmokeTest(mainWindow, chosenPaths, log.file)
    // Fetch jobs run in the background from now on; overdue ones at once.
    ready.jobs.scheduler.start()
    // Articles an earlier run left without statements (killed mid-import, locked library) are read now.
    void ready.statementRepair.start()
    scheduleDailyBackup(ready)
    openedFiles.open(filesToOpen(process.argv.slice(1)))
    openedFiles.ready((paths) => {
      void api('import', 'start', [paths]).catch((err: unknown) => console.error('import of opened files failed:', err))
    })
    void startAutoUpdate(log, getWindow, { smokeTest }).catch((err: unknown) => console.error('auto-update could not start:', err))

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(where)
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Close the library (and release fetch-job leases) before the process goes.
  let closing = false
  app.on('will-quit', (event) => {
    if (closing || !services) return
    closing = true
    event.preventDefault()
    void closeServices().finally(() => app.quit())
  })
}

async function closeServices(): Promise<void> {
  const open = services
  services = null
  await open?.close()
}
