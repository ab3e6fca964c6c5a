import * as chrono from 'chrono-node'

/** Dates outside this range in a news page's metadata are placeholders or typos, not publication dates. */
const EARLIEST_YEAR = 1990
const PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.strict, de: chrono.de.strict, ru: chrono.ru.strict }

/**
 * A date as ISO 8601: "YYYY-MM-DD" when only the day is known, a UTC date-time when the source
 * names its time zone, and a date-time without offset when it gives a time but no zone (turning
 * that into UTC would invent a zone). Unix timestamps are read directly; ISO 8601 and any other
 * text by chrono-node in English, German and Russian (the hinted language first).
 */
export function normaliseDate(value: string | null | undefined, languageHint?: string | null): string | null {
  const text = value?.trim()
  if (!text) return null
  if (/^\d{10}(\d{3})?$/.test(text)) return checked(new Date(text.length === 10 ? +text * 1000 : +text))
  // Most metadata dates are complete ISO 8601 strings, which Date reads; chrono is for the rest.
  if (ZONED_ISO.test(text)) return checked(new Date(text))
  if (DATE_ONLY_ISO.test(text) && !Number.isNaN(Date.parse(text))) return plausibleYear(+text.slice(0, 4)) ? text : null
  return parseText(text, languageHint)
}

const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/
const DATE_ONLY_ISO = /^\d{4}-\d{2}-\d{2}$/

/** The longest date with a certain day and year that chrono finds in a text ("Updated Nov 19, 2019 6:55 AM"), trying the hinted language first. */
export function dateMention(text: string, languageHint?: string | null): chrono.ParsedResult | null {
  const order = [languageHint, 'en', 'de', 'ru'].filter((l, i, all): l is string => !!l && l in PARSERS && all.indexOf(l) === i)
  let best: chrono.ParsedResult | null = null
  for (const language of order) {
    for (const result of PARSERS[language].parse(text)) {
      if (!result.start.isCertain('year') || !result.start.isCertain('day')) continue
      if (!best || result.text.length > best.text.length) best = result
    }
    if (best) break
  }
  return best
}

function parseText(text: string, languageHint?: string | null): string | null {
  const best = dateMention(text, languageHint)
  if (!best) return null
  const s = best.start
  const time = s.isCertain('hour') ? ([s.get('hour') ?? 0, s.get('minute') ?? 0, s.get('second') ?? 0] as const) : null
  const offset = s.isCertain('timezoneOffset') ? s.get('timezoneOffset') : null
  return fromParts(s.get('year')!, s.get('month')!, s.get('day')!, time, offset === null ? null : offsetText(offset))
}

function fromParts(
  year: number,
  month: number,
  day: number,
  time: readonly [number, number, number] | null,
  /** "+hh:mm" or null. */
  zone: string | null,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || !plausibleYear(year)) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  if (!time) return date
  const [h, m, s] = time
  if (h > 23 || m > 59 || s > 59) return date
  const local = `${date}T${pad(h)}:${pad(m)}:${pad(s)}`
  if (!zone) return local
  return checked(new Date(local + zone))
}

function checked(date: Date): string | null {
  if (Number.isNaN(date.getTime()) || !plausibleYear(date.getUTCFullYear())) return null
  return date.toISOString().replace('.000Z', 'Z')
}

function plausibleYear(year: number): boolean {
  return year >= EARLIEST_YEAR && year <= new Date().getUTCFullYear() + 1
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

const pad = (n: number) => String(n).padStart(2, '0')

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/
const URL_COMPACT_DATE = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|[-_.]|$)/

/** The date a URL path carries, as news sites often write it: /2022/01/07/, /2022-01-07-, /20220107/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT_DATE.exec(path)
  return m ? fromParts(+m[1], +m[2], +m[3], null, null) : null
}
