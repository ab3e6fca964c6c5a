import { app, shell, session, type WebContents } from 'electron'

/** The only way a URL leaves the app: http(s) in the system browser, everything else refused. */
export async function openExternalSafely(raw: string): Promise<void> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`Not a valid URL: ${raw.slice(0, 200)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Only http(s) links can be opened, not ${url.protocol}`)
  }
  await shell.openExternal(url.toString())
}

/** Is this URL one of the app's own pages (the packaged renderer, or the dev server)? */
export function isAppUrl(raw: string, devServerUrl: string | undefined): boolean {
  try {
    const url = new URL(raw)
    if (devServerUrl && url.origin === new URL(devServerUrl).origin) return true
    return url.protocol === 'file:' && decodeURIComponent(url.pathname).endsWith('/renderer/index.html')
  } catch {
    return false
  }
}

/**
 * App-wide guard: no navigation away from the app, no new windows, no webviews, no permissions.
 * Links are handed to the system browser by the renderer through app.openExternal only.
 */
export function installSecurityGuards(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
  })
}
