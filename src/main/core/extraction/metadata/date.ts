import type * as chrono from 'chrono-node'
import { lazyPackage } from '../../lazy-package'

type Language = 'en' | 'de' | 'ru'

/**
 * Each language's locale module on its own (the same module the package's index re-exports): the index
 * loads all of chrono's fifteen locales, which cost ~150 ms more in every import worker.
 */
const locales: Record<Language, () => { strict: chrono.Chrono }> = {
  en: lazyPackage('chrono-node/en'),
  de: lazyPackage('chrono-node/de'),
  ru: lazyPackage('chrono-node/ru'),
}

/** Dates outside this range in a news page's metadata are placeholders or typos, not publication dates. */
const EARLIEST_YEAR = 1990
const LANGUAGES = new Set(['en', 'de', 'ru'])
const parser = (language: string): chrono.Chrono => locales[language as Language]().strict

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
  const order = [languageHint, 'en', 'de', 'ru'].filter((l, i, all): l is string => !!l && LANGUAGES.has(l) && all.indexOf(l) === i)
  let best: chrono.ParsedResult | null = null
  for (const language of order) {
    for (const result of parser(language).parse(text)) {
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
  return m ? fromParts(+m[1], +m[2], +m[3], null, null) : dateFromUrlMonthName(url)
}

/** Month names and abbreviations in URLs (/2019/nov/18/, /18-march-2024/), English and German as sites write them. */
const URL_MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, feb: 2, february: 2, februar: 2, mar: 3, march: 3, maerz: 3, marz: 3, apr: 4, april: 4,
  may: 5, mai: 5, jun: 6, june: 6, juni: 6, jul: 7, july: 7, juli: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12, dez: 12, dezember: 12,
}
const URL_NAMED_MONTH = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/i
const URL_DAY_MONTH_YEAR = /[/_-](0?[1-9]|[12]\d|3[01])[-_]([a-z]{3,9})[-_]((?:19|20)\d{2})(?:[/_.-]|$)/i

/** The date of a URL that names its month: /2019/nov/18/ (PolitiFact), /18-march-2024-… */
export function dateFromUrlMonthName(url: string | null | undefined): string | null {
  let path: string
  try {
    path = new URL(url ?? '').pathname
  } catch {
    return null
  }
  const a = URL_NAMED_MONTH.exec(path)
  if (a && URL_MONTHS[a[2].toLowerCase()]) return fromParts(+a[1], URL_MONTHS[a[2].toLowerCase()], +a[3], null, null)
  const b = URL_DAY_MONTH_YEAR.exec(path)
  if (b && URL_MONTHS[b[2].toLowerCase()]) return fromParts(+b[3], URL_MONTHS[b[2].toLowerCase()], +b[1], null, null)
  return null
}

/**
 * The date a page's <title> carries, as some sites write it beside their name ("… | DW | 19.01.2020",
 * "Pressemitteilung vom 5. März 2024"): only a complete date (day, month, year) read in the page's
 * language first, and only where nothing better dated the page. A day only, not a time: titles give none.
 */
export function dateFromTitle(title: string | null | undefined, languageHint?: string | null): string | null {
  if (!title) return null
  const numeric = /(?:^|[\s|(–-])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?=$|[\s|)–-])/.exec(title)
  if (numeric) return fromParts(+numeric[3], +numeric[2], +numeric[1], null, null)
  const found = dateMention(title, languageHint)
  if (!found) return null
  const s = found.start
  const date = fromParts(s.get('year')!, s.get('month')!, s.get('day')!, null, null)
  // A title naming a day after today is announcing an event, not dating itself.
  return date && date <= new Date().toISOString().slice(0, 10) ? date : null
}
