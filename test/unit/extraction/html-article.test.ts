import { describe, expect, it } from 'vitest'
import { extractFixture, paragraphs } from './fixtures'

describe('German article page', () => {
  const article = extractFixture('de-article.html')

  it('reads metadata from JSON-LD @graph, OpenGraph and the canonical link', () => {
    expect(article.title).toBe('Auswärtiges Amt verurteilt Angriffe auf Energienetz')
    expect(article.byline).toBe('Anna Schneider')
    expect(article.siteName).toBe('Tagesbote')
    expect(article.url).toBe('https://www.tagesbote.example/politik/2024/03/auswaertiges-amt-verurteilt-angriffe-123456.html')
    expect(article.publishedAt).toBe('2024-03-12T08:30:00Z')
    expect(article.language).toBe('de')
    expect(article.mediaType).toBe('text/html')
  })

  it('keeps the lead in the article header, the text with „German“ quotes, the subheading and each list item as paragraphs', () => {
    const ps = paragraphs(article)
    expect(ps[0]).toMatch(/^Nach den nächtlichen Angriffen auf Kraftwerke und Umspannwerke kündigt Berlin/)
    expect(ps[1]).toMatch(/^Das Auswärtige Amt hat am Dienstag/)
    expect(article.text).toContain('„Diese Angriffe richten sich gezielt gegen die Zivilbevölkerung und sind ein klarer Bruch des humanitären Völkerrechts“')
    expect(ps).toContain('Berlin kündigt weitere Hilfe an')
    expect(ps).toContain('Ersatzteile für beschädigte Umspannwerke')
    expect(ps[ps.length - 1]).toMatch(/^Russland wies die Vorwürfe zurück\..*zunächst nicht\.$/)
    expect(article.wordCount).toBeGreaterThan(180)
  })

  it('drops navigation, cookie banner, share bar, caption, ads, related links, comments and footer', () => {
    for (const furniture of ['Startseite', 'Cookies', 'Teilen', 'Foto: dpa', 'Umspannwerk in der Region', 'Lesen Sie auch', 'Anzeige', 'Mehr zum Thema', 'Kommentare', 'leser42', 'Newsletter', 'Schlagwörter', 'Impressum', 'Alle Rechte vorbehalten', 'Von Anna Schneider', '12. März 2024'])
      expect(article.text, furniture).not.toContain(furniture)
  })

  it('gives clean HTML with structure and no page machinery', () => {
    expect(article.cleanHtml).toContain('<h2>Berlin kündigt weitere Hilfe an</h2>')
    expect(article.cleanHtml).toMatch(/<ul>\s*<li>Generatoren für Krankenhäuser und Schulen<\/li>/)
    expect(article.cleanHtml).not.toMatch(/<(?:img|figure|script|style|form|button|input|nav|aside|div|span)\b|class=|style=/)
  })
})

describe('English article page', () => {
  const article = extractFixture('en-article.html')

  it('reads OpenGraph and article meta tags and strips the site name from the title', () => {
    expect(article.title).toBe('UK summons Russian ambassador over cyber attacks')
    expect(article.byline).toBe('James Carter')
    expect(article.siteName).toBe('The Daily Ledger')
    expect(article.url).toBe('https://www.dailyledger.example/world/2024/05/08/uk-summons-russian-ambassador')
    expect(article.publishedAt).toBe('2024-05-08T14:20:00Z')
    expect(article.language).toBe('en')
    expect(article.excerpt).toBe('The Foreign Office says a GRU unit targeted British institutions.')
  })

  it('keeps the statement and drops captions, bylines, promotions and the author box', () => {
    expect(paragraphs(article)[0]).toMatch(/^The Foreign Office summoned Russia's ambassador on Wednesday/)
    expect(article.text).toContain('"This pattern of behaviour is reckless and unacceptable," a Foreign Office spokesperson said')
    expect(paragraphs(article)).toContain('Moscow rejects the accusations')
    // A ministry's post on X, embedded in a "social" box, is a statement: it stays.
    expect(paragraphs(article)).toContain('We have summoned the Russian Ambassador following a series of cyber attacks on UK institutions. This behaviour will not be tolerated.')
    for (const furniture of ['Skip to content', 'Subscribe', 'Share on', 'Photo: Reuters', 'Read more', 'Advertisement', 'Sign up', 'More from World', 'Follow him', 'Diplomatic Correspondent', 'All rights reserved', 'Load comments'])
      expect(article.text, furniture).not.toContain(furniture)
  })
})

describe('Russian article page', () => {
  const article = extractFixture('ru-article.html')

  it('reads the title, date (itemprop meta), byline and site name', () => {
    expect(article.title).toBe('МИД России ответил на заявление Еврокомиссии о санкциях')
    expect(article.siteName).toBe('Вестник дня')
    expect(article.publishedAt).toBe('2024-04-17T09:45:00Z')
    expect(article.byline).toBe('Ольга Смирнова')
    expect(article.language).toBe('ru')
  })

  it('keeps «Russian» quotes and drops share buttons, "read also", ads, popular links and comments', () => {
    expect(article.text).toContain('назвала планируемые ограничения «нелегитимными» и пообещала «адекватный ответ».')
    expect(paragraphs(article)).toContain('Что известно о новом пакете')
    for (const furniture of ['Поделиться', 'ВКонтакте', 'Читайте также', 'Реклама', 'Популярное', 'Комментарии', 'Иван:', 'cookie', 'Все права защищены', 'Главная'])
      expect(article.text, furniture).not.toContain(furniture)
  })
})

describe('broken HTML', () => {
  it('extracts text from unclosed elements, table rows as paragraphs', () => {
    const article = extractFixture('broken-unclosed.html')
    expect(article.title).toBe('Kabinett billigt Haushaltsentwurf')
    expect(paragraphs(article)[0]).toMatch(/^Das Bundeskabinett hat am Mittwoch/)
    expect(article.text).toContain('„Haushalt der Konsolidierung“, der die Schuldenbremse einhalte.')
    expect(paragraphs(article)).toContain('Ausgaben 450 Mrd. Euro')
    expect(article.language).toBe('de')
  })
})
