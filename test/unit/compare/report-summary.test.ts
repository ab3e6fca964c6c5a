import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildComparisonModel } from '../../../src/main/core/compare/build-model'
import { renderHtmlReport } from '../../../src/main/core/compare/export'
import { summarise } from '../../../src/main/core/compare/summary/summarise'
import { excerpt } from '../../../src/main/core/compare/summary/strongest'
import { BY, RU, card } from './cards'

const cards = [
  card('ru-mfa', 'Die Unruhen seien von außen gesteuert.', '2022-01-06', { kind: 'reported', speaker: 'Maria Sacharowa', personId: 'maria-zakharova' }),
  card('ru-mfa', '„Wir betrachten die Ereignisse als einen von außen gesteuerten Versuch.“', '2022-01-07', { speaker: 'Maria Sacharowa', personId: 'maria-zakharova' }),
  card('ru-mfa', 'Die Friedenstruppen bleiben.', '2022-01-09', { kind: 'partial' }),
  card('by-mfa', 'Минск считает, что беспорядки управлялись извне.', '2022-01-07', { language: 'ru' }),
]
const model = buildComparisonModel({ title: 'T', scopeLabel: 'S', actors: [RU, BY], cards, layout: 'timeline', now: new Date('2022-02-01T00:00:00Z') })

describe('the summary at the top of a report', () => {
  it('says per column how often, first and last, by whom, and the strongest statement', () => {
    const { columns, themes } = summarise(model)
    expect(columns[0]).toMatchObject({ name: 'Russian MFA', count: 3, firstDate: '2022-01-06', lastDate: '2022-01-09', kinds: { direct: 1, partial: 1, reported: 1 }, articles: 3 })
    expect(columns[0].speakers).toEqual([{ name: 'Maria Sacharowa', count: 2 }])
    // A direct quote with the shared phrase outranks reported speech and a bare partial quote.
    expect(columns[0].strongest?.quote).toContain('Wir betrachten')
    expect(columns[1]).toMatchObject({ count: 1, firstDate: '2022-01-07', lastDate: '2022-01-07' })
    expect(themes).toEqual([])
  })

  it('gives the themes layout an actor × theme table with counts and the strongest statement per cell', () => {
    const themed = buildComparisonModel({
      title: 'T',
      scopeLabel: 'S',
      actors: [RU, BY],
      cards,
      layout: 'themes',
      themes: [{ id: 'a', title: 'Von außen gesteuert', statementIds: [cards[0].statementId, cards[1].statementId, cards[3].statementId] }],
    })
    const { themes } = summarise(themed)
    expect(themes[0].label).toBe('Von außen gesteuert')
    expect(themes[0].cells.map((c) => c.count)).toEqual([2, 1])
    expect(themes[0].cells[1].strongest?.statementId).toBe(cards[3].statementId)
  })

  it('stands in the HTML report between the title block and the comparison', () => {
    const html = renderHtmlReport(model)
    const { document } = parseHTML(html)
    const block = document.querySelector('.summary-block')!
    expect(block.querySelector('h2')!.textContent).toBe('Summary')
    const first = block.querySelector('tbody tr')!
    expect(first.querySelector('th')!.textContent).toBe('Russian MFA')
    expect(first.textContent).toContain('1 direct · 1 partial · 1 reported')
    expect(first.textContent).toContain('6 Jan 2022 – 9 Jan 2022')
    expect(first.textContent).toContain('Maria Sacharowa (2)')
    expect(html.indexOf('summary-block')).toBeLessThan(html.indexOf('<table class="comparison">'))
  })

  it('cuts a long strongest statement at a word', () => {
    expect(excerpt('eins zwei drei vier fünf sechs', 16)).toBe('eins zwei drei …')
    expect(excerpt('kurz')).toBe('kurz')
  })
})
