/**
 * Pages an audit found rejected or holding a worker for minutes (issue 13): every one imports,
 * quickly, with its text. Built in memory; the large ones take a few seconds each.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument, type DomElement } from '../../../src/main/core/extraction/dom'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { cleanArticle } from '../../../src/main/core/extraction/main-text/article-cleanup'
import { measurePage } from '../../../src/main/core/extraction/page-shape'
import { sniffUtf16 } from '../../../src/main/core/extraction/utf16'

const PROSE = 'Der Außenminister sagte am Dienstag in Berlin, die Gespräche über die Waffenruhe würden in der kommenden Woche fortgesetzt. '
const INTRO = `<p>${'The minister said on Tuesday that the talks would continue next week, officials in Berlin confirmed. '.repeat(3)}</p>`

function page(head: string, body: string): Uint8Array {
  return Buffer.from(`<!doctype html><html><head><title>Pathological page</title>${head}</head><body>${body}</body></html>`)
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = run()
  return { result, ms: performance.now() - started }
}

describe('pages no real article resembles still import, fast, with their text', () => {
  it('a 200 KB article with a JSON-LD block nested 30,000 arrays deep keeps its article and its JSON-LD headline', () => {
    const ld = '['.repeat(30_000) + '{"@type":"NewsArticle","headline":"Waffenruhe: Gespräche gehen weiter"}' + ']'.repeat(30_000)
    const body = `<article><h1>Waffenruhe</h1>${`<p>${PROSE.repeat(4)}</p>`.repeat(300)}</article>`
    const article = extractArticle({ bytes: page(`<script type="application/ld+json">${ld}</script>`, body), fileName: 'nested-ld.html' })
    expect(article.title).toBe('Waffenruhe: Gespräche gehen weiter')
    expect(article.text.length).toBeGreaterThan(100_000)
    expect(article.fallback).toBeUndefined()
  })

  it('a JSON-LD headline wrapped in 100,000 arrays costs nothing', () => {
    const ld = '{"@type":"NewsArticle","headline":' + '['.repeat(100_000) + '"Tief"' + ']'.repeat(100_000) + '}'
    const article = extractArticle({ bytes: page(`<script type="application/ld+json">${ld}</script>`, `<article>${`<p>${PROSE}</p>`.repeat(5)}</article>`), fileName: 'x.html' })
    expect(article.text).toContain('Waffenruhe')
  })

  it('cleanup unwraps a container of 300,000 paragraphs without exhausting the stack', () => {
    const document = parseDocument(`<html><body><div id="c"><div>${'<p>Ein Absatz mit einigen Worten darin.</p>'.repeat(300_000)}</div></div></body></html>`)
    const content = document.querySelector('#c') as DomElement
    expect(() => cleanArticle(content, { title: null, byline: null })).not.toThrow()
    expect(content.children.length).toBe(300_000)
  })

  it('a 49 MB page of ordinary paragraphs imports (read flat) in well under a minute', () => {
    const paragraph = `<p>${PROSE}</p>\n`
    const body = `<article><h1>Big page</h1>${paragraph.repeat(Math.ceil(49e6 / Buffer.byteLength(paragraph)))}</article>`
    const { result, ms } = timed(() => extractArticle({ bytes: page('', body), fileName: 'big.html' }))
    // Its first 4 M characters: far beyond any article, and within an import worker's heap.
    expect(result.text.length).toBeGreaterThan(3_900_000)
    expect(result.text.length).toBeLessThan(4_100_000)
    expect(result.tooComplex).toBe(true)
    expect(ms).toBeLessThan(45_000)
  }, 120_000)

  it('10⁶ nested divs: "too complex", the text kept, in seconds (was two minutes)', () => {
    const html = page('', INTRO + '<div>'.repeat(1_000_000) + '<p>Deep inside the nesting a sentence is still text worth keeping here.</p>' + '</div>'.repeat(1_000_000))
    const { result, ms } = timed(() => extractArticle({ bytes: html, fileName: 'divs.html' }))
    expect(result.tooComplex).toBe(true)
    expect(result.fallback).toBe(true)
    expect(result.text).toContain('officials in Berlin confirmed')
    expect(result.text).toContain('Deep inside the nesting')
    expect(result.title).toBe('Pathological page')
    expect(ms).toBeLessThan(15_000)
  }, 60_000)

  it('10⁵ nested links: the text kept in seconds', () => {
    const html = page('', INTRO + '<a href="/x">'.repeat(100_000) + 'deep' + '</a>'.repeat(100_000))
    const { result, ms } = timed(() => extractArticle({ bytes: html, fileName: 'links.html' }))
    expect(result.text).toContain('officials in Berlin confirmed')
    expect(ms).toBeLessThan(5_000)
  })

  it('390 headers nested in an article around 10⁵ links: each header is judged once, in seconds', () => {
    const html = page('', `<article><h1>Waffenruhe</h1>${'<header>'.repeat(390)}${'<a href="/x">xy</a>'.repeat(100_000)}${'</header>'.repeat(390)}${INTRO.repeat(3)}</article>`)
    const { result, ms } = timed(() => extractArticle({ bytes: html, fileName: 'headers.html' }))
    expect(result.text).toContain('officials in Berlin confirmed')
    expect(ms).toBeLessThan(30_000)
  }, 60_000)

  it('a 6 MB Cyrillic .txt without spaces imports', () => {
    const word = 'Министерствоиностранныхделзаявило'
    const text = word.repeat(Math.ceil(3_000_000 / word.length))
    const article = extractArticle({ bytes: Buffer.from(text), fileName: 'cyrillic.txt' })
    expect(article.text.length).toBeGreaterThan(2_900_000)
  }, 60_000)

  it('measures real pages as ordinary and hostile ones as too complex', () => {
    expect(measurePage('<html><body><div><p>a<p>b</div><img src=x><br></body></html>')).toEqual({ elements: 7, depth: 3 })
    expect(measurePage('<script>' + '<div>'.repeat(5000) + '</script><p>x')).toEqual({ elements: 2, depth: 0 })
  })
})

describe('UTF-16 without a byte-order mark', () => {
  const html = `<html><head><title>Übung in Kyjiw</title></head><body><article><h1>Übung in Kyjiw</h1>${`<p>${PROSE}</p>`.repeat(10)}</article></body></html>`
  const le = Buffer.from(html, 'utf16le')
  const be = Buffer.from(le).swap16()

  it.each([
    ['little-endian', le, 'utf-16le'],
    ['big-endian', be, 'utf-16be'],
  ])('%s is detected and read', (_name, bytes, order) => {
    expect(sniffUtf16(bytes)).toBe(order)
    const article = extractArticle({ bytes, fileName: 'utf16.html' })
    expect(article.title).toBe('Übung in Kyjiw')
    expect(article.text).toContain('Außenminister')
  })

  it('a Cyrillic UTF-16LE text file without BOM', () => {
    const bytes = Buffer.from('Министр иностранных дел заявил во вторник, что переговоры продолжатся на следующей неделе.\n'.repeat(20), 'utf16le')
    expect(extractArticle({ bytes, fileName: 'ru.txt' }).text).toContain('переговоры продолжатся')
  })

  it('binary files stay refused', () => {
    const bytes = Buffer.alloc(4000)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251
    expect(sniffUtf16(bytes)).toBeNull()
    expect(() => extractArticle({ bytes, fileName: 'x.html' })).toThrow(/binary/)
  })
})
