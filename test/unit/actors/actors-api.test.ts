import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../../src/main/api/dispatch'
import { actorsHandlers } from '../../../src/main/api/namespaces/actors'
import type { ApiContext, Handlers } from '../../../src/main/api/types'
import { ActorStore } from '../../../src/main/core/actors/actor-store'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { openDatabase, type Db } from '../../../src/main/core/db/open'
import type { Services } from '../../../src/main/core/services'

describe('actors API namespace', () => {
  let db: Db
  let dispatch: ReturnType<typeof createDispatcher>

  beforeEach(() => {
    db = openDatabase(':memory:')
    const actors = new ActorStore(db)
    actors.syncSeed(defaultSeed())
    const ctx = { services: { actors } as unknown as Services, platform: {} as ApiContext['platform'], emit: () => {} } as ApiContext
    // Only this namespace's handlers: the others need services this test does not build.
    dispatch = createDispatcher(ctx, { actors: actorsHandlers(ctx) } as Handlers)
  })
  afterEach(() => db.close())

  it('lists, gets and searches', async () => {
    const list = (await dispatch('actors', 'list', [])) as { id: string }[]
    expect(list.length).toBeGreaterThan(150)
    expect(await dispatch('actors', 'get', ['ru-mfa'])).toMatchObject({ id: 'ru-mfa', kind: 'foreign-ministry' })
    expect(await dispatch('actors', 'get', ['xx-none'])).toBeNull()
    const hits = (await dispatch('actors', 'search', ['Außenministerium Russ', 5])) as { id: string }[]
    expect(hits[0].id).toBe('ru-mfa')
  })

  it('creates an actor, adds an alias and matches it in text', async () => {
    await dispatch('actors', 'create', [{ id: 'ru-mod', name: 'Russian Ministry of Defence', kind: 'ministry', country: 'ru' }])
    await dispatch('actors', 'addAlias', ['ru-mod', { text: 'Минобороны!', language: 'ru', kind: 'body' }])
    const mentions = await dispatch('actors', 'match', ['Минобороны России и МИД РФ сообщили …', 'ru'])
    expect(mentions).toEqual([
      expect.objectContaining({ surface: 'Минобороны России', actorId: 'ru-mod' }),
      expect.objectContaining({ surface: 'МИД РФ', actorId: 'ru-mfa' }),
    ])
    await dispatch('actors', 'remove', ['ru-mod'])
    expect(await dispatch('actors', 'get', ['ru-mod'])).toBeNull()
  })

  it('validates arguments before the store sees them', async () => {
    await expect(dispatch('actors', 'create', [{ name: 'X', kind: 'embassy' }])).rejects.toThrow(/Invalid arguments for actors.create/)
    await expect(dispatch('actors', 'get', ['Not An Id'])).rejects.toThrow(/expected an actor id/)
    await expect(dispatch('actors', 'update', ['ru-mfa', { colour: 'red' }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('actors', 'removeAlias', ['ru-mfa', 'МИД России'])).rejects.toThrow(/Invalid arguments/)
  })
})
