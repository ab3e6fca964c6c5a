import { LibraryError } from '../library/errors'

/**
 * The URL a job fetches, from what a person typed or pasted: http(s) only, a bare host/path gets
 * https://, the fragment (never sent to a server) is dropped.
 */
export function jobUrl(raw: string): string {
  const text = raw.trim()
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new LibraryError('refused', `"${raw}" is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new LibraryError('refused', `Only http and https addresses can be fetched, not "${raw}"`)
  }
  if (!url.hostname) throw new LibraryError('refused', `"${raw}" names no host`)
  url.hash = ''
  return url.href
}

const UNITS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86400, w: 604800 }

/** "30m", "2h", "1d", "90s", "1w" (or a number of seconds) as seconds; at least a minute. */
export function parseInterval(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)?\s*$/i.exec(text)
  if (!m) throw new LibraryError('refused', `"${text}" is not an interval (examples: 30m, 2h, 1d)`)
  const seconds = Math.round(Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()])
  if (seconds < 60) throw new LibraryError('refused', `"${text}" is too often: the shortest interval is one minute`)
  return seconds
}
