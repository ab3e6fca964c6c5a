import { describe, expect, it } from 'vitest'
import { createActorMatcher, genericBodyKind } from '../../../src/main/core/actors/matcher'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import type { Actor } from '../../../src/main/core/actors/types'

const seed = defaultSeed()
const matcher = createActorMatcher(seed.actors, seed.lexicon)

/** "surface=actor" for every mention, in text order. */
const found = (text: string, language?: string) => matcher.findMentions(text, language).map((m) => `${m.surface}=${m.actorId}`)

describe('actor matcher: German', () => {
  it.each([
    ['Das teilte eine Sprecherin des russischen Außenministeriums am Montag mit.', ['des russischen Außenministeriums=ru-mfa']],
    ['Das russische Außenministerium bestellte den Botschafter ein.', ['Das russische Außenministerium=ru-mfa']],
    ['Nach Angaben aus dem russischen Außenministerium werde Moskau reagieren.', ['dem russischen Außenministerium=ru-mfa', 'Moskau=ru-gov']],
    ['Russlands Außenamt sprach von einer Provokation.', ['Russlands Außenamt=ru-mfa']],
    ['Das Außenministerium Russlands wies die Vorwürfe zurück.', ['Das Außenministerium Russlands=ru-mfa']],
    ['Das Außenministerium in Moskau wies die Vorwürfe zurück.', ['Das Außenministerium in Moskau=ru-mfa']],
    ['Das Außenministerium der Russischen Föderation erklärte, …', ['Das Außenministerium der Russischen Föderation=ru-mfa']],
    ['Kasachstans Regierung rief den Notstand aus.', ['Kasachstans Regierung=kz-gov']],
    ['Die kasachische Regierung trat zurück.', ['Die kasachische Regierung=kz-gov']],
    ['Der Kreml wies die Berichte zurück.', ['Der Kreml=ru-pres']],
    ['Kremlsprecher Dmitri Peskow sagte, …', ['Kremlsprecher=ru-pres']],
    ['Die OVKS entsandte Truppen; ein Sprecher der OVKS sagte, …', ['Die OVKS=csto', 'der OVKS=csto']],
    ['Die Organisation des Vertrags über kollektive Sicherheit tagte in Moskau.', ['Die Organisation des Vertrags über kollektive Sicherheit=csto', 'Moskau=ru-gov']],
    ['Ein Sprecher des US-Außenministeriums sagte, die US-Regierung prüfe Sanktionen.', ['des US-Außenministeriums=us-mfa', 'die US-Regierung=us-gov']],
    ['Das Auswärtige Amt in Berlin teilte mit, …', ['Das Auswärtige Amt in Berlin=de-mfa']],
    ['In der Erklärung des Auswärtigen Amtes hieß es, …', ['des Auswärtigen Amtes=de-mfa']],
    ['Belarus’ Außenministerium warf Litauen vor, …', ['Belarus’ Außenministerium=by-mfa', 'Litauen=lt-gov']],
    ['Die russische und die kasachische Regierung einigten sich.', ['Die russische=ru-gov', 'die kasachische Regierung=kz-gov']],
    ['Die Außenministerien Russlands und Kasachstans sprachen von Terror.', ['Die Außenministerien Russlands=ru-mfa', 'Kasachstans=kz-mfa']],
    ['Der UN-Sicherheitsrat und die EU-Kommission äußerten sich.', ['Der UN-Sicherheitsrat=un-sc', 'die EU-Kommission=eu-commission']],
  ])('%s', (text, expected) => {
    expect(found(text, 'de')).toEqual(expected)
  })

  it('reads inflected German through soft hyphens and ß/ss spellings', () => {
    expect(found('Das Aussen\u00ADministerium Russlands', 'de')).toEqual(['Das Aussen\u00ADministerium Russlands=ru-mfa'])
    expect(found('des russischen Aussenministeriums', 'de')).toEqual(['des russischen Aussenministeriums=ru-mfa'])
  })
})

