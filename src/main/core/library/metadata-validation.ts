import type { MetadataField, MetadataPatch } from '../../../shared/api'
import { LibraryError } from './errors'
import { LANGUAGE_CODES } from './language-codes'

/** The article columns an edit writes, already checked and normalised. */
export interface MetadataValues {
  title?: string
  site_name?: string | null
  byline?: string | null
  published_at?: string | null
  url?: string | null
  language?: string | null
}

const MAX_TITLE = 500
const MAX_NAME = 300
const MAX_URL = 2048
/** Older dates are typos in a news library; the future is one too (a day of slack for time zones). */
const EARLIEST_YEAR = 1800

const refused = (message: string) => new LibraryError('refused', message)

/**
 * Checks a correction and turns it into column values. Whitespace is normalised; an empty value
 * clears the field. The messages name the field and say what is expected, because the CLI and the
 * app show them as they are.
 */
export function validateMetadataPatch(patch: MetadataPatch, today = new Date()): { values: MetadataValues; fields: MetadataField[] } {
  const values: MetadataValues = {}
  const fields: MetadataField[] = []
  if (patch.title !== undefined) {
    const title = clean(patch.title)
    if (!title) throw refused('The title cannot be empty')
    if (title.length > MAX_TITLE) throw refused(`The title is too long (${title.length} characters; at most ${MAX_TITLE})`)
    values.title = title
    fields.push('title')
  }
  if (patch.outlet !== undefined) {
    values.site_name = name(patch.outlet, 'outlet')
    fields.push('outlet')
  }
  if (patch.author !== undefined) {
    values.byline = name(patch.author, 'author')
    fields.push('author')
  }
  if (patch.publishedAt !== undefined) {
    values.published_at = publicationDate(patch.publishedAt, today)
    fields.push('publishedAt')
  }
  if (patch.url !== undefined) {
    values.url = articleUrl(patch.url)
    fields.push('url')
  }
  if (patch.language !== undefined) {
    values.language = languageCode(patch.language)
    fields.push('language')
  }
  if (!fields.length) throw refused('Nothing to change: give at least one of title, outlet, author, publication date, URL, language')
  return { values, fields }
}

function clean(value: string | null): string {
  return (value ?? '').replace(/\s+/gu, ' ').trim()
}

function name(value: string | null, what: string): string | null {
  const text = clean(value)
  if (text.length > MAX_NAME) throw refused(`The ${what} is too long (${text.length} characters; at most ${MAX_NAME})`)
  return text || null
}

/** YYYY-MM-DD, a day that exists, not before 1800 and not after tomorrow. */
export function publicationDate(value: string | null, today = new Date()): string | null {
  const text = clean(value)
  if (!text) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) throw refused(`"${text}" is not a publication date: write it as YYYY-MM-DD, e.g. 2024-03-17`)
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  if (date.getUTCFullYear() !== +m[1] || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
    throw refused(`"${text}" is not a day of the calendar`)
  }
  if (+m[1] < EARLIEST_YEAR) throw refused(`"${text}" is before ${EARLIEST_YEAR}: check the year`)
  const tomorrow = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1)
  if (date.getTime() > tomorrow) throw refused(`"${text}" is in the future: check the year`)
  return text
}

/** An absolute http(s) address with a host: what "open the original" and citations can use. */
export function articleUrl(value: string | null): string | null {
  const text = (value ?? '').trim()
  if (!text) return null
  if (text.length > MAX_URL) throw refused(`The URL is too long (${text.length} characters; at most ${MAX_URL})`)
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw refused(`"${text}" is not a URL: write the whole address, starting with https://`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(`"${text}" is not a web address: only http:// and https:// URLs can be an article's address`)
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') throw refused(`"${text}" has no domain (e.g. https://www.example.org/…)`)
  return url.href
}

/** An ISO 639-1 code, any case ("DE" → "de"); a regional tag is cut to its language ("de-CH" → "de"). */
export function languageCode(value: string | null): string | null {
  const text = clean(value).toLowerCase()
  if (!text) return null
  const code = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/.exec(text)?.[1]
  if (!code || !LANGUAGE_CODES.has(code)) throw refused(`"${text}" is not a language code: use ISO 639-1, e.g. de, en, ru`)
  return code
}
