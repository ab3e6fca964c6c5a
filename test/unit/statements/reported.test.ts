import { describe, expect, it } from 'vitest'
import { extract, summary } from './helpers'

describe('German reported speech', () => {
  it('takes an infinitive clause after accusations, promises, threats and announcements, not after any verb', () => {
    expect(extract('Russlands Außenminister Sergej Lawrow warf dem Westen vor, den Konflikt anzuheizen.', 'de').map((s) => [s.quote, s.actorId])).toEqual([['den Konflikt anzuheizen', 'ru-mfa']])
    expect(extract('Moskau drohte, die Gaslieferungen einzustellen.', 'de').map((s) => s.quote)).toEqual(['die Gaslieferungen einzustellen'])
    expect(extract('Er versuchte, die Lage zu beruhigen.', 'de')).toEqual([])
  })

  it('takes a Konjunktiv clause before a trailing cue ("…, teilte X mit", "…, so X")', () => {
    expect(summary('Diese Entscheidung habe weitreichende Folgen, teilte das russische Außenministerium mit.', 'de')).toEqual([
      ['reported', 'Diese Entscheidung habe weitreichende Folgen', 'ru-mfa'],
    ])
    const [s] = extract('Die Lage bleibe angespannt, so das belarussische Außenministerium.', 'de')
    expect(s).toMatchObject({ kind: 'reported', quote: 'Die Lage bleibe angespannt', cue: 'so', actorId: 'by-mfa' })
  })

  it('takes the content clause after a speech verb, with or without "dass"', () => {
    expect(summary('Das russische Außenministerium erklärte am Dienstag, dass die Truppen abgezogen werden.', 'de')).toEqual([
      ['reported', 'die Truppen abgezogen werden', 'ru-mfa'],
    ])
    expect(summary('Das russische Außenministerium teilte am Montag mit, man stehe bereit.', 'de')[0]).toEqual(['reported', 'man stehe bereit', 'ru-mfa'])
  })

  it('requires the Konjunktiv where there is no "dass": an ordinary comma clause is no statement', () => {
    expect(summary('Das russische Außenministerium äußerte sich am Montag, nachdem die Proteste begonnen hatten.', 'de')).toEqual([])
  })

  it('takes source phrases: laut, nach Angaben, zufolge', () => {
    expect(summary('Laut dem russischen Außenministerium wurden 200 Menschen ausgeflogen.', 'de')).toEqual([
      ['reported', 'wurden 200 Menschen ausgeflogen', 'ru-mfa'],
    ])
    expect(summary('Dem belarussischen Außenministerium zufolge ist die Lage ruhig.', 'de')).toEqual([['reported', 'ist die Lage ruhig', 'by-mfa']])
  })

  it('reads "heißt es weiter" in parentheses as a cue and the whole sentence as the statement', () => {
    const text = 'Das russische Außenministerium veröffentlichte eine Erklärung. Der Artikel, heißt es weiter, sehe einen Abzug vor.'
    expect(summary(text, 'de')).toEqual([['reported', 'Der Artikel, heißt es weiter, sehe einen Abzug vor', 'ru-mfa']])
  })

  it('continues a source through Konjunktiv sentences, each sentence its own statement with the chain\'s speaker', () => {
    const text = '„Wir sind besorgt“, sagte das russische Außenministerium.\n\nDie Föderation werde helfen. Man stehe bereit, so das Ministerium.'
    expect(summary(text, 'de')).toEqual([
      ['direct', 'Wir sind besorgt', 'ru-mfa'],
      ['reported', 'Die Föderation werde helfen', 'ru-mfa'],
      ['reported', 'Man stehe bereit', 'ru-mfa'],
    ])
  })

  it('leaves a Konjunktiv sentence with no source in context unattributed', () => {
    const [s] = extract('Die Föderation werde ihren Verpflichtungen nachkommen.', 'de')
    expect(s).toMatchObject({ kind: 'reported', actorId: null, needsReview: true })
  })
})

