/**
 * Speech nouns with a content clause (noun-content.ts), on excerpts of real text: redewiedergabe-de-dev
 * (German press) and PolNeAR (US political news).
 */
import { describe, expect, it } from 'vitest'
import { extract } from './helpers'

const found = (text: string, language: string) => extract(text, language).map((s) => [s.quote, s.speaker, s.cue])

describe('speech nouns with a content clause', () => {
  it('takes the content and the noun’s owner: after it, possessive before it, or the subject of a light verb', () => {
    expect(found('Herr Negrier machte die Bemerkung, daß dieses Mittel nur dann das Bluten hindert, wenn es von einer Arterie herrührt.', 'de')).toEqual([
      ['dieses Mittel nur dann das Bluten hindert, wenn es von einer Arterie herrührt', 'Herr Negrier', 'Bemerkung'],
    ])
    expect(found("Donald Trump's claim that there have been thousands of shootings in Chicago this year is not new.", 'en')).toEqual([
      ['there have been thousands of shootings in Chicago this year is not new', 'Donald Trump', 'claim'],
    ])
    // A light verb with its particle ("gab die Erklärung ab, es werde …"), and "wonach" as complementizer.
    expect(found('Finanzminister Goschen gab die Erklärung ab, es werde notwendig werden, den Rückkauf solange zu sistieren.', 'de')).toEqual([
      ['es werde notwendig werden, den Rückkauf solange zu sistieren', 'Finanzminister Goschen', 'Erklärung'],
    ])
    expect(found('Der Sprecher gab eine Stellungnahme ab, wonach das Ministerium nichts gewusst habe.', 'de')).toEqual([
      ['das Ministerium nichts gewusst habe', 'Der Sprecher', 'Stellungnahme'],
    ])
    const ru = found('Заявление МИД России о том, что учения носят плановый характер, вызвало вопросы.', 'ru')
    expect(ru).toEqual([['учения носят плановый характер', 'МИД России', 'Заявление']])
  })

  it('names no speaker when someone else relates to the noun ("rejected the claim that …")', () => {
    expect(found('The ministry rejected the claim that its troops had crossed the border.', 'en')).toEqual([['its troops had crossed the border', null, 'claim']])
  })

  it('does not read a relative clause or an indicative German clause as content', () => {
    expect(found('The claim that he made in May was repeated by no one else at the hearing.', 'en')).toEqual([])
    expect(found('Die Erklärung, die gestern veröffentlicht wurde, enthält keine neuen Zahlen.', 'de')).toEqual([])
  })
})
