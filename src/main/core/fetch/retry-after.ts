/** Longest wait a server may impose through Retry-After; beyond it the normal backoff applies. */
export const MAX_RETRY_AFTER_MS = 24 * 3600_000

/**
 * Milliseconds to wait from a Retry-After header (RFC 9110 §10.2.3): delay-seconds or an
 * HTTP-date. Null when absent or unreadable; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value == null) return null
  const text = value.trim()
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS)
  // Date.parse reads IMF-fixdate, RFC 850 and asctime forms, the three HTTP-date allows; each
  // names a month, and without one Date.parse would take "-5" for a year.
  const at = /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN
  if (Number.isNaN(at)) return null
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS)
}
