import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../../src/main/api/dispatch'
import { personsHandlers } from '../../../src/main/api/namespaces/persons'
import type { ApiContext, Handlers } from '../../../src/main/api/types'
import { ActorStore } from '../../../src/main/core/actors/actor-store'
import { defaultPersonSeed } from '../../../src/main/core/actors/person-seed'
import { PersonStore } from '../../../src/main/core/actors/person-store'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { openDatabase, type Db } from '../../../src/main/core/db/open'
import type { Services } from '../../../src/main/core/services'

describe('persons API namespace', () => {
  let db: Db
  let dispatch: ReturnType<typeof createDispatcher>

  beforeEach(() => {
    db = openDatabase(':memory:')
    new ActorStore(db).syncSeed(defaultSeed())
    const persons = new PersonStore(db)
    persons.syncSeed(defaultPersonSeed())
    const ctx = { services: { persons } as unknown as Services, platform: {} as ApiContext['platform'], emit: () => {} } as ApiContext
    // Only this namespace's handlers: the others need services this test does not build.
    dispatch = createDispatcher(ctx, { persons: personsHandlers(ctx) } as Handlers)
  })
  afterEach(() => db.close())

  it('lists and gets the shipped persons with their offices', async () => {
    const list = (await dispatch('persons', 'list', [])) as { id: string; source: string }[]
    expect(list.length).toBeGreaterThan(50)
    expect(list.every((p) => p.source === 'seed')).toBe(true)
    expect(await dispatch('persons', 'get', ['dmitry-peskov'])).toMatchObject({ name: 'Dmitry Peskov', offices: [{ actorId: 'ru-pres', role: 'spokesperson' }] })
    expect(await dispatch('persons', 'get', ['nobody'])).toBeNull()
  })

  it("creates and removes the analyst's person", async () => {
    const created = await dispatch('persons', 'create', [
      { names: { en: ['Anatoly Glaz'], ru: ['Анатолий Глаз'] }, gender: 'm', offices: [{ actorId: 'by-mfa', role: 'spokesperson', from: '2019-01', to: null }] },
    ])
    expect(created).toMatchObject({ id: 'anatoly-glaz', source: 'analyst', offices: [{ actorId: 'by-mfa', actorName: 'Belarusian Ministry of Foreign Affairs' }] })
    await dispatch('persons', 'remove', ['anatoly-glaz'])
    expect(await dispatch('persons', 'get', ['anatoly-glaz'])).toBeNull()
    await expect(dispatch('persons', 'remove', ['maria-zakharova'])).rejects.toThrow(/shipped person/)
  })

  it('validates arguments before the store sees them', async () => {
    await expect(dispatch('persons', 'create', [{ names: { English: ['X Y'] } }])).rejects.toThrow(/Invalid arguments for persons.create/)
    await expect(dispatch('persons', 'create', [{ names: { en: ['Jane Doe'] }, gender: 'x' }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('persons', 'create', [{ names: { en: ['Jane Doe'] }, offices: [{ actorId: 'by-mfa', role: 'Press Secretary', from: '2020' }] }])).rejects.toThrow(
      /role as lower-case words/,
    )
    await expect(dispatch('persons', 'create', [{ names: { en: ['Jane Doe'] }, offices: [{ actorId: 'by-mfa', role: 'spokesperson', from: 'March 2020' }] }])).rejects.toThrow(
      /YYYY, YYYY-MM or YYYY-MM-DD/,
    )
    await expect(dispatch('persons', 'get', ['Not An Id'])).rejects.toThrow(/expected an id/)
    await expect(dispatch('persons', 'rename', ['maria-zakharova', { names: { en: ['X'] } }])).rejects.toThrow(/at least two letters/)
    await expect(dispatch('persons', 'merge', ['maria-zakharova'])).rejects.toThrow(/Invalid arguments for persons.merge/)
  })

  it('confirms, renames, merges and removes persons learned from the text; shipped and own persons refuse what is not theirs', async () => {
    const article = db
      .prepare("INSERT INTO articles (title, text, text_hash, origin, imported_at) VALUES ('Moskau warnt', 't', 'h', 'file', 'now') RETURNING id")
      .pluck()
      .get() as number
    const titled = (name: string) => ({ name, start: 0, end: 1, role: 'spokesperson', actorId: 'ru-mfa', phrase: `${name}, Sprecherin des russischen Außenministeriums`, gender: 'f' as const, language: 'de', known: [] })
    const persons = new PersonStore(db)
    persons.learn(article, '2024-03-04', [titled('Anna Müllerowa'), titled('Ina Schulz')])
    expect(await dispatch('persons', 'get', ['anna-mullerowa'])).toMatchObject({
      source: 'text',
      learnedFrom: { articleId: article, articleTitle: 'Moskau warnt', phrase: 'Anna Müllerowa, Sprecherin des russischen Außenministeriums' },
      offices: [{ actorId: 'ru-mfa', role: 'spokesperson', from: '2024-03', to: null }],
    })
    expect(await dispatch('persons', 'rename', ['anna-mullerowa', { names: { de: ['Anna Müllerowa'], en: ['Anna Myullerova'] } }])).toMatchObject({ name: 'Anna Myullerova' })
    expect(await dispatch('persons', 'merge', ['ina-schulz', 'anna-mullerowa'])).toMatchObject({ names: { de: ['Anna Müllerowa', 'Ina Schulz'] } })
    expect(await dispatch('persons', 'confirm', ['anna-mullerowa'])).toMatchObject({ source: 'analyst' })
    await expect(dispatch('persons', 'confirm', ['maria-zakharova'])).rejects.toThrow(/shipped person/)
    await expect(dispatch('persons', 'rename', ['maria-zakharova', { names: { en: ['Maria Z'] } }])).rejects.toThrow(/shipped person/)
    await expect(dispatch('persons', 'merge', ['anna-mullerowa', 'maria-zakharova'])).rejects.toThrow(/Only a person learned/)
  })
})
