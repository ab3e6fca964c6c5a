import { describe, expect, it } from 'vitest'
import { cardPieces, pieceBudget } from '../../../src/main/core/compare/export/card-pieces'
import type { ComparisonCard } from '../../../src/shared/api/compare'
import { card } from './cards'

const sentence = 'Die Friedenstruppen der OVKS würden nach Kasachstan entsandt, um strategische Objekte zu schützen. '
const long = (n: number) => sentence.repeat(n).trim()
const asCard = (quote: string, extra: Partial<ComparisonCard> = {}): ComparisonCard => ({ ...card('ru-mfa', quote, '2022-01-07'), column: 0, ref: 1, highlights: [], ...extra })

describe('cards cut into pieces shorter than a page', () => {
  it('leaves a card that fits whole', () => {
    const pieces = cardPieces(asCard('Kurz.', { translation: 'Short.', note: 'n' }), 600)
    expect(pieces).toHaveLength(1)
    expect(pieces[0]).toMatchObject({ first: true, last: true })
    expect(pieces[0].runs.map((r) => r.part)).toEqual(['quote', 'translation', 'note'])
  })

  it('breaks a long quote between sentences, keeping every character and the highlights in place', () => {
    const quote = long(20)
    const at = quote.indexOf('Kasachstan', 1500)
    const c = asCard(quote, { highlights: [{ start: at, end: at + 10, phraseId: 1 }] })
    const pieces = cardPieces(c, 600)
    expect(pieces.length).toBeGreaterThanOrEqual(4)
    for (const p of pieces) for (const r of p.runs) expect(r.text.length).toBeLessThanOrEqual(600)
    for (const p of pieces.slice(0, -1)) expect(p.runs.at(-1)!.text).toMatch(/schützen\.$/)
    expect(pieces.map((p) => p.runs.map((r) => r.text).join(' ')).join(' ')).toBe(quote)
    const marked = pieces.flatMap((p) => p.runs.flatMap((r) => r.highlights.map((h) => r.text.slice(h.start, h.end))))
    expect(marked).toEqual(['Kasachstan'])
    expect(pieces.map((p) => [p.first, p.last])).toEqual(pieces.map((_, i) => [i === 0, i === pieces.length - 1]))
  })

  it('cuts at a space where no sentence ends', () => {
    const pieces = cardPieces(asCard('wort '.repeat(400).trim()), 300)
    expect(pieces.length).toBeGreaterThan(5)
    expect(pieces.every((p) => p.runs.every((r) => /^wort( wort)*$/.test(r.text)))).toBe(true)
  })

  it('sizes pieces to the column: narrower columns and portrait pages hold less', () => {
    expect(pieceBudget(2, 'a4', true, 24)).toBeGreaterThan(pieceBudget(4, 'a4', true, 24))
    expect(pieceBudget(6, 'a4', false, 34)).toBeLessThan(pieceBudget(6, 'a4', true, 34))
    expect(pieceBudget(6, 'letter', false, 34)).toBeGreaterThanOrEqual(160)
  })
})
