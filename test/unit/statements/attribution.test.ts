import { describe, expect, it } from 'vitest'
import { extract, summary } from './helpers'

describe('attribution across sentences', () => {
  it('resolves "das Ministerium" to the ministry named most recently: Belarus\'s in a passage about Belarus', () => {
    const text =
      'Das russische Außenministerium sprach von einem Angriff von außen.\n\n' +
      'Das belarussische Außenministerium äußerte sich am Abend. Die Ereignisse trügen Merkmale eines Putsches, so das Ministerium.'
    // "sprach von …" characterises: a statement of its own.
    expect(summary(text, 'de')).toEqual([
      ['reported', 'von einem Angriff von außen', 'ru-mfa'],
      ['reported', 'Die Ereignisse trügen Merkmale eines Putsches', 'by-mfa'],
    ])
  })

  it('resolves "the ministry" and "ведомство" the same way', () => {
    expect(summary('Belarus\'s Foreign Ministry issued a statement. The ministry said the unrest was a coup attempt.', 'en')).toEqual([
      ['reported', 'the unrest was a coup attempt', 'by-mfa'],
    ])
    expect(summary('МИД Белоруссии выступил с заявлением. В ведомстве подчеркнули, что Минск готов помочь.', 'ru')).toEqual([
      ['reported', 'Минск готов помочь', 'by-mfa'],
    ])
  })

  it('leaves the actor open, for review, when two ministries were named together', () => {
    const text = 'Das russische Außenministerium und das belarussische Außenministerium äußerten sich. Die Lage sei ernst, so das Ministerium.'
    const [s] = extract(text, 'de')
    expect(s).toMatchObject({ kind: 'reported', actorId: null, needsReview: true })
  })

  it('uses the country named with a generic body ("die Behörde in Minsk")', () => {
    const text = 'Das russische Außenministerium und das belarussische Außenministerium äußerten sich. Die Lage sei ernst, teilte die Behörde in Minsk mit.'
    expect(summary(text, 'de')).toEqual([['reported', 'Die Lage sei ernst', 'by-mfa']])
  })

  it('starts a new context at a subheading: "heißt es" after it does not continue the earlier source', () => {
    const text = '„Wir sind besorgt“, sagte das russische Außenministerium.\n\nReaktionen aus dem Westen\n\n„Das ist inakzeptabel“, hieß es.'
    expect(summary(text, 'de')).toEqual([
      ['direct', 'Wir sind besorgt', 'ru-mfa'],
      ['direct', 'Das ist inakzeptabel', null],
    ])
  })

  it('gives a spokesperson\'s statements to the body she speaks for, also by surname later', () => {
    const text =
      'Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sagte: „Wir reagieren.“\n\nSpäter fügte Sacharowa hinzu, Moskau bleibe gelassen.'
    expect(summary(text, 'de')).toEqual([
      ['direct', 'Wir reagieren.', 'ru-mfa'],
      ['reported', 'Moskau bleibe gelassen', 'ru-mfa'],
    ])
    expect(summary('Официальный представитель МИД России Мария Захарова заявила: «Мы ответим». По словам Захаровой, решение уже принято.', 'ru')).toEqual([
      ['direct', 'Мы ответим', 'ru-mfa'],
      ['reported', 'решение уже принято', 'ru-mfa'],
    ])
  })

  it('knows a counterpart by the office of the current speaker and the nationality named', () => {
    const text = "Russia's Foreign Ministry hosted talks on Monday with its Belarusian counterpart Ivan Petrov. Petrov said the talks had been useful."
    expect(summary(text, 'en')).toEqual([['reported', 'the talks had been useful', 'by-mfa']])
  })

  it('does not give an analyst\'s words to the ministry in context', () => {
    const text = '„Wir reagieren“, sagte das russische Außenministerium. „Das ist ein Wendepunkt“, sagte der Politologe Andreas Krämer.'
    const [, s] = extract(text, 'de')
    expect(s).toMatchObject({ quote: 'Das ist ein Wendepunkt', actorId: null, needsReview: false })
  })

  it('does not take a place or a country modifier for the speaker', () => {
    expect(summary('“It is over,” said the analyst after talks in Moscow.', 'en')).toEqual([['direct', 'It is over,', null]])
    expect(summary('Russia officials said the talks had failed.', 'en')[0][2]).toBeNull()
  })
})

describe('robustness', () => {
  it('keeps offsets valid on random mixtures of marks, cues and names', () => {
    const pieces = ['„', '“', '«', '»', '"', '‚', '‘', '’', '\n\n', ' sagte ', ' said ', ' заявил ', 'Moskau', ' das Ministerium ', ' sei ', ', ', '. ', '— ']
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let round = 0; round < 200; round++) {
      let text = ''
      for (let i = next() % 120; i > 0; i--) text += pieces[next() % pieces.length] + 'Wort'
      for (const language of ['de', 'en', 'ru']) expect(() => extract(text, language)).not.toThrow()
    }
  })

  it('handles texts without any statement and empty texts', () => {
    expect(extract('', 'de')).toEqual([])
    expect(extract('Nur Text ohne Aussagen. Noch ein Satz.', 'de')).toEqual([])
  })
})
