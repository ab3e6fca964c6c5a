import { BrowserWindow } from 'electron'
import { join } from 'node:path'

import type { AppLocation } from './app-url'

export const rendererFile = join(import.meta.dirname, '../renderer/index.html')

export function createMainWindow(where: AppLocation): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 860,
    minHeight: 560,
    show: false,
    title: 'Parallax',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click would ask for a new window (denied anyway by the security guard): not even that.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  win.once('ready-to-show', () => win.show())
  if (where.devServerUrl) void win.loadURL(where.devServerUrl)
  else void win.loadFile(rendererFile)
  return win
}
