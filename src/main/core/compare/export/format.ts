import type { ReportLabels } from './labels'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** "5 Jan 2022" / "5. Jan. 2022" for a YYYY-MM-DD day; the input itself when it is not one. */
export function formatDay(iso: string | null, labels: ReportLabels, weekday = false): string {
  if (!iso) return ''
  const m = ISO_DATE.exec(iso)
  if (!m) return iso
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  return new Intl.DateTimeFormat(labels.dateLocale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(weekday ? { weekday: 'short' } : {}),
  }).format(date)
}

/** A day span for a column header: "3–12 Jan 2022" style, or one day. */
export function formatSpan(first: string | null, last: string | null, labels: ReportLabels): string {
  if (!first || !last) return ''
  return first === last ? formatDay(first, labels) : `${formatDay(first, labels)} – ${formatDay(last, labels)}`
}

/**
 * A timestamp as the source states it (time and offset kept, not converted): provenance must not
 * shift a publication across midnight. "2022-01-05T10:32:00+03:00" → "2022-01-05 10:32 +03:00".
 */
export function formatTimestamp(iso: string | null): string {
  if (!iso) return ''
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso)
  if (!m) return iso
  const zone = m[3] === 'Z' ? 'UTC' : (m[3] ?? '')
  return [m[1], m[2], m[2] ? zone : ''].filter(Boolean).join(' ')
}
