/** Where the app's own pages live: the packaged renderer file, or the dev server in development. */
export interface AppLocation {
  rendererFileUrl: string
  devServerUrl?: string
}

/**
 * Is this URL one of the app's own pages? Anything else may not navigate the window or call IPC.
 * The whole origin counts: for the dev server scheme, host and port; for the packaged page the
 * file: URL's host too (file://server/share/… is a network file on Windows, not the app) and its path.
 */
export function isAppUrl(raw: string, where: AppLocation): boolean {
  try {
    const url = new URL(raw)
    if (where.devServerUrl) {
      const dev = new URL(where.devServerUrl)
      if (url.protocol === dev.protocol && url.host === dev.host && url.username === '' && url.password === '') return true
    }
    const page = new URL(where.rendererFileUrl)
    return url.protocol === 'file:' && url.host === page.host && url.pathname === page.pathname
  } catch {
    return false
  }
}

/** Only http(s) URLs may be handed to the system browser; returns the normalised URL or throws. */
export function externalUrlOrThrow(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`Not a valid URL: ${raw.slice(0, 200)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Only http(s) links can be opened, not ${url.protocol}`)
  }
  return url.toString()
}
