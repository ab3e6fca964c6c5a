import { describe, expect, it } from 'vitest'
import { phraseSlot, quoteSegments } from '../../../src/renderer/src/lib/quote-segments'

describe('quote segments for the compare view', () => {
  it('splits a quote into plain and phrase pieces that join back to the quote', () => {
    const quote = 'Ein von außen gesteuerter Putschversuch.'
    const segments = quoteSegments(quote, [
      { start: 26, end: 39, phraseId: 2 },
      { start: 4, end: 13, phraseId: 1 },
    ])
    expect(segments).toEqual([
      { text: 'Ein ', phraseId: null },
      { text: 'von außen', phraseId: 1 },
      { text: ' gesteuerter ', phraseId: null },
      { text: 'Putschversuch', phraseId: 2 },
      { text: '.', phraseId: null },
    ])
    expect(segments.map((s) => s.text).join('')).toBe(quote)
  })

  it('skips overlapping, empty and out-of-range ranges instead of garbling the text', () => {
    const quote = 'колонны боевиков'
    const segments = quoteSegments(quote, [
      { start: 0, end: 7, phraseId: 1 },
      { start: 3, end: 10, phraseId: 2 },
      { start: 8, end: 8, phraseId: 3 },
      { start: 8, end: 99, phraseId: 4 },
    ])
    expect(segments).toEqual([
      { text: 'колонны', phraseId: 1 },
      { text: ' боевиков', phraseId: null },
    ])
  })

  it('cycles through the eight colours the printed report uses', () => {
    expect([1, 8, 9].map(phraseSlot)).toEqual([0, 7, 0])
  })
})
