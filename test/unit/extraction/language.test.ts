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

  it('goes by the majority of the article, not its first line', () => {
    const text = [
      'Breaking: Foreign Ministry statement on Kazakhstan',
      'Das russische Außenministerium hat die Unruhen in Kasachstan als einen von außen gesteuerten Versuch bezeichnet, die Sicherheit und Integrität des Staates zu untergraben.',
      'Die Russische Föderation werde ihren Verbündeten im Rahmen der Organisation des Vertrags über kollektive Sicherheit beistehen, hieß es in einer Erklärung.',
      'Auch das belarussische Außenministerium äußerte sich am Abend und sprach von einem Putschversuch, der mit Unterstützung aus dem Ausland vorbereitet worden sei.',
    ].join('\n\n')
    expect(detectLanguage(text, null)).toBe('de')
  })
})
