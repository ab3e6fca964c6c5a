import { describe, expect, it } from 'vitest'
import { buildComparisonModel, ComparisonInputError } from '../../../src/main/core/compare/build-model'
import { BY, KZ, RU, card } from './cards'

const ru1 = card('ru-mfa', 'Die Ereignisse seien ein von außen inspirierter Versuch, die Sicherheit zu untergraben.', '2022-01-06', { articleId: 1 })
const by1 = card('by-mfa', 'Minsk sieht einen von außen gesteuerten Putschversuch.', '2022-01-06', { articleId: 1 })
const ru2 = card('ru-mfa', 'Миротворцы ОДКБ будут охранять стратегические объекты.', '2022-01-07', { articleId: 2 })
const by2 = card('by-mfa', 'Миротворцы ОДКБ из Беларуси охраняют стратегические объекты.', '2022-01-10', { articleId: 3 })
const kz1 = card('kz-mfa', 'Statement of another actor.', '2022-01-06')
const undated = card('ru-mfa', 'Undated words.', null, { articleId: 4 })

const base = { title: 'Unrest in Kazakhstan', scopeLabel: 'Event: Unrest in Kazakhstan', actors: [RU, BY], now: new Date('2022-02-01T12:00:00Z') }

describe('comparison model', () => {
  it('makes one column per chosen actor, in order, with counts and date span; other actors are left out', () => {
    const m = buildComparisonModel({ ...base, cards: [by2, kz1, ru2, by1, ru1, undated], layout: 'timeline' })
    expect(m.columns.map((c) => [c.actor.id, c.count, c.firstDate, c.lastDate])).toEqual([
      ['ru-mfa', 3, '2022-01-06', '2022-01-07'],
      ['by-mfa', 2, '2022-01-06', '2022-01-10'],
    ])
    expect(m.cards.map((c) => c.statementId)).not.toContain(kz1.statementId)
    expect(m.rows.map((r) => [r.id, r.gapDaysBefore, r.cells])).toEqual([
      ['d:2022-01-06', 0, [[ru1.statementId], [by1.statementId]]],
      ['d:2022-01-07', 0, [[ru2.statementId], []]],
      ['d:2022-01-10', 2, [[], [by2.statementId]]],
      ['undated', 0, [[undated.statementId], []]],
    ])
    expect(m.generatedAt).toBe('2022-02-01T12:00:00.000Z')
  })

  it('numbers sources per article in reading order and marks recurring phrases on the cards', () => {
    const m = buildComparisonModel({ ...base, cards: [ru1, by1, ru2, by2], layout: 'timeline' })
    const byId = new Map(m.cards.map((c) => [c.statementId, c]))
    expect(m.sources.map((s) => s.articleId)).toEqual([1, 2, 3])
    expect([ru1, by1, ru2, by2].map((c) => byId.get(c.statementId)!.ref)).toEqual([1, 1, 2, 3])
    expect(m.phrases.map((p) => p.text)).toEqual(expect.arrayContaining(['von außen', 'Миротворцы ОДКБ']))
    const marked = (c: typeof ru1) => byId.get(c.statementId)!.highlights.map((h) => c.quote.slice(h.start, h.end))
    expect(marked(ru1)).toEqual(['von außen'])
    expect(marked(by1)).toEqual(['von außen'])
  })

  it('lays out themes: analyst themes first, then suggestions over the rest, then what is left', () => {
    const m = buildComparisonModel({
      ...base,
      cards: [ru1, by1, ru2, by2, undated],
      layout: 'themes',
      themes: [{ id: 'ext', title: 'Interference from abroad', statementIds: [ru1.statementId, by1.statementId] }],
    })
    expect(m.rows.map((r) => [r.kind, r.label])).toEqual([
      ['theme', 'Interference from abroad'],
      ['suggestion', expect.stringMatching(/Миротворцы|ОДКБ|объекты/)],
      ['unassigned', ''],
    ])
    expect(m.rows[1].cells).toEqual([[ru2.statementId], [by2.statementId]])
    expect(m.rows[2].cells).toEqual([[undated.statementId], []])
    expect(m.suggestions.flatMap((s) => s.statementIds)).not.toContain(ru1.statementId)
  })

  it('prints the analyst note and translation with the card, over the statement’s own note', () => {
    const withOwn = card('by-mfa', 'Text.', '2022-01-06', { note: 'own note' })
    const m = buildComparisonModel({
      ...base,
      cards: [ru1, withOwn],
      layout: 'timeline',
      cardNotes: [{ statementId: ru1.statementId, translation: '  The events were an attempt inspired from outside.  ' }],
    })
    const c = m.cards.find((x) => x.statementId === ru1.statementId)!
    expect(c.translation).toBe('The events were an attempt inspired from outside.')
    expect(m.cards.find((x) => x.statementId === withOwn.statementId)!.note).toBe('own note')
  })

  it('refuses fewer than two or more than six actors, and an actor twice', () => {
    const build = (actors: (typeof RU)[]) => () => buildComparisonModel({ ...base, actors, cards: [], layout: 'timeline' })
    expect(build([RU])).toThrow(ComparisonInputError)
    expect(build([RU, BY, KZ, { ...KZ, id: 'a' }, { ...KZ, id: 'b' }, { ...KZ, id: 'c' }, { ...KZ, id: 'd' }])).toThrow(/2 to 6/)
    expect(build([RU, RU])).toThrow(/twice/)
  })
})

describe('slot rows in the printed report', () => {
  it('aligns the n-th cards of a day, continues gaps and headings without spanning rows', async () => {
    const { renderHtmlReport } = await import('../../../src/main/core/compare/export')
    const { parseHTML } = await import('linkedom')
    const a = card('ru-mfa', 'Erste Aussage.', '2022-01-08')
    const b = card('ru-mfa', 'Zweite Aussage.', '2022-01-08')
    const c = card('ru-mfa', 'Dritte Aussage.', '2022-01-08')
    const d = card('by-mfa', 'Antwort aus Minsk.', '2022-01-08')
    const m = buildComparisonModel({ ...base, actors: [RU, BY, KZ], cards: [a, b, c, d], layout: 'timeline' })
    const { document } = parseHTML(renderHtmlReport(m))
    const rows = [...document.querySelectorAll('table.comparison tbody tr')]
    expect(rows.map((r) => r.className)).toEqual(['row-date first', 'row-date', 'row-date'])
    expect(document.querySelectorAll('[rowspan]')).toHaveLength(0)
    const what = (text: string, cls: string) =>
      [/\w+ Aussage/, /Antwort/, /— no statement —/, /\d+ Jan 2022 \(cont\.\)/, /Jan 2022/].map((re) => re.exec(text)?.[0]).find(Boolean) ?? cls
    const cells = rows.map((r) => [...r.children].map((el) => what(el.textContent!, el.className)))
    expect(cells).toEqual([
      ['Jan 2022', 'Erste Aussage', 'Antwort', '— no statement —'],
      // A continued slot names its day again (muted), for when it starts a page.
      ['8 Jan 2022 (cont.)', 'Zweite Aussage', 'rest', 'gap cont'],
      ['8 Jan 2022 (cont.)', 'Dritte Aussage', 'rest', 'gap cont'],
    ])
  })
})
