import { describe, expect, it } from 'vitest'
import { classifyMediaType, parseContentType, sniffBody } from '../../../src/main/core/fetch/content-type'

describe('content types', () => {
  it('parses type and charset, whatever the case and quoting', () => {
    expect(parseContentType('Text/HTML; Charset="Windows-1251"')).toEqual({ mediaType: 'text/html', charset: 'windows-1251' })
    expect(parseContentType('application/rss+xml;charset=koi8-r')).toEqual({ mediaType: 'application/rss+xml', charset: 'koi8-r' })
    expect(parseContentType(null)).toEqual({ mediaType: null, charset: null })
    expect(parseContentType('garbage')).toEqual({ mediaType: null, charset: null })
  })

  it('classifies pages, feeds and JSON, and refuses media and binaries with a reason', () => {
    expect(classifyMediaType('text/html')).toBe('html')
    expect(classifyMediaType('application/xhtml+xml')).toBe('html')
    expect(classifyMediaType('application/atom+xml')).toBe('xml')
    expect(classifyMediaType('text/xml')).toBe('xml')
    expect(classifyMediaType('application/feed+json')).toBe('json')
    expect(classifyMediaType('text/markdown')).toBe('text')
    expect(classifyMediaType('text/plain')).toBe('sniff')
    expect(classifyMediaType(null)).toBe('sniff')
    expect(classifyMediaType('image/webp')).toEqual({ refused: 'image/webp (an image)' })
    expect(classifyMediaType('video/mp4')).toEqual({ refused: 'video/mp4 (a video)' })
    expect(classifyMediaType('application/pdf')).toEqual({ refused: 'application/pdf (a PDF document)' })
    expect(classifyMediaType('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toEqual({
      refused: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document (a binary file)',
    })
  })

  it('sniffs untyped bodies: markup, feeds, JSON, text and binaries', () => {
    const b = (s: string) => new TextEncoder().encode(s)
    expect(sniffBody(b('\ufeff  <!DOCTYPE html><html>'))).toBe('html')
    expect(sniffBody(b('<?xml version="1.0"?>\n<!-- c --><rss version="2.0">'))).toBe('xml')
    expect(sniffBody(b('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('xml')
    expect(sniffBody(b(' {"version":"https://jsonfeed.org/version/1.1"}'))).toBe('json')
    expect(sniffBody(b('Just some text copied from a page.'))).toBe('text')
    expect(sniffBody(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ refused: 'binary data (a PNG image)' })
    expect(sniffBody(Uint8Array.from([0x41, 0x00, 0x42, 0x00]))).toEqual({ refused: 'binary data' })
    // UTF-16 text has NUL bytes but a byte-order mark says what it is.
    expect(sniffBody(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x68, 0x00]))).toBe('html')
  })
})
