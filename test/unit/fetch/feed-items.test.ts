import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../../src/main/core/extraction/charset'
import { discoverFeeds } from '../../../src/main/core/fetch/feed-discovery'
import { parseFeedText } from '../../../src/main/core/fetch/feed-items'
import { FetchError } from '../../../src/main/core/fetch/fetch-error'
import { fixture } from './helpers/fixtures'

const O = 'http://feeds.example'
const parse = (name: string, headerCharset?: string) => parseFeedText(decodeBytes(fixture(name, O), headerCharset).text, `${O}/feeds/${name}`)

describe('parseFeedText', () => {
  it('reads RSS 2.0: GUIDs, links, dates, creators and content', () => {
    const feed = parse('rss2.xml')
    expect(feed.format).toBe('rss')
    expect(feed.title).toBe('Auswärtiges Amt – Pressemitteilungen')
    expect(feed.items.map((i) => i.guid)).toEqual(['aa-2024-0306', 'aa-2024-0305', 'aa-2024-0304'])
    expect(feed.items[0]).toMatchObject({ link: `${O}/pages/de-3.html`, publishedAt: '2024-03-06T08:00:00.000Z', author: 'Referat für Osteuropa' })
    expect(feed.items[1].link).toBe(`${O}/pages/de-2.html?utm_source=rss&utm_medium=feed`)
    expect(feed.items[2].contentHtml).toContain('„Wir stehen fest an der Seite der Menschen in der Ukraine“')
  })

  it('reads Atom: relative links, html titles, published or updated dates, authors', () => {
    const feed = parse('atom.xml')
    expect(feed.format).toBe('atom')
    expect(feed.title).toBe('FCDO news & statements')
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:fcdo.example,2024:news/3',
      link: `${O}/pages/en-3.html`,
      title: 'Minister visits flood-hit communities',
      publishedAt: '2024-02-14T15:20:00.000Z',
      author: 'Development Press Office',
    })
    expect(feed.items[1].publishedAt).toBe('2024-02-13T08:00:00.000Z')
  })

  it('reads RDF (RSS 1.0) with Dublin Core dates in Cyrillic', () => {
    const feed = parse('rdf.xml')
    expect(feed.format).toBe('rdf')
    expect(feed.title).toBe('МИД России — новости')
    expect(feed.items[0]).toMatchObject({ guid: `${O}/pages/ru-3.html`, title: 'Министр провёл переговоры с коллегой из Казахстана', publishedAt: '2024-01-22T07:10:00.000Z', author: 'Пресс-служба' })
  })

  it('reads JSON Feed, including an item without a URL', () => {
    const feed = parse('feed.json')
    expect(feed.format).toBe('json')
    expect(feed.items.map((i) => i.guid)).toEqual(['digest-3', 'digest-2', 'digest-1'])
    expect(feed.items[0]).toMatchObject({ link: null, author: 'Digest Desk', publishedAt: '2024-02-20T09:00:00.000Z' })
    expect(feed.items[0].contentHtml).toContain('maritime security')
  })

  it('reads RSS 0.91 without GUIDs: the link is the identity', () => {
    const feed = parse('rss091.xml')
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0].guid).toBe(`${O}/pages/en-1.html`)
  })

  it('reads a windows-1251 feed by its XML declaration, even when the header claims UTF-8', () => {
    for (const header of [undefined, 'utf-8']) {
      const feed = parse('rss-cp1251.xml', header)
      expect(feed.title).toBe('Новости МИД (windows-1251)')
      expect(feed.items[1]).toMatchObject({ title: 'Комментарий по итогам переговоров в Женеве', author: 'Департамент информации и печати' })
    }
  })

  it('refuses malformed XML and non-feeds with a clear reason', () => {
    const broken = (() => {
      try {
        parse('malformed.xml')
      } catch (err) {
        return err
      }
    })()
    expect(broken).toBeInstanceOf(FetchError)
    expect((broken as FetchError).kind).toBe('malformed')
    expect((broken as FetchError).message).toMatch(/^the feed is malformed|^not an RSS, Atom, RDF or JSON feed/)
    expect(() => parseFeedText('<html><body>hello</body></html>', O)).toThrow('not an RSS, Atom, RDF or JSON feed')
  })
})

describe('discoverFeeds', () => {
  it('finds alternate feed links in order, resolved against <base>, without duplicates or non-feeds', () => {
    const html = `<!doctype html><html><head><title> Presse  –  Ministerium </title><base href="https://m.example/de/">
      <link rel="alternate" type="application/rss+xml" title="Pressemitteilungen" href="presse.rss">
      <link rel="alternate" type="application/atom+xml" href="/atom.xml">
      <link rel="alternate" type="application/rss+xml" href="presse.rss">
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
      <link rel="alternate" hreflang="en" href="/en/">
      <link rel="stylesheet" type="application/rss+xml" href="/not-a-feed">
      <link rel="alternate feed" type="application/feed+json" href="//m.example/feed.json">
      </head><body><link rel="alternate" type="application/rss+xml" href="/late.rss"></body></html>`
    expect(discoverFeeds(html, 'https://m.example/de/presse')).toEqual({
      title: 'Presse – Ministerium',
      feeds: [
        { url: 'https://m.example/de/presse.rss', title: 'Pressemitteilungen', type: 'application/rss+xml' },
        { url: 'https://m.example/atom.xml', title: null, type: 'application/atom+xml' },
        { url: 'https://m.example/feed.json', title: null, type: 'application/feed+json' },
      ],
    })
  })
})

describe('chooseTitle', () => {
  it('prefers the feed’s title over a decorated or unrelated page title, and keeps a fuller page title', async () => {
    const { chooseTitle } = await import('../../../src/main/core/fetch/page-import')
    expect(chooseTitle('Gemeinsame Erklärung der G7 – Auswärtiges Amt', 'Gemeinsame Erklärung der G7')).toBe('Gemeinsame Erklärung der G7')
    expect(chooseTitle('Ministry', 'Minister visits flood-hit communities')).toBe('Minister visits flood-hit communities')
    expect(chooseTitle('Брифинг официального представителя МИД России М.В.Захаровой', 'Брифинг официального представителя МИД')).toBe('Брифинг официального представителя МИД России М.В.Захаровой')
    expect(chooseTitle('Auswärtiges Amt | Gemeinsame Erklärung der G7', 'Gemeinsame Erklärung der G7')).toBe('Gemeinsame Erklärung der G7')
    expect(chooseTitle('', 'Feed title')).toBe('Feed title')
    expect(chooseTitle('Page title', null)).toBe('Page title')
  })
})
