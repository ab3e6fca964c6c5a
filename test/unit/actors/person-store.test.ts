import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultPersonSeed, type PersonSeed } from '../../../src/main/core/actors/person-seed'
import { createServices, type Services } from '../../../src/main/core/services'

let dir: string
let services: Services

const open = () => createServices({ libraryPath: join(dir, 'library.db'), importWorkers: 1 })

function addArticle(text: string, language: string, publishedAt: string | null): number {
  return services.articles.add(
    { title: 'T', byline: null, siteName: null, url: null, publishedAt, language, excerpt: null, cleanHtml: '', text, wordCount: 20, mediaType: 'text/plain' },
    null,
    'test',
  ).articleId
}

const JANE = { names: { en: ['Jane Doe'], de: ['Jane Doe'] }, gender: 'f' as const, offices: [{ actorId: 'by-mfa', role: 'spokesperson', from: '2021-03' }] }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-persons-'))
  services = open()
})
afterEach(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the person seed in the library', () => {
  it('is synced with the actors, offices naming their bodies, once per seed', () => {
    const list = services.persons.list()
    expect(list.length).toBe(defaultPersonSeed().persons.length)
    expect(services.persons.get('maria-zakharova')).toMatchObject({
      name: 'Maria Zakharova',
      names: { de: ['Maria Sacharowa'], ru: ['Мария Захарова'] },
      gender: 'f',
      source: 'seed',
      offices: [{ actorId: 'ru-mfa', actorName: 'Russian Ministry of Foreign Affairs', role: 'spokesperson', from: '2015-08', to: null }],
    })
    expect(services.persons.get('frank-walter-steinmeier')!.offices.map((o) => o.actorId)).toEqual(['de-mfa', 'de-mfa', 'de-pres'])
    expect(services.persons.syncSeed(defaultPersonSeed()).synced).toBe(false)
  })

  it("never overwrites the analyst's persons, and keeps people a newer seed drops as the analyst's", () => {
    const jane = services.persons.create({ id: 'jane-doe', ...JANE })
    const seed = defaultPersonSeed()
    const next: PersonSeed = {
      version: seed.version + 1,
      hash: 'next',
      persons: [
        ...seed.persons.filter((p) => p.id !== 'ned-price'),
        { id: 'jane-doe', gender: 'm', names: { de: ['John Roe'], en: ['John Roe'], ru: ['Джон Роу'] }, offices: [{ role: 'head-of-state', actor: 'us-pres', from: '2020', to: null }] },
      ],
    }
    expect(services.persons.syncSeed(next)).toMatchObject({ synced: true })
    expect(services.persons.get('jane-doe')).toEqual(jane)
    expect(services.persons.get('ned-price')!.source).toBe('analyst')
  })

  it('refuses to delete a shipped person, deletes the analyst’s own', () => {
    expect(() => services.persons.remove('maria-zakharova')).toThrow(/shipped person/)
    services.persons.create({ id: 'jane-doe', ...JANE })
    services.persons.remove('jane-doe')
    expect(services.persons.get('jane-doe')).toBeNull()
  })
})

