import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { readMhtml } from '../../../src/main/core/extraction/mhtml'
import { ExtractionError } from '../../../src/main/core/extraction/types'
import { extractFixture, fixture, paragraphs } from './fixtures'

describe('MHTML ("Webpage, single file")', () => {
  it('reads the quoted-printable HTML part of a Chromium archive', () => {
    const article = extractFixture('en-article-quoted-printable.mhtml')
    expect(article.mediaType).toBe('multipart/related')
    expect(article.url).toBe('https://www.dailyledger.example/world/2024/05/08/uk-summons-russian-ambassador')
    expect(article.title).toBe('UK summons Russian ambassador over cyber attacks')
    expect(paragraphs(article)[0]).toMatch(/^The Foreign Office summoned Russia's ambassador on Wednesday after British officials/)
    // Soft line breaks and =3D escapes are gone.
    expect(article.text).not.toMatch(/=\r?\n|=3D/)
  })

  it('reads a base64 part in windows-1251 with its Content-Location', () => {
    const article = extractFixture('ru-article-base64-windows-1251.mht')
    expect(article.url).toBe('http://regvesti.example/news/2012/02/14/nalogovye-lgoty.html')
    expect(article.publishedAt).toBe('2012-02-14')
    expect(article.siteName).toBe('regvesti.example')
    expect(article.text).toContain('Совет Федерации на пленарном заседании в среду одобрил закон')
    expect(article.language).toBe('ru')
  })

  it('decodes the archive Subject (encoded words) for the page title fallback', () => {
    const page = readMhtml(fixture('ru-article-base64-windows-1251.mht'))
    expect(page.subject).toBe('Совет Федерации одобрил закон')
    expect(page.charset).toBe('windows-1251')
  })

  it('picks the part named by the start parameter', () => {
    const archive = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="b"; start="<main@x>"; type="text/html"',
      '',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      'Content-Location: https://example.org/frame',
      '',
      '<html><body><p>frame</p></body></html>',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      'Content-ID: <main@x>',
      'Content-Location: https://example.org/main',
      '',
      '<html><body><p>main page</p></body></html>',
      '--b--',
    ].join('\r\n')
    const page = readMhtml(Buffer.from(archive))
    expect(page.url).toBe('https://example.org/main')
    expect(Buffer.from(page.html).toString()).toContain('main page')
  })

  it.each(['download.dat', 'saved-page.html'])('is recognised by its content under the name %s', (fileName) => {
    const article = extractArticle({ bytes: fixture('en-article-quoted-printable.mhtml'), fileName })
    expect(article.mediaType).toBe('multipart/related')
    expect(article.title).toBe('UK summons Russian ambassador over cyber attacks')
  })

  it.each([
    ['broken-no-boundary.mhtml', 'not valid MHTML: multipart/related without a boundary'],
    ['de-article.html', 'not valid MHTML: no MIME headers with a Content-Type'],
  ])('refuses %s clearly', (name, reason) => {
    expect(() => extractArticle({ bytes: fixture(name), fileName: 'saved.mhtml' })).toThrow(new ExtractionError(reason))
  })

  it('refuses an archive without an HTML part', () => {
    const archive = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n'
    expect(() => extractArticle({ bytes: Buffer.from(archive), fileName: 'a.mht' })).toThrow('not valid MHTML: no text/html part')
  })
})
