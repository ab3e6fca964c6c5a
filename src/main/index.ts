/**
 * The Electron shell: lifecycle, window, IPC, menu. All real work lives in ./core and is reached
 * through the same dispatcher the CLI-facing services and the test server use.
 */
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createDispatcher } from './api/dispatch'
import { createServices, type Services } from './core/services'
import { ElectronHttpClient } from './shell/electron-http-client'
import { createEmitter, registerIpc } from './shell/ipc'
import { installMenu } from './shell/menu'
import { createElectronPlatform } from './shell/platform'
import { installSecurityGuards } from './shell/security'
import type { AppLocation } from './shell/app-url'
import { createMainWindow, rendererFile } from './shell/window'

const where: AppLocation = {
  rendererFileUrl: pathToFileURL(rendererFile).href,
  devServerUrl: !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined,
}
let mainWindow: BrowserWindow | null = null
let services: Services | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  installSecurityGuards(where)

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })

  app.whenReady().then(() => {
    const libraryPath = process.env['PARALLAX_LIBRARY'] ?? join(app.getPath('userData'), 'library.sqlite')
    services = createServices({
      libraryPath,
      settingsFile: join(app.getPath('userData'), 'settings.json'),
      // Fetch jobs go through Chromium's network stack: system proxy, corporate certificates.
      httpClient: new ElectronHttpClient(),
      fetchJobs: { userAgent: process.env['PARALLAX_USER_AGENT'] },
      // Opening happens before the window exists; a long upgrade (rebuilding the search index of a
      // large library) is reported on the console.
      onMigrationProgress: ({ name, done, total }) => {
        if (done === 0 || done === total || done % 10_000 === 0) console.log(`library upgrade (${name}): ${done} of ${total} articles`)
      },
    })
    const getWindow = () => mainWindow
    const dispatch = createDispatcher({
      services,
      platform: createElectronPlatform(getWindow),
      emit: createEmitter(() => mainWindow?.webContents ?? null),
    })
    registerIpc(dispatch, where)
    installMenu(getWindow, () => void dispatch('import', 'pickAndStart', []).catch(() => undefined))
    mainWindow = createMainWindow(where)
    mainWindow.on('closed', () => (mainWindow = null))
    // Fetch jobs run in the background from now on; overdue ones at once.
    services.jobs.scheduler.start()
    // Articles an earlier run left without statements (killed mid-import, locked library) are read now.
    void services.statementRepair.start()

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
    void services.close().finally(() => app.quit())
  })
}
