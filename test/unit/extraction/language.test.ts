import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../src/main/core/extraction/language'

describe('detectLanguage', () => {
  it('detects German, English and Russian from the text', () => {
    expect(detectLanguage('Die Bundesregierung hat am Dienstag neue Sanktionen gegen mehrere Unternehmen beschlossen, teilte ein Sprecher mit.', 'en')).toBe('de')
    expect(detectLanguage('The government announced new sanctions against several companies on Tuesday, a spokesman said.', 'de')).toBe('en')
    expect(detectLanguage('Министерство иностранных дел заявило во вторник о новых мерах в отношении нескольких компаний.', null)).toBe('ru')
  })

  it('falls back to the declared language for text too short to tell', () => {
    expect(detectLanguage('Ja.', 'de')).toBe('de')
    expect(detectLanguage('OK', null)).toBeNull()
  })
})