describe('English reported speech', () => {
  it('takes "X said (that) …", "X told … that", "X stressed/warned that"', () => {
    expect(summary('Russia\'s Foreign Ministry said on Thursday that the protests were inspired from outside.', 'en')).toEqual([
      ['reported', 'the protests were inspired from outside', 'ru-mfa'],
    ])
    expect(summary('Russia\'s Foreign Ministry said the protests were inspired from outside.', 'en')[0][1]).toBe('the protests were inspired from outside')
    expect(summary('The Russian Foreign Ministry warned that any attack would be answered, and noted that troops were ready.', 'en')).toEqual([
      ['reported', 'any attack would be answered', 'ru-mfa'],
      ['reported', 'troops were ready', 'ru-mfa'],
    ])
  })

  it('takes a trailing cue and "according to"', () => {
    expect(summary('The situation is under control, Russia\'s Foreign Ministry said.', 'en')).toEqual([
      ['reported', 'The situation is under control', 'ru-mfa'],
    ])
    expect(summary('According to Belarus\'s Foreign Ministry, the soldiers will guard airports.', 'en')).toEqual([
      ['reported', 'the soldiers will guard airports', 'by-mfa'],
    ])
  })

  it('takes a clause without "that" after other speech verbs where a subject and an auxiliary open it', () => {
    // PolNeAR (polnear-en-dev).
    const found = extract('PolitiFact announced it will have 18 fact-checkers working during the first presidential debate. Twelve percent indicated that they were not sure.', 'en')
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ['it will have 18 fact-checkers working during the first presidential debate', 'PolitiFact'],
      ['they were not sure', 'Twelve percent'],
    ])
  })

  it('does not read "claimed victory" or "announced the deal" as reported speech', () => {
    expect(summary('Russia\'s Foreign Ministry claimed victory and announced the deal on Monday.', 'en')).toEqual([])
  })

  it('takes a trailing cue after a plural subject or a name with a parenthesis, and "told his audience …"', () => {
    // PolNeAR (polnear-en-dev), US political news.
    const said = extract('Donald Trump’s obsession with Barack Obama’s birth is an insult to all African-Americans, top black lawmakers said Friday afternoon, as they bristled at the continued questions.', 'en')
    expect(said.map((s) => [s.quote, s.speaker])).toEqual([['Donald Trump’s obsession with Barack Obama’s birth is an insult to all African-Americans', 'top black lawmakers']])
    const told = extract('Trump could embrace a clean energy policy as president, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.', 'en')
    expect(told.map((s) => [s.quote, s.speaker])).toEqual([['Trump could embrace a clean energy policy as president', 'Sen. Lindsey Graham']])
    const audience = extract('Donald Trump joked about stereotypes and told his audience they wouldn’t back him because he did not want their money.', 'en')
    expect(audience.map((s) => [s.quote, s.speaker])).toEqual([['they wouldn’t back him because he did not want their money', 'Donald Trump']])
    // A collective noun without -s is a plural subject too.
    expect(extract('Two men were arrested after the attack, police said.', 'en').map((s) => [s.quote, s.speaker])).toEqual([['Two men were arrested after the attack', 'police']])
  })

  it('takes a judgement with its complement ("criticized X for …", "accused X of …"), not a bare act ("condemned the attack")', () => {
    // PolNeAR (polnear-en-dev), US political news.
    const found = extract('On Tuesday, Clinton criticized Tulsa, Okla., police officer Betty Shelby for shooting and killing Terence Crutcher.', 'en')
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([['Tulsa, Okla., police officer Betty Shelby for shooting and killing Terence Crutcher', 'Clinton']])
    expect(summary('Russia\'s Foreign Ministry accused Western media of one-sided coverage.', 'en')).toEqual([['reported', 'Western media of one-sided coverage', 'ru-mfa']])
    expect(summary('Russia\'s Foreign Ministry condemned the attack on Monday.', 'en')).toEqual([])
    expect(summary('Russia\'s Foreign Ministry condemned Kyiv\'s recognition of the election results.', 'en')).toEqual([])
    expect(summary('Das russische Außenministerium kritisierte die Regierung in Kiew für ihre Haltung in der Frage.', 'de')).toEqual([
      ['reported', 'die Regierung in Kiew für ihre Haltung in der Frage', 'ru-mfa'],
    ])
    expect(summary('МИД России обвинил Вашингтон в разжигании напряжённости в Европе.', 'ru')).toEqual([['reported', 'Вашингтон в разжигании напряжённости в Европе', 'ru-mfa']])
  })
})

describe('Russian reported speech', () => {
  it('takes "X заявил, что …", "по словам X, …", "как сообщили в X, …", "в X отметили, что …"', () => {
    expect(summary('МИД России заявил, что ситуация находится под контролем.', 'ru')).toEqual([['reported', 'ситуация находится под контролем', 'ru-mfa']])
    expect(summary('По словам МИД Белоруссии, военные будут охранять аэропорты.', 'ru')).toEqual([['reported', 'военные будут охранять аэропорты', 'by-mfa']])
    expect(summary('Как сообщили в МИД Казахстана, эвакуация граждан завершена.', 'ru')).toEqual([['reported', 'эвакуация граждан завершена', 'kz-mfa']])
    expect(summary('В МИД России отметили, что Москва выполнит свои обязательства.', 'ru')).toEqual([
      ['reported', 'Москва выполнит свои обязательства', 'ru-mfa'],
    ])
  })

  it('takes the sentence before "Об этом заявил X"', () => {
    expect(summary('Россия выполнит свои союзнические обязательства. Об этом заявили в МИД России.', 'ru')).toEqual([
      ['reported', 'Россия выполнит свои союзнические обязательства', 'ru-mfa'],
    ])
  })
})
