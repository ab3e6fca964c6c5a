/**
 * Auto-update at the edge: electron-updater against the feed update-feed.ts settles on (off when none
 * is configured), driven by update-controller.ts. electron-updater is loaded only when updates are on,
 * so a Parallax without a feed never pays for it.
 */
import { app, dialog, type BrowserWindow } from 'electron'
import type { RotatingLog } from '../core/log/rotating-log'
import { UpdateController } from './update-controller'
import { readInstallerFeed, resolveUpdateFeed } from './update-feed'

export async function startAutoUpdate(log: RotatingLog, getWindow: () => BrowserWindow | null, { smokeTest }: { smokeTest: boolean }): Promise<UpdateController | null> {
  const feed = resolveUpdateFeed({
    packaged: app.isPackaged,
    smokeTest,
    environmentUrl: process.env['PARALLAX_UPDATE_URL'],
    installerUrl: readInstallerFeed(process.resourcesPath),
  })
  if (!feed.enabled) {
    log.write('info', `auto-update off: ${feed.reason}`)
    return null
  }
  // A CommonJS package: its exports are module.exports, reached as `default` from ESM.
  const loaded = (await import('electron-updater')) as typeof import('electron-updater') & { default?: typeof import('electron-updater') }
  const { autoUpdater } = loaded.default ?? loaded
  autoUpdater.logger = {
    info: (message?: unknown) => log.write('info', 'update:', message),
    warn: (message?: unknown) => log.write('warn', 'update:', message),
    error: (message?: unknown) => log.write('error', 'update:', message),
    debug: () => undefined,
  }
  autoUpdater.autoDownload = true
  autoUpdater.autoInstallOnAppQuit = true
  autoUpdater.setFeedURL({ provider: 'generic', url: feed.url })
  log.write('info', `auto-update on: ${feed.url} (${feed.source})`)
  const controller = new UpdateController(autoUpdater, {
    ask: (version) => askToRestart(version, getWindow()),
    log: (level, ...args) => log.write(level, ...args),
  })
  controller.start()
  return controller
}

async function askToRestart(version: string, win: BrowserWindow | null): Promise<boolean> {
  const options = {
    type: 'info' as const,
    buttons: ['Restart Now', 'Later'],
    defaultId: 0,
    cancelId: 1,
    message: `Parallax ${version} is ready to install.`,
    detail: 'Restart now to use it, or it will be installed when you next quit Parallax.',
  }
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
  return response === 0
}
