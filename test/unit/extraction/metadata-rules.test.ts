import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { dateFromTitle, dateFromUrl } from '../../../src/main/core/extraction/metadata/date'
import { chooseOutlet, namesLabel } from '../../../src/main/core/extraction/metadata/outlet'
import { headlineMatchingSlug, titleFromFileName, titleFromSlug } from '../../../src/main/core/extraction/metadata/text-title'

const outlet = (c: Partial<Parameters<typeof chooseOutlet>[0]>, url: string) =>
  chooseOutlet({ siteName: null, publisher: null, appName: null, title: null, headline: null, ...c }, url)

const BODY = '<p>' + 'Die Bundesregierung hat am Dienstag in Berlin neue Hilfen angekündigt, die Lage bleibe angespannt. '.repeat(4) + '</p>'
const page = (head: string) => new TextEncoder().encode(`<!doctype html><html lang="de"><head>${head}</head><body><article><h1>Hilfen</h1>${BODY}${BODY}</article></body></html>`)
const html = (head: string) => extractArticle({ bytes: page(head), fileName: 'saved.html' })
const txt = (text: string, fileName = 'paste.txt') => extractArticle({ bytes: new TextEncoder().encode(text), fileName })

describe('outlet', () => {
  it('takes the publisher named in the title, not a section label in og:site_name (Reuters, not "U.S.")', () => {
    expect(outlet({ siteName: 'U.S.', title: 'Oversupply angst drags oil lower - Reuters' }, 'https://www.reuters.com/article/x')).toBe('Reuters')
  })

  it('prefers a name written as a name over a domain-like one, from JSON-LD publisher', () => {
    expect(outlet({ siteName: 'usatoday', publisher: 'USA TODAY' }, 'https://www.usatoday.com/story/x')).toBe('USA TODAY')
    expect(outlet({ siteName: 'detroitnews', publisher: 'The Detroit News' }, 'https://www.detroitnews.com/story/x')).toBe('The Detroit News')
    expect(outlet({ siteName: 'Sky News', publisher: 'Sky' }, 'https://news.sky.com/story/x')).toBe('Sky News')
  })

  it('knows a brand by its initials, its first word or as the start of one word', () => {
    expect(namesLabel('Rhein Neckar Zeitung', 'rnz')).toBe(true)
    expect(namesLabel('Tribune de Genève', 'tdg')).toBe(true)
    expect(namesLabel('Yle Uutiset', 'yle')).toBe(true)
    expect(namesLabel('ZDFmediathek', 'zdf')).toBe(true)
    expect(namesLabel('Süddeutsche.de', 'sueddeutsche')).toBe(true)
    expect(namesLabel('comwrap auf der DMEXCO 2018', 'comwrap')).toBe(false)
    expect(outlet({ title: 'Frank Witzel erhält Buchpreis - Rhein Neckar Zeitung' }, 'https://www.rnz.de/a')).toBe('Rhein Neckar Zeitung')
  })

  it('cleans handles, taglines and addresses, never takes the headline, and falls back to the domain', () => {
    expect(outlet({ siteName: '@politifact', title: 'What is the value of drugs? | PolitiFact West Virginia' }, 'https://www.politifact.com/a')).toBe('PolitiFact West Virginia')
    expect(outlet({ siteName: '@politifact', title: 'Guide to tariffs | Fact-checking' }, 'https://www.politifact.com/a')).toBe('politifact')
    expect(outlet({ siteName: '@politifact', title: 'Guide to tariffs | Politifact.com' }, 'https://www.politifact.com/a')).toBe('Politifact')
    expect(outlet({ siteName: 'LinkNaija | Nigeria’s popular news platform' }, 'https://www.linknaija.com/a')).toBe('LinkNaija')
    expect(outlet({ siteName: 'IT4Kids | IT-Kurse für Grundschulen' }, 'https://it-for-kids.org/a')).toBe('IT4Kids')
    expect(outlet({ siteName: 'Land zahlte 1,4 Millionen', headline: 'Land zahlte 1,4 Millionen' }, 'https://mluk.brandenburg.de/a')).toBe('mluk.brandenburg.de')
    expect(outlet({ siteName: 'https://www.tafelblog.com' }, 'https://www.tafelblog.de/a')).toBe('tafelblog.com')
    expect(outlet({ siteName: 'Connecticut Post', publisher: 'Associated Press' }, 'https://www.ctpost.com/a')).toBe('Connecticut Post')
    expect(outlet({}, 'https://www.toralin.de/a')).toBe('toralin.de')
  })
})

