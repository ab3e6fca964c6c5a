/** A person's statements in their body's column are marked as theirs, in the model and on paper. */
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildComparisonModel } from '../../../src/main/core/compare/build-model'
import { renderHtmlReport } from '../../../src/main/core/compare/export'
import { personOf } from '../../../src/main/core/compare/storage/statement-cards'
import { BY, RU, card } from './cards'

describe('whose statement a card is', () => {
  it('names the person a mention refers to, or a mention that is a name, never the body itself', () => {
    expect(personOf('sie', 'Maria Sacharowa')).toBe('Maria Sacharowa')
    expect(personOf('Maria Sacharowa', null)).toBe('Maria Sacharowa')
    expect(personOf('das russische Außenministerium', null)).toBeNull()
    expect(personOf('Die Behörde', null)).toBeNull()
    expect(personOf('Анатолий Глаз', null)).toBe('Анатолий Глаз')
    expect(personOf('МИД России', null)).toBeNull()
    expect(personOf(null, null)).toBeNull()
  })

  it('prints the person on the card in the body’s column', () => {
    const model = buildComparisonModel({
      title: 'Kasachstan',
      scopeLabel: 'Tag: kz',
      actors: [RU, BY],
      cards: [
        card('ru-mfa', 'Die Unruhen seien von außen gesteuert.', '2022-01-07', { speaker: 'Maria Sacharowa' }),
        card('by-mfa', 'Es handle sich um einen Putschversuch.', '2022-01-07'),
      ],
      layout: 'timeline',
      now: new Date('2022-02-01T00:00:00Z'),
    })
    expect(model.rows.flatMap((r) => r.cells.flat()).length).toBe(2)
    const { document } = parseHTML(renderHtmlReport(model))
    const speakers = [...document.querySelectorAll('.card .speaker')].map((e) => e.textContent)
    expect(speakers).toEqual(['Maria Sacharowa'])
  })
})
