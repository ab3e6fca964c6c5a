import type * as Chrono from 'chrono-node'
import { lazyPackage } from '../lazy-package'

const chrono = lazyPackage<typeof Chrono>('chrono-node')

/**
 * A feed's date (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, W3CDTF in Dublin Core, and
 * whatever else feeds really carry, including German or Russian month names) as ISO 8601 UTC.
 */
export function feedDate(raw: string | null | undefined): string | null {
  const text = raw?.trim()
  if (!text) return null
  const parsed = Date.parse(text)
  if (!Number.isNaN(parsed)) return new Date(parsed).toISOString()
  for (const parser of [chrono().en.strict, chrono().de.strict, chrono().ru.strict]) {
    const date = parser.parseDate(text)
    if (date) return date.toISOString()
  }
  return null
}
