/**
 * Actors named in the report's language: the shipped seed names every country's bodies in German and
 * Russian (and the international organisations by hand), the analyst's names win and survive a seed
 * sync, and the comparison — columns, persons' offices, HTML, CSV, DOCX — uses the names of its language.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actorNamesIn, setActorName, syncSeedActorNames } from '../../../src/main/core/actors/actor-names'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { createServices, type Services } from '../../../src/main/core/services'
import { personColumn } from '../../../src/shared/api'
import { addArticle } from './library-fixture'

let dir: string
let services: Services

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-localised-'))
  services = createServices({ libraryPath: join(dir, 'library.db'), importWorkers: 1 })
  const a = addArticle(services.articles, {
    title: 'Moskau warnt',
    text: 'Sacharowa sagte, die Unruhen seien von außen gesteuert. Minsk erklärte, es sei ein Putschversuch.',
    publishedAt: '2022-01-07T10:00:00+01:00',
    language: 'de',
  })
  const add = (quote: string, actorId: string, personId: string | null) => {
    const text = services.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(a) as string
    const start = text.indexOf(quote)
    services.db
      .prepare(`INSERT INTO statements (article_id, actor_id, person_id, speaker, quote, kind, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, 'reported', ?, ?)`)
      .run(a, actorId, personId, personId ? 'Sacharowa' : null, quote, start, start + quote.length)
  }
  add('die Unruhen seien von außen gesteuert', 'ru-mfa', 'maria-zakharova')
  add('es sei ein Putschversuch', 'by-mfa', null)
})
afterAll(async () => {
  await services?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('actors in the language of the report', () => {
  it('ships names in German and Russian for every country body and the organisations', () => {
    const seed = defaultSeed()
    const byId = new Map(seed.actors.map((a) => [a.id, a]))
    expect(byId.get('ru-mfa')!.names).toEqual({ de: 'Russisches Außenministerium', en: 'Russian Ministry of Foreign Affairs', ru: 'Российский МИД' })
    expect(byId.get('kz-gov')!.names?.de).toBe('Kasachische Regierung')
    expect(byId.get('csto')!.names?.ru).toBe('Организация Договора о коллективной безопасности (ОДКБ)')
    expect(byId.get('de-mfa')!.names?.de).toBe('Auswärtiges Amt')
    const countryBodies = seed.actors.filter((a) => /^[a-z]{2}-(?:mfa|gov|pres)$/.test(a.id))
    expect(countryBodies.every((a) => a.names?.de && a.names.ru)).toBe(true)
  })

  it("keeps the analyst's name over the shipped one, across seed syncs; clearing it brings the shipped one back", () => {
    const db = services.db
    expect(actorNamesIn(db, ['ru-mfa'], 'de').get('ru-mfa')).toBe('Russisches Außenministerium')
    setActorName(db, 'ru-mfa', 'de', '  Außenministerium   der Russischen Föderation ')
    syncSeedActorNames(db, defaultSeed().actors)
    expect(actorNamesIn(db, ['ru-mfa'], 'de').get('ru-mfa')).toBe('Außenministerium der Russischen Föderation')
    setActorName(db, 'ru-mfa', 'de', '')
    expect(actorNamesIn(db, ['ru-mfa'], 'de').get('ru-mfa')).toBe('Russisches Außenministerium')
    expect(() => setActorName(db, 'ru-mfa', 'fr', 'x')).toThrow(/de, en, ru/)
    expect(() => setActorName(db, 'nobody', 'de', 'x')).toThrow(/does not exist/)
  })

  it('names the columns, the office of a person column and the scope lists in the report language', () => {
    const spec = { scope: {}, actorIds: ['by-mfa', personColumn('maria-zakharova')], layout: 'timeline' as const }
    const de = services.comparisons.build(spec, { locale: 'de' })
    expect(de.columns.map((c) => c.actor.name)).toEqual(['Belarussisches Außenministerium', 'Maria Sacharowa'])
    expect(de.columns[1].actor.person?.actorName).toBe('Russisches Außenministerium')
    const ru = services.comparisons.build(spec, { locale: 'ru' })
    expect(ru.columns.map((c) => c.actor.name)).toEqual(['Белорусский МИД', 'Мария Захарова'])
    expect(services.comparisons.build(spec, { locale: 'en' }).columns[0].actor.name).toBe('Belarusian Ministry of Foreign Affairs')
    expect(services.comparisons.actorsInScope({}, 'de').map((a) => a.actor.name)).toContain('Russisches Außenministerium')
    expect(services.comparisons.personsInScope({}, 'ru')[0].actor).toMatchObject({ name: 'Мария Захарова', person: { actorName: 'Российский МИД' } })
  })

  it('prints a Russian report in Russian: labels, dates, names', () => {
    const spec = { scope: {}, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' as const }
    const { document } = parseHTML(services.comparisons.html(spec, { locale: 'ru' }))
    expect(document.documentElement.getAttribute('lang')).toBe('ru')
    expect([...document.querySelectorAll('table.comparison thead .actor')].map((e) => e.textContent)).toEqual(['Российский МИД', 'Белорусский МИД'])
    expect(document.querySelector('.summary-block h2')!.textContent).toBe('Сводка')
    expect(document.body.textContent).toContain('1 заявление')
    expect(document.body.textContent).toMatch(/7 янв\.? 2022/)
    const csv = services.comparisons.csv(spec, { locale: 'de' })
    expect(csv).toContain('Russisches Außenministerium')
  })
})
