import { describe, expect, it } from 'vitest'
import { formatPercent } from '../../../src/renderer/src/lib/format'
import { reasonsTooltip, shownReferent } from '../../../src/renderer/src/lib/statement-speaker'

describe('the speaker as shown', () => {
  it('shows a referent only when it says more than the mention', () => {
    expect(shownReferent({ speaker: 'er', speakerReferent: 'Herbert Diess' })).toBe('Herbert Diess')
    expect(shownReferent({ speaker: 'Herbert  Diess', speakerReferent: 'herbert diess' })).toBeNull()
    expect(shownReferent({ speaker: 'Diess', speakerReferent: ' ' })).toBeNull()
    expect(shownReferent({ speaker: 'Außenminister Radosław Sikorski', speakerReferent: 'Radosław Sikorski' })).toBeNull()
    expect(shownReferent({ speaker: 'Diess', speakerReferent: 'Herbert Diess' })).toBe('Herbert Diess')
    expect(shownReferent({ speaker: null, speakerReferent: 'Maria Sacharowa' })).toBe('Maria Sacharowa')
  })

  it('puts the reasons in one tooltip, one per line, and nothing when there are none', () => {
    expect(reasonsTooltip(['cue: “sagte”', ' ', 'speaker: “er” = Herbert Diess'], 'Why:')).toBe('Why:\n• cue: “sagte”\n• speaker: “er” = Herbert Diess')
    expect(reasonsTooltip([], 'Why:')).toBe('')
  })

  it('formats confidence as a percentage in the UI language', () => {
    expect(formatPercent(0.65, 'en')).toBe('65%')
    expect(formatPercent(0.5, 'de')).toMatch(/^50\s%$/u)
  })
})