describe('publication date', () => {
  it('reads dates from URLs, with month names too', () => {
    expect(dateFromUrl('https://www.politifact.com/statements/2019/nov/18/david-mckinley/')).toBe('2019-11-18')
    expect(dateFromUrl('https://example.org/news/18-maerz-2024-bericht')).toBe('2024-03-18')
    expect(dateFromUrl('https://example.org/2024/03/17/a')).toBe('2024-03-17')
  })

  it('reads a date the title carries, in the page language, and never a future one', () => {
    expect(dateFromTitle('Berlin confronts colonial past | DW | 19.01.2020')).toBe('2020-01-19')
    expect(dateFromTitle('Pressemitteilung vom 5. März 2024', 'de')).toBe('2024-03-05')
    expect(dateFromTitle('Заявление МИД от 7 января 2022 года', 'ru')).toBe('2022-01-07')
    expect(dateFromTitle('Gipfel am 1. Januar 2099', 'de')).toBeNull()
    expect(dateFromTitle('Hilfen für Betriebe')).toBeNull()
  })

  it('dates an undated page by its title only when nothing better dates it', () => {
    expect(html('<title>Hilfen | DW | 19.01.2020</title>').publishedAt).toBe('2020-01-19')
    expect(html('<title>Hilfen | DW | 19.01.2020</title><meta property="article:published_time" content="2020-01-18">').publishedAt).toBe('2020-01-18')
  })
})

describe('canonical URL of a saved page', () => {
  it('resolves a relative canonical link against <base href> and decodes a percent-encoded og:url', () => {
    expect(html('<base href="https://www.ndr.de/"><link rel="canonical" href="/nachrichten/info/hilfen100.html">').url).toBe('https://www.ndr.de/nachrichten/info/hilfen100.html')
    expect(html('<meta property="og:url" content="https%3A%2F%2Fwww.siegessaeule.de%2Fmagazin%2Fhilfen%2F">').url).toBe('https://www.siegessaeule.de/magazin/hilfen/')
    expect(html('<meta name="twitter:url" content="https://www.ndr.de/nachrichten/hilfen100.html">').url).toBe('https://www.ndr.de/nachrichten/hilfen100.html')
  })
})

describe('title of pasted text', () => {
  const SENTENCE = 'Die Außenministerin ist am Dienstag zu einem unangekündigten Besuch in Kyjiw eingetroffen, wie ihr Ministerium am Morgen mitteilte.'
  const REST = '\n\nSie wolle dort mit ihrem Amtskollegen über weitere Hilfen sprechen, hieß es aus Delegationskreisen in der ukrainischen Hauptstadt.\n'

  it('is never the first sentence cut short: the URL slug names the article', () => {
    const a = txt(`https://www.beispiel.de/politik/aussenministerin-reist-nach-kyjiw-100.html\n\n${SENTENCE}${REST}`)
    expect(a.title).toBe('Aussenministerin reist nach kyjiw')
    expect(a.text.startsWith('Die Außenministerin ist am Dienstag')).toBe(true)
  })

  it('is the headline the paste carries, found by the slug’s words even below a breadcrumb', () => {
    const a = txt(`https://www.beispiel.de/politik/aussenministerin-reist-nach-kyjiw-100.html\n\nStartseite › Politik\n\nAußenministerin reist nach Kyjiw\n\n${SENTENCE}${REST}`)
    expect(a.title).toBe('Außenministerin reist nach Kyjiw')
    expect(a.text).not.toContain('Außenministerin reist nach Kyjiw')
    expect(headlineMatchingSlug(['Startseite', 'Außenministerin reist nach Kyjiw'], 'https://x.de/aussenministerin-reist-nach-kyjiw')).toBe('Außenministerin reist nach Kyjiw')
  })

  it('falls back to the file name, then to a whole short first sentence', () => {
    expect(txt(`${SENTENCE}${REST}`, 'Baerbock in Kyjiw.txt').title).toBe('Baerbock in Kyjiw')
    expect(titleFromFileName('Neues Textdokument (2).txt')).toBeNull()
    expect(titleFromSlug('https://www.dw.com/en/berlin-confronts-germanys-colonial-past/a-52060881')).toBe('Berlin confronts germanys colonial past')
    expect(titleFromSlug('https://www.ndr.de/index.html')).toBeNull()
    const short = txt('Kurz gesagt: Die Lage ist ernst.\n\nMehr dazu später in einem ausführlichen Bericht aus der Hauptstadt Berlin.\n', 'Neues Textdokument.txt')
    expect(short.title).toBe('Kurz gesagt: Die Lage ist ernst.')
  })
})
