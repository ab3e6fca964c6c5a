import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { trailingButtonsStart, trailingFurnitureStart } from '../../../src/main/core/extraction/main-text/paragraph-shape'
import { extractFixture, paragraphs } from './fixtures'

describe('article text copied from a page (.txt)', () => {
  it('German: URL, outlet and date from the URL, byline, „quotes“ kept, "Sharen mit" junk dropped', () => {
    const article = extractFixture('de-copied.txt')
    expect(article.mediaType).toBe('text/plain')
    expect(article.url).toBe('https://www.beispiel-zeitung.example/politik/2022/01/07/bundesregierung-leitlinien-china/')
    expect(article.siteName).toBe('beispiel-zeitung.example')
    expect(article.publishedAt).toBe('2022-01-07')
    expect(article.title).toBe('Bundesregierung beschließt neue Leitlinien zur China-Politik')
    expect(article.byline).toBe('Thomas Berger')
    expect(article.language).toBe('de')
    expect(paragraphs(article)).toHaveLength(4)
    expect(paragraphs(article)[0]).toMatch(/^Die Bundesregierung hat am Freitag/)
    expect(article.text).toContain('„Partner, Wettbewerber und systemischen Rivalen“')
    expect(article.text.endsWith('„die Beziehungen auf der Grundlage gegenseitigen Respekts weiterzuentwickeln“.')).toBe(true)
    for (const junk of ['Sharen', 'Twitter', 'Gefällt mir', 'Wird geladen', 'Ähnliche Beiträge', 'China-Reise', 'In „Politik“', 'https://'])
      expect(article.text, junk).not.toContain(junk)
    expect(article.cleanHtml).toMatch(/^<p>Die Bundesregierung hat am Freitag/)
  })

  it('English: the first URL anywhere in the text, share lines dropped', () => {
    const article = extractFixture('en-copied.txt')
    expect(article.url).toBe('https://www.worldwire.example/news/2023/03/03/humanitarian-corridor-agreed')
    expect(article.publishedAt).toBe('2023-03-03')
    expect(article.title).toBe('Foreign ministers agree on new humanitarian corridor')
    expect(paragraphs(article)).toHaveLength(3)
    for (const junk of ['Share on', 'Print', 'Source:', 'Published 3 March']) expect(article.text, junk).not.toContain(junk)
  })

  it('Russian: «quotes» kept, "Поделиться" and the related link dropped; compact date in the URL', () => {
    const article = extractFixture('ru-copied.txt')
    expect(article.url).toBe('https://novosti.example/world/20230915/peregovory.html')
    expect(article.publishedAt).toBe('2023-09-15')
    expect(article.title).toBe('Стороны договорились продолжить переговоры в Женеве')
    expect(article.language).toBe('ru')
    expect(article.text).toContain('«Мы не достигли всех целей, но впервые за долгое время увидели готовность к компромиссу», — сказал министр журналистам.')
    for (const junk of ['Поделиться', 'ВКонтакте', 'Telegram', 'Одноклассники', 'Читайте также', 'главное']) expect(article.text, junk).not.toContain(junk)
  })

  it('joins hard-wrapped lines into paragraphs', () => {
    const text = [
      'The ministry said on Tuesday that the talks would resume next week in',
      'Vienna, after both delegations had asked for more time to consult their',
      'governments about the draft text of the agreement.',
      '',
      'A second paragraph follows here, with a full sentence of its own.',
    ].join('\n')
    const article = extractArticle({ bytes: Buffer.from(text), fileName: 'note.txt' })
    expect(paragraphs(article)[0]).toBe(
      'The ministry said on Tuesday that the talks would resume next week in Vienna, after both delegations had asked for more time to consult their governments about the draft text of the agreement.',
    )
  })

  it('refuses a text with nothing but share buttons', () => {
    expect(() => extractArticle({ bytes: Buffer.from('Share on Facebook\nShare on Twitter\n'), fileName: 'x.txt' })).toThrow('no article text found')
  })
})

describe('trailingFurnitureStart', () => {
  const prose = 'The minister said the agreement would be signed in Brussels next month after a final review.'

  it('cuts at the first furniture line of the closing run', () => {
    expect(trailingFurnitureStart([prose, 'Teilen mit:', 'Facebook', 'E-Mail'])).toBe(1)
    expect(trailingFurnitureStart([prose, 'Поделиться', 'Telegram'])).toBe(1)
    expect(trailingFurnitureStart([prose, 'Follow us on Twitter @worldwire for updates on the talks and more news.'])).toBe(1)
  })

  it('keeps a closing list or short line without furniture wording', () => {
    expect(trailingFurnitureStart([prose, 'Generatoren für Krankenhäuser', 'Ersatzteile für Umspannwerke'])).toBe(3)
    expect(trailingFurnitureStart([prose, 'He was 84.'])).toBe(2)
  })

  it('drops a closing run of button labels by their shape, in any language (no phrase list)', () => {
    expect(trailingButtonsStart([prose, 'Dela detta:', 'Gilla', 'Laddar', 'Relaterat'])).toBe(1)
    expect(trailingButtonsStart([prose, 'Partager', 'Aimer ça', 'Chargement…'])).toBe(1)
    // Two lines, a number, or a sentence: not a share bar.
    expect(trailingButtonsStart([prose, 'Generatoren für Krankenhäuser', 'Ersatzteile für Umspannwerke'])).toBe(3)
    expect(trailingButtonsStart([prose, 'Teil 1', 'Teil 2', 'Teil 3'])).toBe(4)
    const pasted = extractArticle({ bytes: Buffer.from(`${prose}\n\n${prose.replace('ministry', 'embassy')}\n\nDela detta:\nGilla\nLaddar\nRelaterat\n`), fileName: 'x.txt' })
    expect(pasted.text).not.toMatch(/Dela|Gilla|Laddar|Relaterat/u)
  })

  it('does not take prose that merely mentions a newsletter or subscription for furniture', () => {
    expect(trailingFurnitureStart([prose, 'Russia does not subscribe to this view, the ministry said in a statement on its website.'])).toBe(2)
  })
})

describe('invisible characters', () => {
  it('drops soft hyphens and zero-width characters so words stay whole for search and statements', () => {
    const raw = 'Das russische Außen\u00admi\u00adnisterium hat die Unruhen in Kasachstan als Angriff von au\u200bßen bezeichnet, teilte das Ministerium am Donnerstag mit.'
    const a = extractArticle({ bytes: Buffer.from(raw, 'utf8'), fileName: 'note.txt' })
    expect(a.text).toContain('Außenministerium')
    expect(a.text).toContain('außen')
    expect(a.text).not.toMatch(/[\u00ad\u200b]/u)
  })
})
