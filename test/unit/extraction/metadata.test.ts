import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/main/core/extraction/dom'
import { cleanByline } from '../../../src/main/core/extraction/metadata/byline'
import { dateFromUrl, normaliseDate } from '../../../src/main/core/extraction/metadata/date'
import { readJsonLd } from '../../../src/main/core/extraction/metadata/json-ld'
import { readPageMetadata } from '../../../src/main/core/extraction/metadata/page-metadata'
import { stripSiteName } from '../../../src/main/core/extraction/metadata/title'

describe('normaliseDate', () => {
  it('reads ISO 8601 with and without zone, and dates alone', () => {
    expect(normaliseDate('2024-03-12T09:30:00+01:00')).toBe('2024-03-12T08:30:00Z')
    expect(normaliseDate('2019-11-20T01:50:59.403Z')).toBe('2019-11-20T01:50:59.403Z')
    expect(normaliseDate('2024-03-12')).toBe('2024-03-12')
    expect(normaliseDate('2024-03-12T09:30:00')).toBe('2024-03-12T09:30:00')
  })

  it('reads textual dates in English, German and Russian', () => {
    expect(normaliseDate('Nov. 20, 2019 5:52 AM EST')).toBe('2019-11-20T10:52:00Z')
    expect(normaliseDate('7. Januar 2022, 14:35 Uhr', 'de')).toBe('2022-01-07T14:35:00')
    expect(normaliseDate('17 апреля 2024', 'ru')).toBe('2024-04-17')
    expect(normaliseDate('Tue, 19 Nov 2019 10:02:00 GMT')).toBe('2019-11-19T10:02:00Z')
  })

  it('reads Unix timestamps and refuses placeholders and nonsense', () => {
    expect(normaliseDate('1574157600')).toBe('2019-11-19T10:00:00Z')
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeNull()
    expect(normaliseDate('soon')).toBeNull()
    expect(normaliseDate('')).toBeNull()
  })

  it('finds the date in a URL path', () => {
    expect(dateFromUrl('https://example.org/politik/2022/01/07/artikel/')).toBe('2022-01-07')
    expect(dateFromUrl('https://example.org/news/2019-11-18-talks')).toBe('2019-11-18')
    expect(dateFromUrl('https://ria.example/20230915/peregovory-1890123456.html')).toBe('2023-09-15')
    expect(dateFromUrl('https://example.org/article/12345')).toBeNull()
    expect(dateFromUrl('https://example.org/id/20231399/')).toBeNull()
  })
})

describe('titles and bylines', () => {
  it('strips the site name at either end, but not other parts of a headline', () => {
    expect(stripSiteName('Auswärtiges Amt verurteilt Angriffe | Tagesbote', ['Tagesbote'])).toBe('Auswärtiges Amt verurteilt Angriffe')
    expect(stripSiteName('SPIEGEL - Kanzler reist nach Kiew', ['spiegel.de'])).toBe('Kanzler reist nach Kiew')
    expect(stripSiteName('Brexit: What happens next - BBC News', ['bbc.co.uk'])).toBe('Brexit: What happens next')
    expect(stripSiteName('Brexit: What happens next', ['The Guardian'])).toBe('Brexit: What happens next')
    expect(stripSiteName('Tagesbote', ['Tagesbote'])).toBe('Tagesbote')
  })

  it('cleans bylines', () => {
    expect(cleanByline('  By   James Carter ')).toBe('James Carter')
    expect(cleanByline('Von Anna Schneider')).toBe('Anna Schneider')
    expect(cleanByline('Автор: Ольга Смирнова')).toBe('Ольга Смирнова')
    expect(cleanByline('https://www.facebook.com/someone')).toBeNull()
    expect(cleanByline('Associated Press November 19, 2019, 9:02 AM')).toBe('Associated Press')
    expect(cleanByline('Von Anna Schneider | 12.03.2024')).toBe('Anna Schneider')
  })
})

describe('JSON-LD', () => {
  it('finds the article in a @graph, resolves @id references and skips broken blocks', () => {
    const document = parseDocument(`<html><head>
      <script type="application/ld+json">{ this is not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"#site","name":"Example"},
        {"@type":"Person","@id":"#p1","name":"Jane Roe"},
        {"@type":["ReportageNewsArticle"],"headline":"Talks resume","datePublished":"2024-01-02T03:04:05Z",
         "author":[{"@id":"#p1"},{"@type":"Person","name":"John Doe"}],"publisher":{"@type":"Organization","name":"Example News"}}]}</script>
    </head><body></body></html>`)
    expect(readJsonLd(document)).toMatchObject({ headline: 'Talks resume', datePublished: '2024-01-02T03:04:05Z', authors: ['Jane Roe', 'John Doe'], publisher: 'Example News' })
  })
})

describe('page metadata', () => {
  it('prefers an article canonical link, and ignores one that points at the front page', () => {
    const page = (canonical: string) =>
      parseDocument(`<html><head><link rel="canonical" href="${canonical}"><meta property="og:url" content="https://news.example/a/2024/05/01/story"></head><body></body></html>`)
    expect(readPageMetadata(page('/a/2024/05/01/story-canonical'), 'https://news.example/a/2024/05/01/story?utm=x').url).toBe('https://news.example/a/2024/05/01/story-canonical')
    expect(readPageMetadata(page('https://news.example/'), null).url).toBe('https://news.example/a/2024/05/01/story')
  })

  it('dates the page from <time> and falls back to the domain as site name', () => {
    const document = parseDocument('<html lang="de-AT"><head><title>Bericht</title></head><body><article><time datetime="2023-06-01T10:00:00+02:00">1. Juni</time></article></body></html>')
    const metadata = readPageMetadata(document, 'https://www.zeitung.example/bericht')
    expect(metadata).toMatchObject({ publishedAt: '2023-06-01T08:00:00Z', siteName: 'zeitung.example', declaredLanguage: 'de', title: 'Bericht' })
  })
})
