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
  })
})
