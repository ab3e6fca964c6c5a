import { describe, expect, it } from 'vitest'
import { extract, summary } from './helpers'

describe('direct quotes', () => {
  it('attributes a quote to the speaker after it („…“, sagte X / "…," X said / «…», — заявил X)', () => {
    expect(summary('„Wir reagieren angemessen“, sagte das russische Außenministerium am Montag.', 'de')).toEqual([
      ['direct', 'Wir reagieren angemessen', 'ru-mfa'],
    ])
    expect(summary('“We will respond,” the Russian Foreign Ministry said in a statement.', 'en')).toEqual([['direct', 'We will respond,', 'ru-mfa']])
    expect(summary('«Мы ответим адекватно», — заявили в МИД России.', 'ru')).toEqual([['direct', 'Мы ответим адекватно', 'ru-mfa']])
  })

  it('reports the cue and the speaker as written, with offsets', () => {
    const [s] = extract('„Wir reagieren“, heißt es auf der Seite des russischen Außenministeriums.', 'de')
    expect(s).toMatchObject({ cue: 'heißt es', speaker: 'des russischen Außenministeriums', actorId: 'ru-mfa', needsReview: false })
    expect(s.confidence).toBeGreaterThan(0.7)
  })

  it('gives the second half of a quote interrupted by its inquit to the same speaker, whatever its first word (redewiedergabe-de-dev)', () => {
    const text = '„Die Stimmen in Deutschland“, so führt der genannte Gelehrte aus, „zerfallen in drei Gruppen.“'
    expect(extract(text, 'de').map((s) => [s.kind, s.quote, s.speaker])).toEqual([
      ['direct', 'Die Stimmen in Deutschland', 'der genannte Gelehrte'],
      ['direct', 'zerfallen in drei Gruppen.', 'der genannte Gelehrte'],
    ])
    expect(extract('"This is wrong," the minister said, "and we will not accept it."', 'en').map((s) => s.speaker)).toEqual(['the minister', 'the minister'])
    // PolNeAR: a clause of its own between two quotes is no interrupting inquit; the sentence is one reported statement.
    const flynn = 'Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” when he said Wednesday night that under President Barack Obama, “the generals have been reduced to rubble.”'
    expect(extract(flynn, 'en').map((s) => [s.kind, s.speaker])).toEqual([['reported', 'Retired Lt. Gen. Michael Flynn']])
  })

  it('takes a quote introduced by a colon, in any style', () => {
    expect(summary('Das belarussische Außenministerium erklärte: »Wir verurteilen jeden Putschversuch.«', 'de')).toEqual([
      ['direct', 'Wir verurteilen jeden Putschversuch.', 'by-mfa'],
    ])
    expect(summary('МИД Белоруссии заявил: «Мы осуждаем любые попытки переворота».', 'ru')).toEqual([
      ['direct', 'Мы осуждаем любые попытки переворота', 'by-mfa'],
    ])
  })

  it('takes Russian direct speech with dashes and no quotation marks', () => {
    expect(summary('— Мы не допустим повторения, — заявили в МИД России.', 'ru')).toEqual([['direct', 'Мы не допустим повторения', 'ru-mfa']])
  })

  it('continues the source for a quote standing on its own, and over reopened paragraphs (one statement each)', () => {
    const text = '„Wir reagieren“, sagte das russische Außenministerium.\n\n„Das ist klar.\n\n„Und es bleibt dabei.“'
    expect(summary(text, 'de')).toEqual([
      ['direct', 'Wir reagieren', 'ru-mfa'],
      ['direct', 'Das ist klar.', 'ru-mfa'],
      ['direct', 'Und es bleibt dabei.', 'ru-mfa'],
    ])
  })

  it('resolves pronouns to the current source, within reach', () => {
    const text = 'Russia\'s Foreign Ministry issued a statement on Monday.\n\n“This is unacceptable,” it said.'
    expect(summary(text, 'en')).toEqual([['direct', 'This is unacceptable,', 'ru-mfa']])
    const far = 'Russia\'s Foreign Ministry issued a statement.\n\nOther news.\n\nMore news here.\n\n“This is unacceptable,” she said.'
    expect(summary(far, 'en')).toEqual([['direct', 'This is unacceptable,', null]])
  })
})

describe('partial quotes and quotes that are not statements', () => {
  it('takes a partial quote inside an attributed sentence', () => {
    expect(summary('Das belarussische Außenministerium brachte seine „große Besorgnis“ zum Ausdruck.', 'de')).toEqual([
      ['partial', 'große Besorgnis', 'by-mfa'],
    ])
    expect(summary('Russia\'s Foreign Ministry called the events an “attempt to undermine” the state.', 'en')).toEqual([
      ['partial', 'the events an “attempt to undermine”', 'ru-mfa'],
    ])
    // What was named belongs to the statement with the quoted name.
    expect(summary('МИД Белоруссии назвал события «попыткой переворота».', 'ru')).toEqual([['partial', 'события «попыткой переворота»', 'by-mfa']])
  })

  it('ignores titles, names and distancing quotes', () => {
    expect(summary('Die Zeitung „Iswestija“ berichtete über die sogenannte „Volksrepublik“ und die Pipeline „Nord Stream 2“.', 'de')).toEqual([])
    expect(summary('Ships took part in the "Sea Breeze" drills and in operation “Sea Shield”.', 'en')).toEqual([])
    expect(summary('Газета «Известия» сообщила о планах ПАО «Газпром».', 'ru')).toEqual([])
  })

  it('ignores short quotes with no cue and no speaker', () => {
    expect(summary('Die Lage gilt als „angespannt“ und „unübersichtlich“.', 'de')).toEqual([])
  })
})
