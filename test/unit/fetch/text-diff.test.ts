import { describe, expect, it } from 'vitest'
import { countWords, diffTexts } from '../../../src/main/core/fetch/text-diff'

describe('diffTexts', () => {
  it('shows an edited Russian statement word by word', () => {
    const before = 'Министерство заявило, что переговоры продолжатся.\n\nВторой абзац остаётся.'
    const after = 'Министерство заявило, что переговоры прекращены.\n\nВторой абзац остаётся.'
    const diff = diffTexts(before, after)
    expect(diff.parts).toEqual([
      { op: '=', text: 'Министерство заявило, что переговоры ' },
      { op: '-', text: 'продолжатся' },
      { op: '+', text: 'прекращены' },
      { op: '=', text: '.\n\nВторой абзац остаётся.' },
    ])
    expect([diff.addedWords, diff.removedWords]).toEqual([1, 1])
  })

  it('shows a deleted German paragraph', () => {
    const before = 'Die Ministerin sagte: „Wir helfen.“\n\nDeutschland liefert keine Waffen.\n\nEnde der Mitteilung.'
    const after = 'Die Ministerin sagte: „Wir helfen.“\n\nEnde der Mitteilung.'
    const diff = diffTexts(before, after)
    expect(diff.parts.filter((p) => p.op === '-').map((p) => p.text.trim())).toEqual(['Deutschland liefert keine Waffen.'])
    expect(diff.parts.some((p) => p.op === '+')).toBe(false)
    expect(diff.removedWords).toBe(4)
    // Joining the unchanged and added parts gives the new text; unchanged and removed, the old one.
    expect(diff.parts.filter((p) => p.op !== '-').map((p) => p.text).join('')).toBe(after)
    expect(diff.parts.filter((p) => p.op !== '+').map((p) => p.text).join('')).toBe(before)
  })

  it('falls back to paragraphs when two long texts have nothing in common, and stays fast', () => {
    const a = Array.from({ length: 4000 }, (_, i) => `alpha${i}`).join(' ')
    const b = Array.from({ length: 4000 }, (_, i) => `beta${i}`).join(' ')
    const started = Date.now()
    const diff = diffTexts(a, b)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(diff.addedWords).toBe(4000)
    expect(diff.removedWords).toBe(4000)
  })

  it('counts words in any script', () => {
    expect(countWords('Außenministerin sagte «нет» — and left.')).toBe(5)
  })
})