describe("the analyst's persons", () => {
  it('are added with names, gender and offices, an id made from the name, and checked', () => {
    const p = services.persons.create({ names: { ru: ['Анатолий Глаз'], en: ['Anatoly Glaz'] }, gender: 'm', offices: [{ actorId: 'by-mfa', role: 'spokesperson', from: '2019-01' }] })
    expect(p).toMatchObject({ id: 'anatoly-glaz', name: 'Anatoly Glaz', source: 'analyst', surnameAlone: true, offices: [{ actorId: 'by-mfa', role: 'spokesperson', from: '2019-01', to: null }] })
    expect(services.persons.create({ names: { ru: ['Анатолий Глаз'] } }).id).toBe('anatolii-glaz')
    expect(() => services.persons.create({ names: { en: [' '] } })).toThrow(/needs a name/)
    expect(() => services.persons.create({ names: { en: ['jane doe'] } })).toThrow(/capitalised surname/)
    expect(() => services.persons.create({ id: 'maria-zakharova', names: { en: ['Maria Z'] } })).toThrow(/already exists/)
    expect(() => services.persons.create({ ...JANE, offices: [{ actorId: 'xx-nothing', role: 'spokesperson', from: '2020' }] })).toThrow(/does not exist/)
    expect(() => services.persons.create({ ...JANE, offices: [{ actorId: 'by-mfa', role: 'Sprecherin', from: '2020' }] })).toThrow(/not a role/)
    expect(() => services.persons.create({ ...JANE, offices: [{ actorId: 'by-mfa', role: 'spokesperson', from: '2020', to: '2019' }] })).toThrow(/ends after/)
  })

  it('are found by the engine from the next extraction on, and count for the body of their office', () => {
    const text = '„Wir lehnen das ab“, sagte Doe am Montag in Minsk.'
    const id = addArticle(text, 'de', '2022-01-10')
    services.statementExtraction.extractArticle(id)
    expect(services.statements.forArticle(id)[0]).toMatchObject({ person: null, actor: null })
    services.persons.create({ id: 'jane-doe', ...JANE })
    services.statementExtraction.extractArticle(id)
    expect(services.statements.forArticle(id)[0]).toMatchObject({ person: { id: 'jane-doe', name: 'Jane Doe' }, actor: { id: 'by-mfa' } })
  })
})

describe('statements and their person', () => {
  const TEXT = '«Это провокация», — заявила Захарова. «Переговоры продолжатся», — сказал Лавров.'

  it('are stored with the person, kept consistent on re-extraction, and counted per person', () => {
    const id = addArticle(TEXT, 'ru', '2022-01-10')
    services.statementExtraction.extractArticle(id)
    const byPerson = () => services.statements.forArticle(id).map((s) => [s.person?.id ?? null, s.actor?.id ?? null])
    expect(byPerson()).toEqual([
      ['maria-zakharova', 'ru-mfa'],
      ['sergey-lavrov', 'ru-mfa'],
    ])
    services.statementExtraction.extractArticle(id)
    expect(byPerson()).toEqual([
      ['maria-zakharova', 'ru-mfa'],
      ['sergey-lavrov', 'ru-mfa'],
    ])
    expect(services.statements.countByPerson()).toEqual({ 'maria-zakharova': 1, 'sergey-lavrov': 1 })
    expect(services.statements.list({ personIds: ['maria-zakharova'] }).items.map((s) => s.quote)).toEqual(['Это провокация'])
  })

  it('take the analyst’s person: set or cleared, a correction that re-extraction keeps', () => {
    const id = addArticle(TEXT, 'ru', '2022-01-10')
    services.statementExtraction.extractArticle(id)
    const [first] = services.statements.forArticle(id)
    const set = services.statements.update(first.id, { personId: 'dmitry-peskov' })
    expect(set).toMatchObject({ person: { id: 'dmitry-peskov', name: 'Dmitry Peskov' }, corrected: true, review: 'confirmed', actor: { id: 'ru-mfa' } })
    services.statementExtraction.extractArticle(id)
    expect(services.statements.get(first.id)!.person!.id).toBe('dmitry-peskov')
    expect(services.statements.update(first.id, { personId: null }).person).toBeNull()
    expect(() => services.statements.update(first.id, { personId: 'nobody-known' })).toThrow(/does not exist/)

    const manual = services.statements.createManual({ articleId: id, start: TEXT.indexOf('сказал'), end: TEXT.length - 1, personId: 'sergey-lavrov', actorId: 'ru-mfa' })
    expect(manual.person).toEqual({ id: 'sergey-lavrov', name: 'Sergey Lavrov' })
  })

  it("lose the person, not the body, when the analyst's person is deleted", () => {
    services.persons.create({ id: 'jane-doe', ...JANE })
    const id = addArticle('„Wir lehnen das ab“, sagte Doe am Montag in Minsk.', 'de', '2022-01-10')
    services.statementExtraction.extractArticle(id)
    services.persons.remove('jane-doe')
    expect(services.statements.forArticle(id)[0]).toMatchObject({ person: null, actor: { id: 'by-mfa' } })
  })
})
