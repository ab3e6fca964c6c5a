/** Locale-aware display of dates, numbers and language names (Intl only; no hand-written formats). */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A publication or import date for display. Date-only values ("2022-01-05") are shown as that
 * calendar day everywhere (formatted in UTC, so no time zone can shift them to the day before).
 */
export function formatDate(iso: string | null | undefined, locale: string, withTime = false): string {
  if (!iso) return ''
  const dateOnly = DATE_ONLY.test(iso)
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(withTime && !dateOnly ? { timeStyle: 'short' } : {}),
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date)
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n)
}

const languageNames = new Map<string, Intl.DisplayNames>()

/** "de" → "German" (in the UI's locale); unknown codes are shown as given. */
export function languageName(code: string | null | undefined, locale: string): string {
  if (!code) return ''
  let names = languageNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })
    languageNames.set(locale, names)
  }
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** 0.65 → "65%" (or "65 %" in German). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}
