/** A URL's host without "www.", as a last-resort outlet name and for comparing names with titles. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\d*\./i, '').toLowerCase() || null
  } catch {
    return null
  }
}

/**
 * An absolute http(s) URL from an attribute value, resolved against the page's address when
 * relative; null for anything else (javascript:, data:, garbage).
 */
export function httpUrl(value: string | null | undefined, base?: string | null): string | null {
  const trimmed = value?.trim()
  if (!trimmed) return null
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Whether a URL points at a site's front page rather than at one article (bad canonical links do). */
export function isFrontPage(url: string): boolean {
  try {
    const { pathname, search } = new URL(url)
    return (pathname === '/' || pathname === '') && !search
  } catch {
    return false
  }
}