describe('actor matcher: English', () => {
  it.each([
    ["Russia's Foreign Ministry said the move was hostile.", ["Russia's Foreign Ministry=ru-mfa"]],
    ['The Russian MFA issued a statement.', ['The Russian MFA=ru-mfa']],
    ['The Foreign Ministry of Russia said on Friday that …', ['The Foreign Ministry of Russia=ru-mfa']],
    ['Russian foreign ministry spokeswoman Maria Zakharova said …', ['Russian foreign ministry=ru-mfa']],
    ['The Kremlin said it had no plans to respond.', ['The Kremlin=ru-pres']],
    ['On Monday, Moscow said it would retaliate.', ['Moscow=ru-gov']],
    ['The US State Department and the UK Foreign Office condemned the arrests.', ['The US State Department=us-mfa', 'the UK Foreign Office=gb-mfa']],
    ['Downing Street said the prime minister was briefed.', ['Downing Street=gb-gov']],
    ['The White House declined to comment.', ['The White House=us-pres']],
    ["Kazakhstan's government resigned; the Kazakh Foreign Ministry said …", ["Kazakhstan's government=kz-gov", 'the Kazakh Foreign Ministry=kz-mfa']],
    ['The Russian and Belarusian foreign ministries issued a joint statement.', ['The Russian=ru-mfa', 'Belarusian foreign ministries=by-mfa']],
    ['The Russian Foreign Office summoned the ambassador.', ['The Russian Foreign Office=ru-mfa']],
    ['US Secretary of State Antony Blinken spoke to Russian Foreign Minister Sergei Lavrov.', ['US Secretary of State=us-mfa', 'Russian Foreign Minister=ru-mfa']],
    ["NATO's secretary general and the CSTO met in Vienna.", ["NATO's=nato", 'the CSTO=csto', 'Vienna=at-gov']],
  ])('%s', (text, expected) => {
    expect(found(text, 'en')).toEqual(expected)
  })
})

describe('actor matcher: Russian', () => {
  it.each([
    ['Официальный представитель МИД России Мария Захарова заявила …', ['МИД России=ru-mfa']],
    ['В МИД РФ отметили, что …', ['МИД РФ=ru-mfa']],
    ['Российский МИД выразил протест.', ['Российский МИД=ru-mfa']],
    ['Представитель российского МИДа сообщил …', ['российского МИДа=ru-mfa']],
    ['Министерство иностранных дел Российской Федерации заявляет …', ['Министерство иностранных дел Российской Федерации=ru-mfa']],
    ['Как сообщили в пресс-службе Министерства иностранных дел Белоруссии, …', ['Министерства иностранных дел Белоруссии=by-mfa']],
    ['Заявление Министерства иностранных дел Беларуси гласит …', ['Министерства иностранных дел Беларуси=by-mfa']],
    ['Белорусское внешнеполитическое ведомство назвало это провокацией.', ['Белорусское внешнеполитическое ведомство=by-mfa']],
    ['Правительство Казахстана ушло в отставку.', ['Правительство Казахстана=kz-gov']],
    ['В Кремле заявили, что ОДКБ направит миротворцев.', ['Кремле=ru-pres', 'ОДКБ=csto']],
    ['Госдеп США и МИД КНР обменялись заявлениями.', ['Госдеп США=us-mfa', 'МИД КНР=cn-mfa']],
    ['МИД России и Белоруссии выступили с заявлением.', ['МИД России=ru-mfa', 'Белоруссии=by-mfa']],
    ['Пресс-секретарь президента России Дмитрий Песков сказал …', ['Пресс-секретарь президента России=ru-pres']],
  ])('%s', (text, expected) => {
    expect(found(text, 'ru')).toEqual(expected)
  })

  it('folds ё and keeps й distinct', () => {
    expect(found('Соединённые Штаты Америки и Соединенные Штаты', 'ru')).toEqual(['Соединённые Штаты Америки=us-gov', 'Соединенные Штаты=us-gov'])
    expect(found('Китайский МИД', 'ru')).toEqual(['Китайский МИД=cn-mfa'])
  })
})

