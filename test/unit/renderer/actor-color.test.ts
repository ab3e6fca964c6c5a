import { describe, expect, it } from 'vitest'
import { actorColor, actorHue } from '../../../src/renderer/src/lib/actor-color'

describe('actor colours', () => {
  it('gives an actor the same colour every time', () => {
    expect(actorColor('ru-mfa')).toBe(actorColor('ru-mfa'))
  })

  it('keeps neighbouring ministries apart', () => {
    const ids = ['ru-mfa', 'by-mfa', 'kz-mfa', 'us-mfa', 'de-mfa', 'ru-gov', 'csto', 'nato']
    const hues = ids.map(actorHue)
    for (const h of hues) expect(h).toBeGreaterThanOrEqual(0)
    for (const h of hues) expect(h).toBeLessThan(360)
    // The two ministries of the typical article are clearly distinguishable (hue distance on the circle).
    const d = Math.abs(actorHue('ru-mfa') - actorHue('by-mfa'))
    expect(Math.min(d, 360 - d)).toBeGreaterThan(30)
    expect(new Set(hues).size).toBe(ids.length)
  })
})
