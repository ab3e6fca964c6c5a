import { app, shell, session, type WebContents } from 'electron'
import { externalUrlOrThrow, isAppUrl, type AppLocation } from './app-url'

/** The only way a URL leaves the app: http(s) in the system browser, everything else refused. */
export async function openExternalSafely(raw: string): Promise<void> {
  await shell.openExternal(externalUrlOrThrow(raw))
}

/**
 * App-wide guard: no navigation away from the app, no new windows, no webviews, no permissions.
 * Links are handed to the system browser by the renderer through app.openExternal only.
 */
export function installSecurityGuards(where: AppLocation): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, where)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, where)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
  })
}
