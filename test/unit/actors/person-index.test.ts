import { describe, expect, it } from 'vitest'
import { caseForms, createPersonIndex } from '../../../src/main/core/actors/person-index'
import { defaultPersons } from '../../../src/main/core/actors/person-seed'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { createActorMatcher } from '../../../src/main/core/actors/matcher'
import { extractStatements } from '../../../src/main/core/statements'

const persons = defaultPersons()
const index = createPersonIndex(persons)
const found = (text: string, language: string) => index.find(text, language).map((m) => [m.surface, m.personIds.join('|')])

describe('the person seed', () => {
  it('names only registry actors, with ordered dates and unique ids', () => {
    const actors = new Set(defaultSeed().actors.map((a) => a.id))
    expect(persons.length).toBeGreaterThan(50)
    expect(new Set(persons.map((p) => p.id)).size).toBe(persons.length)
    for (const p of persons) for (const o of p.offices) expect(actors.has(o.actor), `${p.id}: ${o.actor}`).toBe(true)
  })
})

describe('finding people', () => {
  it('keeps the particles of a surname with it ("von der Leyen")', () => {
    expect(found('Ursula von der Leyen sagte …; Von der Leyen betonte …; the Leyen family', 'de')).toEqual([
      ['Ursula von der Leyen', 'ursula-von-der-leyen'],
      ['Von der Leyen', 'ursula-von-der-leyen'],
      ['Leyen', 'ursula-von-der-leyen'],
    ])
  })

  it('finds full names and surnames in their case forms', () => {
    expect(found('Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sagte … Peskows Äußerungen', 'de')).toEqual([
      ['Maria Sacharowa', 'maria-zakharova'],
      ['Peskows', 'dmitry-peskov'],
    ])
    expect(found('по словам Захаровой; встреча с Сергеем Лавровым; позиция Зеленского; визит Шольца', 'ru')).toEqual([
      ['Захаровой', 'maria-zakharova'],
      ['Сергеем Лавровым', 'sergey-lavrov'],
      ['Зеленского', 'volodymyr-zelensky'],
      ['Шольца', 'olaf-scholz'],
    ])
    expect(found("Kremlin spokesman Dmitry Peskov said; Zakharova's remarks", 'en')).toEqual([
      ['Dmitry Peskov', 'dmitry-peskov'],
      ['Zakharova', 'maria-zakharova'],
    ])
  })

  it('needs the full name where a surname alone is a common word or shared', () => {
    expect(found('Prices rose, Price said, and Wang agreed.', 'en')).toEqual([])
    expect(found('Ned Price said so, and Wang Wenbin agreed.', 'en')).toEqual([
      ['Ned Price', 'ned-price'],
      ['Wang Wenbin', 'wang-wenbin'],
    ])
    expect(found('Lawrowskaja Straße', 'de')).toEqual([])
  })

  it('declines Russian surnames by type', () => {
    expect(caseForms('Захарова', 'ru', 'f')).toEqual(['Захарова', 'Захаровой', 'Захарову'])
    expect(caseForms('Зеленский', 'ru', 'm')).toContain('Зеленскому')
    expect(caseForms('Бербок', 'ru', 'f')).toEqual(['Бербок'])
  })
})

describe('offices', () => {
  it('gives the office held on the date, and without a date only a sole office still held', () => {
    expect(index.officeAt('frank-walter-steinmeier', '2015-06-01')?.actor).toBe('de-mfa')
    expect(index.officeAt('frank-walter-steinmeier', '2020-06-01')?.actor).toBe('de-pres')
    expect(index.officeAt('frank-walter-steinmeier', '2010-06-01')).toBeNull()
    expect(index.officeAt('sergey-lavrov', null)?.actor).toBe('ru-mfa')
    expect(index.officeAt('donald-trump', null)).toBeNull()
    expect(index.officeAt('donald-trump', '2016-09-12')).toBeNull()
  })
})

describe('statements of known people', () => {
  const matcher = createActorMatcher(defaultSeed().actors)
  const one = (text: string, language: string, date: string | null = null) => extractStatements(text, matcher, { language, date })[0]

  it('count for the body of their office, with the person as referent and the reason', () => {
    const s = one('Lawrow sagte, Russland werde nicht nachgeben.', 'de')
    expect(s).toMatchObject({ speaker: 'Lawrow', referent: 'Sergej Lawrow', actorId: 'ru-mfa' })
    expect(s.reasons.join(' ')).toMatch(/person registry/)
    expect(one('«Это провокация», — заявила Захарова.', 'ru').actorId).toBe('ru-mfa')
  })

  it('follow the date: a candidate is no president, a former minister no minister', () => {
    expect(one('Trump said the election was rigged against him.', 'en', '2016-09-12').actorId).toBeNull()
    expect(one('Trump said the tariffs would stay in place.', 'en', '2025-04-02').actorId).toBe('us-pres')
    expect(one('Steinmeier sagte, Deutschland stehe an der Seite der Ukraine.', 'de', '2015-02-10').actorId).toBe('de-mfa')
  })

  it('record the person, also when no office applies, and nobody for a body or a former officeholder', () => {
    expect(one('Lawrow sagte, Russland werde nicht nachgeben.', 'de').personId).toBe('sergey-lavrov')
    expect(one('«Это провокация», — заявила Захарова.', 'ru').personId).toBe('maria-zakharova')
    // No office in 2016, so no body, but still Trump's statement.
    expect(one('Trump said the election was rigged against him.', 'en', '2016-09-12')).toMatchObject({ actorId: null, personId: 'donald-trump' })
    expect(one('Das russische Außenministerium erklärte, die Lage sei ernst.', 'de').personId).toBeNull()
    expect(one('Price said the talks would go on.', 'en').personId).toBeNull()
  })
})
