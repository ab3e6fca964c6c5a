import { describe, expect, it } from 'vitest'
import { canonicalUrl, domainOf } from '../../../src/main/core/library/url-normalise'

describe('canonicalUrl', () => {
  it('lowercases the host, drops fragment, default port, tracking parameters and a trailing slash', () => {
    expect(canonicalUrl('HTTPS://WWW.Example.COM:443/Politik/Artikel-1/?utm_source=x&UTM_Medium=y&fbclid=abc#top')).toBe(
      'https://www.example.com/Politik/Artikel-1',
    )
  })

  it('keeps meaningful parameters, sorted, and the path case', () => {
    expect(canonicalUrl('https://example.com/a/B?page=2&id=7&gclid=z')).toBe('https://example.com/a/B?id=7&page=2')
  })

  it('treats two saves of one article alike', () => {
    const a = canonicalUrl('https://www.tagesschau.de/ausland/europa/artikel-100.html?utm_campaign=rss')
    const b = canonicalUrl('https://WWW.TAGESSCHAU.DE/ausland/europa/artikel-100.html#kommentare')
    expect(a).toBe(b)
  })

  it('returns null for what is not an http(s) URL', () => {
    expect(canonicalUrl(null)).toBeNull()
    expect(canonicalUrl('')).toBeNull()
    expect(canonicalUrl('not a url')).toBeNull()
    expect(canonicalUrl('file:///home/x/page.html')).toBeNull()
    expect(canonicalUrl('javascript:alert(1)')).toBeNull()
  })
})

describe('domainOf', () => {
  it('is the lowercased host without www', () => {
    expect(domainOf('https://WWW.Spiegel.de/politik/')).toBe('spiegel.de')
    expect(domainOf('https://news.bbc.co.uk/x')).toBe('news.bbc.co.uk')
  })

  it('shows internationalised domains in their own script', () => {
    expect(domainOf('https://президент.рф/news/1')).toBe('президент.рф')
    expect(domainOf('https://xn--d1abbgf6aiiy.xn--p1ai/news/1')).toBe('президент.рф')
  })

  it('is null without a web URL', () => {
    expect(domainOf(null)).toBeNull()
    expect(domainOf('mailto:a@b.c')).toBeNull()
  })
})