describe('actor matcher: what is not a mention', () => {
  it.each([
    ['Im Russischunterricht lernen Schüler das kyrillische Alphabet.'],
    ['Der russische Botschafter wurde einbestellt.'],
    ['Das Außenministerium teilte mit, man sei besorgt.'],
    ['Das Minsker Abkommen sah einen Waffenstillstand vor.'],
    ['Минские соглашения так и не были выполнены.'],
    ['Die Russland-Politik der Regierung wurde kritisiert.'],
    ['The Minsk agreements collapsed.'],
    ['The Moscow Times and The Washington Post reported it.'],
    ['The pro-Russian government was criticised.'],
    ['Министерство сообщило о новых мерах.'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([])
  })

  it('lowers a metonym after a preposition and knows capitals from country names', () => {
    const [moscow] = matcher.findMentions('Moskau erklärte, …', 'de')
    const [inMoscow] = matcher.findMentions('Das Treffen fand in Moskau statt.', 'de')
    const [russia] = matcher.findMentions('Russland erklärte, …', 'de')
    expect(moscow).toMatchObject({ actorId: 'ru-gov', via: 'metonym' })
    expect(inMoscow.confidence).toBeLessThan(moscow.confidence)
    expect(russia.confidence).toBeLessThan(moscow.confidence)
  })
})

describe('actor matcher: offsets, generic references, user actors', () => {
  it('gives UTF-16 offsets into the text', () => {
    const text = '„Wir sind besorgt“, hieß es aus dem Außenministerium in Minsk.'
    const [m] = matcher.findMentions(text, 'de')
    expect(text.slice(m.start, m.end)).toBe('dem Außenministerium in Minsk')
    expect(m).toMatchObject({ actorId: 'by-mfa', via: 'alias' })
  })

  it('reports generic references outside mentions', () => {
    const refs = matcher.findGenericReferences('Das russische Außenministerium protestierte. Das Ministerium erklärte, die Behörde …', 'de')
    expect(refs.map((r) => `${r.surface}:${r.kind}`)).toEqual(['Das Ministerium:ministry', 'die Behörde:ministry'])
    expect(matcher.findGenericReferences('so das Außenministerium', 'de').map((r) => r.kind)).toEqual(['foreign-ministry'])
  })

  it.each([
    ['das Ministerium', 'ministry'],
    ['die Behörde', 'ministry'],
    ['dieses Ministerium', 'ministry'],
    ['the ministry', 'ministry'],
    ['the department', 'ministry'],
    ['ведомство', 'ministry'],
    ['министерство', 'ministry'],
    ['das Außenministerium', 'foreign-ministry'],
    ['МИД', 'foreign-ministry'],
    ['the government', 'government'],
    ['die Regierung', 'government'],
    ['das Bündnis', 'organisation'],
    ['das russische Außenministerium', null],
    ['der Botschafter', null],
    ['', null],
  ])('genericBodyKind(%j) = %j', (text, kind) => {
    expect(genericBodyKind(text)).toBe(kind)
  })

  it('combines a user actor’s body alias with its country, and only its country', () => {
    const defence: Actor = {
      id: 'ru-mod',
      name: 'Russian Ministry of Defence',
      kind: 'ministry',
      country: 'ru',
      origin: 'user',
      aliases: [
        { text: 'Verteidigungsministerium', language: 'de', kind: 'body' },
        { text: 'Минобороны!', language: 'ru', kind: 'body' },
      ],
    }
    const m = createActorMatcher([...seed.actors, defence], seed.lexicon)
    expect(m.findMentions('Das russische Verteidigungsministerium meldete …', 'de').map((x) => x.actorId)).toEqual(['ru-mod'])
    expect(m.findMentions('Минобороны России сообщило …', 'ru').map((x) => x.actorId)).toEqual(['ru-mod'])
    expect(m.findMentions('Das kasachische Verteidigungsministerium meldete …', 'de')).toEqual([])
  })

  it('drops combinations whose actor is not in the registry', () => {
    const withoutRuMfa = seed.actors.filter((a) => a.id !== 'ru-mfa')
    const m = createActorMatcher(withoutRuMfa, seed.lexicon)
    expect(m.findMentions('Das russische Außenministerium erklärte …', 'de').map((x) => x.actorId)).toEqual([])
    expect(m.actor('ru-mfa')).toBeUndefined()
    expect(m.actor('ru-gov')?.name).toBe('Russian Government')
  })
})
