import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decompressCapture } from '../../../src/main/core/library/capture'
import { addArticle, article, tempLibrary, type TempLibrary } from './helpers'

let lib: TempLibrary
beforeEach(() => {
  lib = tempLibrary()
})
afterEach(() => lib.close())

const page = (s: string) => new TextEncoder().encode(`<html><body><p>${s}</p></body></html>`)

describe('ArticleStore.add and get', () => {
  it('stores every field, the source and the compressed capture with its SHA-256', () => {
    const bytes = page('Der Außenminister sprach.')
    const result = lib.articles.add(
      article({
        title: 'Außenminister in Kyjiw',
        byline: 'Anna Beispiel',
        siteName: 'Tagesschau',
        url: 'https://WWW.tagesschau.de/ausland/artikel-1.html?utm_source=rss#top',
        publishedAt: '2024-03-05T10:00:00+01:00',
        language: 'de',
        excerpt: 'Kurz',
        text: 'Der Außenminister sprach.\n\nZweiter Absatz.',
      }),
      { bytes, fileName: 'artikel.html', mediaType: 'text/html' },
      '/home/anna/artikel.html',
    )
    expect(result).toMatchObject({ status: 'imported', title: 'Außenminister in Kyjiw' })
    if (result.status !== 'imported') return
    const a = lib.articles.get(result.articleId)!
    expect(a).toMatchObject({
      title: 'Außenminister in Kyjiw',
      byline: 'Anna Beispiel',
      siteName: 'Tagesschau',
      domain: 'tagesschau.de',
      url: 'https://WWW.tagesschau.de/ausland/artikel-1.html?utm_source=rss#top',
      canonicalUrl: 'https://www.tagesschau.de/ausland/artikel-1.html',
      publishedAt: '2024-03-05T10:00:00+01:00',
      language: 'de',
      text: 'Der Außenminister sprach.\n\nZweiter Absatz.',
      origin: '/home/anna/artikel.html',
      tags: [],
    })
    expect(a.capture).toMatchObject({ size: bytes.byteLength, mediaType: 'text/html', fileName: 'artikel.html' })
    expect(a.capture!.sha256).toMatch(/^[0-9a-f]{64}$/u)
    const stored = lib.db.prepare('SELECT compression, bytes FROM captures').get() as { compression: string; bytes: Buffer }
    expect(decompressCapture(stored.compression, stored.bytes).equals(Buffer.from(bytes))).toBe(true)
    expect(lib.articles.sources()).toEqual([{ id: expect.any(Number), domain: 'tagesschau.de', name: 'Tagesschau', articleCount: 1 }])
  })

  it('returns null for an unknown id', () => {
    expect(lib.articles.get(12345)).toBeNull()
  })

  it('refuses an article without text, storing nothing', () => {
    expect(() => lib.articles.add(article({ text: ' \n\n …' }), { bytes: page('x') }, '/x.html')).toThrow(/no article text/u)
    expect(lib.articles.info().articleCount).toBe(0)
    expect(lib.db.prepare('SELECT count(*) FROM captures').pluck().get()).toBe(0)
  })
})

describe('duplicates', () => {
  it('recognises the same bytes, the same canonical URL and the same text, and stores nothing twice', () => {
    const bytes = page('Original')
    const first = lib.articles.add(article({ url: 'https://example.com/a/1', text: 'The original text, first paragraph.' }), { bytes }, '/a.html')
    expect(first.status).toBe('imported')
    const id = first.articleId

    expect(lib.articles.add(article(), { bytes }, '/copy.html')).toMatchObject({ status: 'duplicate', reason: 'capture', articleId: id })
    expect(
      lib.articles.add(article({ url: 'https://EXAMPLE.com/a/1/?utm_medium=social#x' }), { bytes: page('other') }, '/b.html'),
    ).toMatchObject({ status: 'duplicate', reason: 'url', articleId: id })
    expect(
      lib.articles.add(
        article({ url: 'https://mirror.example.org/copy', text: 'THE ORIGINAL  text — first paragraph!' }),
        { bytes: page('third') },
        '/c.html',
      ),
    ).toMatchObject({ status: 'duplicate', reason: 'text', articleId: id })
    expect(lib.articles.info().articleCount).toBe(1)
    expect(lib.db.prepare('SELECT count(*) FROM captures').pluck().get()).toBe(1)
  })

  it('does not take a front-page URL as an article identity', () => {
    addArticle(lib, { url: 'https://example.com/' })
    expect(lib.articles.add(article({ url: 'https://example.com' }), null, '/x.html').status).toBe('imported')
  })

  it('can import an article again after it was deleted', () => {
    const bytes = page('again')
    const first = lib.articles.add(article({ url: 'https://example.com/again' }), { bytes }, '/a.html')
    lib.articles.remove(first.articleId)
    expect(lib.articles.add(article({ url: 'https://example.com/again' }), { bytes }, '/a.html').status).toBe('imported')
  })
})

describe('remove, sources, languages, info', () => {
  it('deletes the article with its capture and a source nothing else uses', () => {
    const a = lib.articles.add(article({ url: 'https://one.example/a' }), { bytes: page('one') }, '/1.html').articleId
    const b = addArticle(lib, { url: 'https://two.example/b', language: 'ru' })
    addArticle(lib, { url: 'https://two.example/c', language: 'ru' })
    lib.articles.remove(a)
    expect(lib.articles.get(a)).toBeNull()
    expect(lib.db.prepare('SELECT count(*) FROM captures').pluck().get()).toBe(0)
    expect(lib.articles.sources().map((s) => [s.domain, s.articleCount])).toEqual([['two.example', 2]])
    expect(lib.articles.languages()).toEqual([{ language: 'ru', count: 2 }])
    expect(lib.articles.search({ text: 'article' }).hits.map((h) => h.id)).not.toContain(a)
    expect(() => lib.articles.remove(a)).toThrow(/does not exist/u)
    expect(lib.articles.info()).toEqual({ path: lib.file, articleCount: 2, schemaVersion: expect.any(Number) })
    expect(b).toBeGreaterThan(a)
  })
})
