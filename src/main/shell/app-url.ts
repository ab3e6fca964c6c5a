/** Where the app's own pages live: the packaged renderer file, or the dev server in development. */
export interface AppLocation {
  rendererFileUrl: string
  devServerUrl?: string
}

/** Is this URL one of the app's own pages? Anything else may not navigate the window or call IPC. */
export function isAppUrl(raw: string, where: AppLocation): boolean {
  try {
    const url = new URL(raw)
    if (where.devServerUrl && url.origin === new URL(where.devServerUrl).origin) return true
    const page = new URL(where.rendererFileUrl)
    return url.protocol === 'file:' && url.pathname === page.pathname
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
