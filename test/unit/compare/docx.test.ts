/**
 * The Word briefing as a package: the parts Word needs are there and well-formed XML, every footnote
 * referenced from the body exists in the footnotes part (and every note there is referenced), quotes
 * stand in Word's Quote style, the summary and the actor × theme table come first, the sources last.
 */
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildComparisonModel } from '../../../src/main/core/compare/build-model'
import { renderDocx } from '../../../src/main/core/compare/export/docx/briefing'
import { BY, RU, card } from './cards'
import { xmlProblem } from './xml-well-formed'

const cards = [
  card('ru-mfa', 'Die Unruhen seien von außen gesteuert & „geplant“ <worden>.', '2022-01-06', { kind: 'reported', articleId: 1, translation: 'The unrest was steered from outside.' }),
  card('ru-mfa', 'Мы расцениваем события как попытку, инспирированную извне.', '2022-01-07', { language: 'ru', articleId: 2, note: 'Same wording as Minsk.' }),
  card('by-mfa', 'Минск считает, что беспорядки были инспирированы извне.', '2022-01-07', { language: 'ru', articleId: 2 }),
  card('by-mfa', 'Die Friedenstruppen der OVKS bleiben, bis die Lage stabil ist.', '2022-01-09', { articleId: 3, url: 'javascript:alert(1)' }),
]
const spec = { title: 'Kasachstan, Januar 2022', scopeLabel: 'Ereignis: Unruhen', actors: [RU, BY], cards, now: new Date('2022-02-01T00:00:00Z') }
const timeline = buildComparisonModel({ ...spec, layout: 'timeline' })
const themes = buildComparisonModel({ ...spec, layout: 'themes', themes: [{ id: 'a', title: 'Von außen gesteuert', statementIds: cards.slice(0, 3).map((c) => c.statementId) }] })

async function parts(locale: 'en' | 'de' = 'en') {
  const bytes = await renderDocx(timeline, { locale, themesModel: themes })
  const files = unzipSync(bytes)
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))
}

describe('the Word briefing (DOCX)', () => {
  it('is a package whose XML parts are all well-formed, with footnotes wired in', async () => {
    const p = await parts()
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/_rels/document.xml.rels']) {
      expect(p[name], name).toBeDefined()
    }
    for (const [name, xml] of Object.entries(p)) if (name.endsWith('.xml') || name.endsWith('.rels')) expect(xmlProblem(xml), name).toBeNull()
    expect(p['[Content_Types].xml']).toContain('footnotes+xml')
    expect(p['word/_rels/document.xml.rels']).toMatch(/Target="footnotes\.xml"/)
  })

  it('gives every card its source as a real footnote, each referenced once', async () => {
    const p = await parts()
    const refs = [...p['word/document.xml'].matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])
    // Summary (2 strongest), theme table (2 cells), side-by-side (4 cards).
    expect(refs.length).toBe(8)
    expect(new Set(refs).size).toBe(refs.length)
    const notes = [...p['word/footnotes.xml'].matchAll(/<w:footnote w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
    const real = notes.filter(([, id]) => Number(id) > 0)
    expect(real.map(([, id]) => id).sort()).toEqual([...refs].sort())
    const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    const first = text(real[0][2])
    expect(first).toContain('[')
    expect(first).toContain('Example News, “Article')
    expect(first).toMatch(/SHA-256 of the capture: (ab){32}/)
    // A later note on the same article points back to the first.
    expect(real.map(([, , body]) => text(body)).some((t) => /See note \d+\./.test(t))).toBe(true)
    // A javascript: URL is shown, never linked.
    expect(p['word/_rels/document.xml.rels']).not.toContain('javascript:')
    expect(p['word/_rels/footnotes.xml.rels'] ?? '').not.toContain('javascript:')
  })

  it('sets quotes in the Quote style, escaped, with translations and notes', async () => {
    const doc = (await parts())['word/document.xml']
    expect(doc).toContain('<w:pStyle w:val="Quote"/>')
    expect(doc).toContain('Die Unruhen seien von außen gesteuert &amp; „geplant“ &lt;worden&gt;.')
    expect(doc).toContain('Мы расцениваем события')
    expect(doc).toContain('w:val="ru-RU"')
    expect(doc).toContain('The unrest was steered from outside.')
    expect(doc).toContain('Same wording as Minsk.')
  })

  it('opens with the summary and the actor × theme table, ends with the numbered sources', async () => {
    const doc = (await parts())['word/document.xml']
    const at = (s: string) => doc.indexOf(s)
    expect(at('>Summary<')).toBeGreaterThan(0)
    expect(at('>Summary<')).toBeLessThan(at('>Themes by actor<'))
    expect(at('>Themes by actor<')).toBeLessThan(at('>Von außen gesteuert<'))
    expect(at('>Von außen gesteuert<')).toBeLessThan(at('>Side by side<'))
    expect(at('>Side by side<')).toBeLessThan(at(">Analyst's notes and translations<") === -1 ? Infinity : at(">Analyst's notes and translations<"))
    expect(doc.lastIndexOf('>Sources<')).toBeGreaterThan(at('>Side by side<'))
    expect(doc).toContain('<w:tblHeader/>')
    expect(doc).toContain('2 statements')
  })

  it('speaks German when asked', async () => {
    const doc = (await parts('de'))['word/document.xml']
    expect(doc).toContain('>Zusammenfassung<')
    expect(doc).toContain('>Gegenüberstellung<')
    expect(doc).toContain('>Quellen<')
  })
})
