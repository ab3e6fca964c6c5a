import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeBytes, normaliseCharset } from '../../../src/main/core/extraction/charset'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { extractFixture, fixture } from './fixtures'

const RUSSIAN = 'Совет Федерации на пленарном заседании в среду одобрил закон о налоговых льготах'

describe('charset of saved pages', () => {
  it.each([
    ['ru-windows-1251-meta.html', 'declared windows-1251'],
    ['ru-windows-1251-nometa.html', 'undeclared windows-1251 (detected)'],
    ['ru-koi8-r.html', 'declared koi8-r'],
    ['ru-utf8-declared-1251-bytes.html', 'windows-1251 bytes under a wrong UTF-8 declaration'],
  ])('%s: %s', (name) => {
    const article = extractFixture(name)
    expect(article.title).toBe('Совет Федерации одобрил закон о налоговых льготах')
    expect(article.text).toContain(RUSSIAN)
    expect(article.text).toContain('«Мы рассчитываем, что эта мера поддержит прежде всего обрабатывающую промышленность в регионах», — сказал он журналистам.')
    expect(article.language).toBe('ru')
  })

  it('lets the byte-order mark outrank a wrong meta charset', () => {
    const article = extractFixture('de-utf8-bom.html')
    expect(article.title).toBe('Auswärtiges Amt verurteilt Angriffe auf Energienetz')
    expect(article.text).toContain('„Diese Angriffe richten sich gezielt gegen die Zivilbevölkerung')
  })

  it('uses the HTTP charset for an undeclared page', () => {
    const article = extractArticle({ bytes: fixture('ru-windows-1251-nometa.html'), fileName: 'page.html', charset: 'windows-1251' })
    expect(article.text).toContain(RUSSIAN)
  })

  it('falls back to the page declaration when the HTTP charset is evidently wrong', () => {
    const article = extractArticle({ bytes: fixture('ru-koi8-r.html'), fileName: 'page.html', charset: 'utf-8' })
    expect(article.text).toContain(RUSSIAN)
  })
})

describe('decodeBytes', () => {
  const html = (body: string) => `<html><head></head><body><p>${body}</p></body></html>`

  it('decodes UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html('Grüße aus Köln'), 'utf-16le')])
    expect(decodeBytes(bytes)).toMatchObject({ charset: 'utf-16le', source: 'bom', text: html('Grüße aus Köln') })
  })

  it('reads a late <meta charset> and an XML declaration', () => {
    const late = `<html><head><script>${'var x = 1;\n'.repeat(400)}</script><meta charset="windows-1251"></head><body>Привет</body></html>`
    expect(decodeBytes(iconv.encode(late, 'windows-1251'))).toMatchObject({ charset: 'windows-1251', source: 'document' })
    const xhtml = `<?xml version="1.0" encoding="koi8-r"?><html xmlns="http://www.w3.org/1999/xhtml"><body>Привет, мир</body></html>`
    expect(decodeBytes(iconv.encode(xhtml, 'koi8-r'))).toMatchObject({ charset: 'koi8-r', source: 'document', text: xhtml })
  })

  it('treats valid multi-byte UTF-8 as UTF-8 whatever the page declares', () => {
    const page = `<html><head><meta charset="iso-8859-1"></head><body>Überraschung: „UTF-8“</body></html>`
    expect(decodeBytes(Buffer.from(page))).toMatchObject({ charset: 'utf-8', text: page })
  })

  it('keeps a UTF-8 page with one stray byte as UTF-8', () => {
    const good = Buffer.from(html('Müller, Größe, Äußerung, '.repeat(10)))
    const bytes = Buffer.concat([good, Buffer.from([0xe4]), Buffer.from(html('Schluss'))])
    const decoded = decodeBytes(bytes)
    expect(decoded.charset).toBe('utf-8')
    expect(decoded.text).toContain('Äußerung')
  })

  it('reads iso-8859-1 as windows-1252, as browsers do', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>'), Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]), Buffer.from('</body></html>')])
    const decoded = decodeBytes(bytes)
    expect(decoded.charset).toBe('windows-1252')
    expect(decoded.text).toContain('“Hi” é')
  })

  it('normalises labels and refuses unknown ones', () => {
    expect(normaliseCharset('CP1251')).toBe('windows-1251')
    expect(normaliseCharset(' latin1 ')).toBe('windows-1252')
    expect(normaliseCharset('x-no-such-charset')).toBeNull()
  })
})
