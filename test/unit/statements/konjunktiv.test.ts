import { describe, expect, it } from 'vitest'
import { findKonjunktiv } from '../../../src/main/core/statements/konjunktiv'

const forms = (text: string) => findKonjunktiv(text, 0, text.length).map((h) => `${h.form}:${h.strength}`)

describe('findKonjunktiv', () => {
  it('finds unambiguous and irregular forms', () => {
    expect(forms('Die Lage sei ruhig, die Truppen seien abgezogen, man habe nichts, er werde kommen, sie könne es.')).toEqual([
      'sei:strong',
      'seien:strong',
      'habe:strong',
      'werde:strong',
      'könne:strong',
    ])
  })

  it('recognises regular verbs by morphology in a finite position', () => {
    expect(forms('Die Regierung beklage die Gewalt und bestätige die Angaben.')).toEqual(['beklage:weak', 'bestätige:weak'])
    expect(forms('Man respektiere die Souveränität.')).toEqual(['respektiere:strong'])
    expect(forms('…, weil die Regierung Gewalt anwende.')).toEqual(['anwende:weak'])
  })

  it('does not take adjectives, past tense or first person for Konjunktiv', () => {
    expect(forms('Die russische Regierung sah eine große Gefahr für die kasachische Seite.')).toEqual([])
    expect(forms('Das Ministerium sagte und erklärte, es warnte davor.')).toEqual([])
    expect(forms('Ich habe das gesagt, wir werde nie.')).toEqual([])
  })

  it('counts the Konjunktiv II substitutes as weak evidence', () => {
    expect(forms('Die Truppen würden abgezogen.')).toEqual(['würden:weak'])
  })
})
