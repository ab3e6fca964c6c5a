import type { DomDocument } from '../dom'
import { cleanByline, joinAuthors } from './byline'
import { dateFromTitle, dateFromUrl, normaliseDate } from './date'
import { readJsonLd } from './json-ld'
import { firstMeta, readMetaTags } from './meta-tags'
import { chooseOutlet } from './outlet'
import { domainOf, httpUrl, isFrontPage } from './site'
import { stripSiteName } from './title'

/** What a page says about itself, before its main text is looked at. */
export interface PageMetadata {
  title: string | null
  byline: string | null
  siteName: string | null
  url: string | null
  publishedAt: string | null
  excerpt: string | null
  /** The language the page declares (<html lang>, og:locale, JSON-LD, Content-Language), ISO 639-1. */
  declaredLanguage: string | null
}

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'date',
  'parsely-pub-date',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'article.published',
  'og:published_time',
  'datecreated',
]
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl']
const APP_META = ['application-name', 'al:android:app_name', 'al:ios:app_name']
/** Where pages state their own address besides <link rel=canonical> and og:url. */
const URL_META = ['twitter:url', 'url', 'dc.identifier', 'parsely-link']
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title', 'headline']
const DESCRIPTION_META = ['og:description', 'description', 'twitter:description', 'dc.description']

/**
 * Metadata from JSON-LD, OpenGraph and other meta tags, <link rel=canonical>, <time> and the
 * URL, read before Readability changes the document. `pageUrl` is the address the bytes came
 * from (fetch, MHTML Content-Location), used to resolve relative links and as the fallback URL.
 */
export function readPageMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const meta = readMetaTags(document)
  const jsonLd = readJsonLd(document)

  const url = pageAddress(document, meta.get('og:url') ?? null, jsonLd?.url ?? firstMeta(meta, URL_META), pageUrl)
  const domain = domainOf(url ?? pageUrl)
  const titleText = titleElementText(document)
  const siteName = chooseOutlet(
    {
      siteName: meta.get('og:site_name') ?? null,
      publisher: jsonLd?.publisher ?? null,
      appName: firstMeta(meta, APP_META),
      title: titleText,
      headline: firstPresent(firstMeta(meta, TITLE_META), jsonLd?.headline),
    },
    url ?? pageUrl,
  )
  const declaredLanguage = languageCode(
    document.documentElement.getAttribute('lang') || document.documentElement.getAttribute('xml:lang') || meta.get('og:locale') || jsonLd?.inLanguage || meta.get('content-language') || meta.get('language'),
  )

  const rawTitle = firstPresent(firstMeta(meta, TITLE_META), jsonLd?.headline) ?? (titleText || headingText(document))
  const title = rawTitle ? stripSiteName(rawTitle.replace(/\s+/gu, ' ').trim(), [siteName, domain]) : null

  const byline = joinAuthors(jsonLd?.authors ?? []) ?? cleanByline(firstMeta(meta, AUTHOR_META))
  const publishedAt =
    normaliseDate(jsonLd?.datePublished, declaredLanguage) ??
    normaliseDate(firstMeta(meta, PUBLISHED_META), declaredLanguage) ??
    normaliseDate(timeElementDate(document), declaredLanguage) ??
    dateFromUrl(url ?? pageUrl) ??
    dateFromTitle(titleText ?? rawTitle, declaredLanguage)

  return {
    title,
    byline,
    siteName,
    url,
    publishedAt,
    excerpt: (jsonLd?.description ?? firstMeta(meta, DESCRIPTION_META))?.replace(/\s+/gu, ' ').trim() || null,
    declaredLanguage,
  }
}

/** The page's own meta tag, else what its JSON-LD says. */
function firstPresent(metaValue: string | null, jsonLdValue: string | null | undefined): string | null {
  return metaValue?.trim() || jsonLdValue?.trim() || null
}

/**
 * The page's own URL: <link rel=canonical>, og:url, JSON-LD, then where it came from. A canonical
 * link that points at the front page while the page came from an article address is a site bug,
 * not the article's identity.
 */
function pageAddress(document: DomDocument, ogUrl: string | null, jsonLdUrl: string | null, pageUrl: string | null): string | null {
  const canonical = [...document.getElementsByTagName('link')].find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''))?.getAttribute('href')
  // A relative canonical link needs an address to resolve against: where the page came from, its
  // <base href>, or its own og:url (a page saved to disk has no address of its own).
  const baseHref = document.getElementsByTagName('base')[0]?.getAttribute('href')
  const base = pageUrl ?? httpUrl(baseHref) ?? httpUrl(ogUrl) ?? httpUrl(jsonLdUrl)
  const candidates = [canonical, ogUrl, jsonLdUrl].map((u) => httpUrl(decodedAddress(u), base)).filter((u): u is string => !!u)
  const article = candidates.find((u) => !isFrontPage(u))
  return article ?? (pageUrl && !isFrontPage(pageUrl) ? pageUrl : (candidates[0] ?? pageUrl))
}

/** Some sites percent-encode the whole address in og:url ("https%3A%2F%2Fwww.…"); decoded once, it is an address. */
function decodedAddress(value: string | null | undefined): string | null | undefined {
  if (!value || !/^https?%3A%2F%2F/i.test(value.trim())) return value
  try {
    return decodeURIComponent(value.trim())
  } catch {
    return value
  }
}

/** The datetime of the <time> that most likely dates the article: one marked as published, else the first in the article. */
function timeElementDate(document: DomDocument): string | null {
  const marked = document.querySelector('[itemprop="datePublished"], time[pubdate]')
  const markedValue = marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? marked?.textContent
  if (markedValue?.trim()) return markedValue
  const time = document.querySelector('article time[datetime], main time[datetime]') ?? document.querySelector('time[datetime]')
  return time?.getAttribute('datetime') ?? null
}

/** The page's <title>, wherever the markup put it (document.title looks in <head> only). */
function titleElementText(document: DomDocument): string | null {
  return document.getElementsByTagName('title')[0]?.textContent?.trim() || null
}

function headingText(document: DomDocument): string | null {
  return document.querySelector('h1')?.textContent?.trim() || null
}

/** "de-DE", "ru_RU", "en" → "de", "ru", "en". */
export function languageCode(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '')
  return m ? m[1].toLowerCase() : null
}
