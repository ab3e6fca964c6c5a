import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { LibraryError } from '../../../src/main/core/library/errors'
import { article, tempLibrary, type TempLibrary } from './helpers'

let lib: TempLibrary
beforeEach(() => (lib = tempLibrary()))
afterEach(() => lib.close())

const PAGE = `<!doctype html><html lang="de"><head>
<title>Außenministerium warnt vor Eskalation | Beispiel-Zeitung</title>
<meta property="og:site_name" content="Beispiel-Zeitung">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
<link rel="canonical" href="https://www.beispiel-zeitung.de/politik/aussenministerium-warnt-100.html">
</head><body><article><h1>Außenministerium warnt vor Eskalation</h1>
<p>Das Auswärtige Amt hat am Dienstag vor einer weiteren Eskalation gewarnt. Die Lage sei ernst, sagte eine Sprecherin in Berlin.</p>
<p>Man beobachte die Entwicklung sehr genau und stehe mit den Partnern in engem Austausch, hieß es weiter aus dem Ministerium.</p>
<p>Die Opposition forderte die Bundesregierung auf, im Bundestag über die Lage zu berichten und ihre Haltung zu erklären.</p>
</article></body></html>`

function importPage(): number {
  const bytes = new TextEncoder().encode(PAGE)
  const extracted = extractArticle({ bytes, fileName: 'page.html' })
  const result = lib.articles.add(extracted, { bytes, fileName: 'page.html', mediaType: 'text/html' }, '/tmp/page.html')
  return result.articleId
}

const search = (text: string) => lib.articles.search({ text }).hits.map((h) => h.id)

describe('metadata edits', () => {
  it('corrects fields, marks them as edited and keeps the full-text index in sync', () => {
    const id = importPage()
    expect(lib.articles.get(id)!.editedFields).toEqual([])
    lib.articles.metadata.update(id, { title: 'Berlin mahnt zur Zurückhaltung', publishedAt: '2024-03-04', language: 'de' })
    const a = lib.articles.get(id)!
    expect(a).toMatchObject({ title: 'Berlin mahnt zur Zurückhaltung', publishedAt: '2024-03-04', language: 'de' })
    expect(a.editedFields).toEqual(['title', 'publishedAt', 'language'])
    expect(search('Zurückhaltung')).toEqual([id])
    expect(search('Eskalation')).toEqual([id]) // still in the text
    lib.articles.metadata.update(id, { outlet: 'Die Beispiel-Zeitung' })
    expect(lib.articles.get(id)!.editedFields).toEqual(['title', 'outlet', 'publishedAt', 'language'])
  })

  it('moves the article to its new source and canonical URL, and refuses an address another article has', () => {
    const id = importPage()
    const other = lib.articles.add(article({ url: 'https://example.org/taken' }), null, 'x').articleId
    lib.articles.metadata.update(id, { url: 'https://www.ndr.de/nachrichten/info/artikel-100.html?utm_source=x' })
    const a = lib.articles.get(id)!
    expect(a.domain).toBe('ndr.de')
    expect(a.canonicalUrl).toBe('https://www.ndr.de/nachrichten/info/artikel-100.html')
    expect(() => lib.articles.metadata.update(id, { url: 'https://example.org/taken' })).toThrow(`Article ${other} (“`)
    // A refused edit changes nothing, not even its other fields.
    expect(() => lib.articles.metadata.update(id, { title: 'Neu', publishedAt: '2024-02-30' })).toThrow(LibraryError)
    expect(lib.articles.get(id)!.title).toBe('Außenministerium warnt vor Eskalation')
  })

  it('keeps edits through re-extraction from the capture, which refreshes the other fields', () => {
    const id = importPage()
    lib.db.prepare("UPDATE articles SET byline = 'stale', site_name = 'stale' WHERE id = ?").run(id)
    lib.articles.metadata.update(id, { title: 'Eigener Titel', publishedAt: '2024-03-01' })
    lib.articles.metadata.reextract(id)
    const a = lib.articles.get(id)!
    expect(a).toMatchObject({ title: 'Eigener Titel', publishedAt: '2024-03-01', siteName: 'Beispiel-Zeitung', byline: null })
    expect(a.editedFields).toEqual(['title', 'publishedAt'])
    // Reverting gives a field back to extraction.
    lib.articles.metadata.reextract(id, ['publishedAt'])
    expect(lib.articles.get(id)!).toMatchObject({ title: 'Eigener Titel', publishedAt: '2024-03-05T09:00:00Z', editedFields: ['title'] })
  })

  it('keeps edits when the same capture is imported again', () => {
    const id = importPage()
    lib.articles.metadata.update(id, { title: 'Eigener Titel' })
    const bytes = new TextEncoder().encode(PAGE)
    const again = lib.articles.add(extractArticle({ bytes, fileName: 'page.html' }), { bytes, fileName: 'page.html' }, '/tmp/again.html')
    expect(again).toMatchObject({ status: 'duplicate', articleId: id, reason: 'capture' })
    expect(lib.articles.get(id)!.title).toBe('Eigener Titel')
  })

  it('refuses re-extraction without a capture, and unknown articles', () => {
    const id = lib.articles.add(article(), null, 'x').articleId
    expect(() => lib.articles.metadata.reextract(id)).toThrow('no stored capture')
    expect(() => lib.articles.metadata.update(9999, { title: 'x' })).toThrow('does not exist')
  })
})
