import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { ExtractionError } from '../../../src/main/core/extraction/types'
import { extractFixture, fixture } from './fixtures'

describe('hostile pages', () => {
  it('never runs scripts and keeps none of their output or markup', () => {
    const flags = globalThis as { __parallaxInjected?: boolean }
    delete flags.__parallaxInjected
    const article = extractFixture('script-injection.html')
    expect(flags.__parallaxInjected).toBeUndefined()
    expect(article.text).toContain('export licences for dual-use goods will be reviewed every six months')
    expect(article.text).toContain('Applications already submitted will be processed under the old rules')
    for (const injected of ['INJECTED', 'SCRIPT IN BODY', 'alert', '__parallaxInjected', 'evil.example']) expect(article.text, injected).not.toContain(injected)
    expect(article.cleanHtml).not.toMatch(/<script|<iframe|<object|<svg|<img|<noscript|<base|<meta|<link|\son\w+=|javascript:|style=|evil\.example/i)
    expect(article.cleanHtml).toContain('<a href="https://ministry.example/statement.pdf" rel="noopener noreferrer">full text of the guidance</a>')
  })

  it('resolves relative links against the page address and drops them without one', () => {
    const html = `<html><body><article><p>${'The ministry published its annual report on arms exports today. '.repeat(8)}<a href="/report.pdf">Read the report</a>.</p></article></body></html>`
    const withUrl = extractArticle({ bytes: Buffer.from(html), fileName: 'a.html', url: 'https://ministry.example/news/1' })
    expect(withUrl.cleanHtml).toContain('<a href="https://ministry.example/report.pdf" rel="noopener noreferrer">Read the report</a>')
    const withoutUrl = extractArticle({ bytes: Buffer.from(html), fileName: 'a.html' })
    expect(withoutUrl.cleanHtml).toContain('<a>Read the report</a>')
  })

  it('stays fast on deeply nested and on very large flat markup', () => {
    const nested = '<html><body>' + '<div>'.repeat(20_000) + '<p>' + 'Deep text of an article about a ministry statement. '.repeat(20) + '</p></body></html>'
    const nestedFurniture = '<html><body><p>' + 'An article paragraph that is long enough to be kept as text. '.repeat(10) + '</p>' + '<div class="share-box">x'.repeat(20_000) + '</body></html>'
    const flat = '<html><body><article>' + `<p>${'A sentence of a long article about the budget debate in parliament. '.repeat(5)}</p>`.repeat(5_000) + '</article></body></html>'
    for (const html of [nested, nestedFurniture, flat]) {
      const started = performance.now()
      const article = extractArticle({ bytes: Buffer.from(html), fileName: 'big.html' })
      expect(article.wordCount).toBeGreaterThan(100)
      expect(performance.now() - started).toBeLessThan(5_000)
    }
  })
})

describe('files that are not articles', () => {
  it.each([
    ['binary-image.html', 'binary file (a PNG image), not a web page'],
    ['binary-data.html', 'binary file, not a web page'],
    ['archive.zip', 'binary file (a ZIP archive or Office document), not a web page'],
    ['empty.html', 'empty file'],
    ['whitespace.html', 'empty file (only whitespace)'],
  ])('%s is refused: %s', (name, reason) => {
    expect(() => extractFixture(name)).toThrow(new ExtractionError(reason))
  })

  it('refuses a page without article text', () => {
    const html = '<html><head><title>Login</title></head><body><nav><a href="/">Home</a></nav><form><input name="user"><button>Sign in</button></form></body></html>'
    expect(() => extractArticle({ bytes: Buffer.from(html), fileName: 'login.html' })).toThrow(new ExtractionError('no article text found'))
  })

  it('throws ExtractionError, not a crash, for an MHTML name on a binary file', () => {
    expect(() => extractArticle({ bytes: fixture('binary-image.html'), fileName: 'page.mht' })).toThrow(ExtractionError)
  })
})

describe('pages without their root elements', () => {
  const sentence = 'The foreign ministry said on Monday that the ambassador had been recalled for consultations after the incident. '
  it.each([
    ['a fragment', `<p>${sentence.repeat(3)}</p><p>${sentence}</p>`],
    ['bare text', sentence.repeat(4)],
    ['a head but no <body>', `<html><head><title>Ambassador recalled</title></head><p>${sentence.repeat(4)}</p></html>`],
    ['no <html> and no <head>', `<!doctype html><title>Ambassador recalled</title><p>${sentence.repeat(4)}</p>`],
  ])('%s', (_, html) => {
    const article = extractArticle({ bytes: Buffer.from(html), fileName: 'page.html' })
    expect(article.text).toContain('the ambassador had been recalled for consultations')
    expect(article.text).not.toContain('Ambassador recalled')
  })
})

describe('unknown file names', () => {
  it('sniffs HTML and plain text by content', () => {
    expect(extractArticle({ bytes: fixture('de-article.html'), fileName: 'Artikel' }).mediaType).toBe('text/html')
    expect(extractArticle({ bytes: fixture('de-copied.txt'), fileName: 'clipboard.dat' }).mediaType).toBe('text/plain')
  })
})

describe('damaged files', () => {
  /** mulberry32: reproducible damage. */
  function random(seed: number): () => number {
    let a = seed >>> 0
    return () => {
      a = (a + 0x6d2b79f5) >>> 0
      let t = Math.imul(a ^ (a >>> 15), a | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }

  it('truncated or corrupted pages either extract or fail with ExtractionError', () => {
    const next = random(42)
    for (const name of ['de-article.html', 'ru-windows-1251-meta.html', 'en-article-quoted-printable.mhtml', 'ru-article-base64-windows-1251.mht', 'de-copied.txt']) {
      const original = fixture(name)
      for (let round = 0; round < 12; round++) {
        const bytes = Buffer.from(original.subarray(0, Math.floor(next() * original.byteLength)))
        for (let flips = Math.floor(next() * 20); flips > 0; flips--) bytes[Math.floor(next() * bytes.byteLength)] = Math.floor(next() * 256)
        try {
          const article = extractArticle({ bytes, fileName: name })
          expect(article.text.trim()).not.toBe('')
        } catch (error) {
          expect(error, `${name} round ${round}`).toBeInstanceOf(ExtractionError)
        }
      }
    }
  })
})
