import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../src/main/core/db/open'
import { ActorStore } from '../../../src/main/core/actors/actor-store'
import { defaultSeed, defaultSeedFile, parseSeed, type Seed } from '../../../src/main/core/actors/seed'

const shippedJson = JSON.parse(readFileSync(defaultSeedFile(), 'utf8'))

/** A small seed file of two countries; `edit` changes it as a newer seed would. */
function seedText(version: number, edit: (json: any) => void = () => {}): string {
  const base = JSON.parse(JSON.stringify(shippedJson))
  base.version = version
  base.countries = base.countries.filter((c: { iso: string }) => c.iso === 'ru' || c.iso === 'by')
  base.actors = base.actors.filter((a: { id: string }) => ['ru-pres', 'csto'].includes(a.id))
  edit(base)
  return JSON.stringify(base)
}

describe('ActorStore', () => {
  let db: Db
  let store: ActorStore
  let v1: Seed

  beforeEach(() => {
    db = openDatabase(':memory:')
    store = new ActorStore(db)
    v1 = parseSeed(seedText(1), 'seed-v1.json')
    store.syncSeed(v1)
  })
  afterEach(() => db.close())

  it('loads the seed actors with their aliases', () => {
    const ids = store.list().map((a) => a.id)
    expect(ids).toEqual(expect.arrayContaining(['ru-mfa', 'ru-gov', 'ru-pres', 'by-mfa', 'by-gov', 'by-pres', 'csto']))
    const mfa = store.get('ru-mfa')!
    expect(mfa).toMatchObject({ name: 'Russian Ministry of Foreign Affairs', kind: 'foreign-ministry', country: 'ru', origin: 'seed', hidden: false })
    expect(mfa.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['russisches Außenministerium', 'Russian Foreign Ministry', 'российский МИД']))
    expect(store.get('ru-gov')!.aliases).toEqual(expect.arrayContaining([{ text: 'Moskau', language: 'de', kind: 'metonym', origin: 'seed' }]))
  })

  it('does nothing when the same seed is synced again', () => {
    expect(store.syncSeed(v1).synced).toBe(false)
  })

  it('keeps the analyst’s actors, aliases and edits across a seed update', () => {
    store.create({ id: 'ru-mod', name: 'Russian Ministry of Defence', kind: 'ministry', country: 'ru', aliases: [{ text: 'Verteidigungsministerium', language: 'de', kind: 'body' }] })
    store.addAlias('ru-mfa', { text: 'Smolenskaja-Platz', language: 'de', kind: 'metonym' })
    store.update('by-mfa', { name: 'MFA of Belarus' })
    store.removeAlias('ru-gov', 'Moskau', 'de')
    store.remove('by-pres')

    const v2 = parseSeed(
      seedText(2, (json) => {
        json.bodyTypes.mfa.name = '{label} Foreign Ministry'
        json.countries.find((c: { iso: string }) => c.iso === 'ru').de.names.push('Russländische Föderation')
        json.actors.find((a: { id: string }) => a.id === 'csto').aliases.de = ['OVKS']
      }),
      'seed-v2.json',
    )
    const result = store.syncSeed(v2)
    expect(result.synced).toBe(true)

    expect(store.get('ru-mod')).toMatchObject({ origin: 'user', kind: 'ministry', country: 'ru' })
    expect(store.get('ru-mfa')!.aliases).toContainEqual({ text: 'Smolenskaja-Platz', language: 'de', kind: 'metonym', origin: 'user' })
    // Renamed by the analyst: stays; not renamed: follows the seed.
    expect(store.get('by-mfa')).toMatchObject({ name: 'MFA of Belarus', renamed: true })
    expect(store.get('ru-mfa')).toMatchObject({ name: 'Russian Foreign Ministry', renamed: false })
    // A removed seed alias stays removed, a hidden seed actor stays hidden.
    expect(store.get('ru-gov')!.aliases.map((a) => a.text)).not.toContain('Moskau')
    expect(store.get('ru-gov')!.aliases.map((a) => a.text)).toContain('Russländische Föderation')
    expect(store.get('by-pres')!.hidden).toBe(true)
    expect(store.list().map((a) => a.id)).not.toContain('by-pres')
    // Seed aliases the new seed dropped are gone.
    expect(store.get('csto')!.aliases.map((a) => a.text)).not.toContain('Organisation des Vertrags über kollektive Sicherheit')
    expect(result.aliasesRemoved).toBeGreaterThan(0)
  })

  it('keeps seed actors the new seed no longer ships, as the analyst’s', () => {
    const v2 = parseSeed(seedText(2, (json) => (json.actors = json.actors.filter((a: { id: string }) => a.id !== 'csto'))), 'v2')
    store.syncSeed(v2)
    expect(store.get('csto')).toMatchObject({ origin: 'user', name: 'Collective Security Treaty Organization' })
  })

  it('never overwrites a user actor whose id a later seed ships', () => {
    store.create({ id: 'kz-mfa', name: 'Kazakhstan MFA (mine)', kind: 'foreign-ministry', country: 'kz' })
    store.syncSeed(parseSeed(seedText(2, (json) => json.countries.push(shippedJson.countries.find((c: { iso: string }) => c.iso === 'kz'))), 'v2'))
    expect(store.get('kz-mfa')).toMatchObject({ origin: 'user', name: 'Kazakhstan MFA (mine)' })
    expect(store.get('kz-gov')).toMatchObject({ origin: 'seed' })
  })

  it('does not go back to an older seed', () => {
    store.syncSeed(parseSeed(seedText(3), 'v3'))
    expect(store.syncSeed(parseSeed(seedText(2), 'v2')).synced).toBe(false)
  })

  it('searches names and aliases by word prefix, ignoring case and diacritics', () => {
    const ids = (q: string) => store.search(q).map((h) => h.id)
    expect(ids('russian min')[0]).toBe('ru-mfa')
    expect(ids('aussenmin')).toEqual(expect.arrayContaining(['ru-mfa', 'by-mfa']))
    expect(ids('МИД')).toEqual(expect.arrayContaining(['ru-mfa', 'by-mfa']))
    expect(ids('одкб')).toEqual(['csto'])
    expect(ids('kreml')).toContain('ru-pres')
    expect(ids('Моск')).toContain('ru-gov')
    expect(ids('außenministerium bel')).toEqual(['by-mfa'])
    expect(ids('МИД белор')).toEqual(['by-mfa'])
    expect(store.search('%')).toEqual([])
    expect(store.search('   ')).toEqual([])
    expect(store.search('russ', 2)).toHaveLength(2)
  })

  it('creates, updates and deletes the analyst’s actors, with clear refusals', () => {
    const a = store.create({ name: 'Smolensk Oblast Administration', kind: 'agency', country: 'RU' })
    expect(a.id).toBe('ru-smolensk-oblast-administration')
    expect(store.create({ name: 'Smolensk Oblast Administration', kind: 'agency', country: 'ru' }).id).toBe('ru-smolensk-oblast-administration-2')
    expect(() => store.create({ id: 'ru-mfa', name: 'x', kind: 'other' })).toThrow(/already exists/)
    expect(() => store.create({ id: 'Bad Id', name: 'x', kind: 'other' })).toThrow(/not a usable actor id/)
    expect(() => store.create({ name: 'x', kind: 'other', country: 'rus' })).toThrow(/ISO 3166/)
    expect(() => store.update('ru-mfa', { country: 'by' })).toThrow(/shipped actor/)
    expect(store.update(a.id, { kind: 'government', name: 'Smolensk Administration' })).toMatchObject({ kind: 'government', name: 'Smolensk Administration' })
    store.remove(a.id)
    expect(store.get(a.id)).toBeNull()
    expect(() => store.remove('no-such')).toThrow(/does not exist/)
    expect(() => store.addAlias('ru-mfa', { text: 'российский МИД', language: 'ru' })).toThrow(/already has/)
    expect(() => store.addAlias('ru-mfa', { text: 'x', language: 'russian' })).toThrow(/language code/)
    expect(() => store.removeAlias('ru-mfa', 'nothing', null)).toThrow(/does not exist/)
  })

  it('brings back a removed seed alias when the analyst adds it again', () => {
    store.removeAlias('ru-gov', 'Moskau', 'de')
    store.addAlias('ru-gov', { text: 'Moskau', language: 'de', kind: 'metonym' })
    expect(store.get('ru-gov')!.aliases).toContainEqual({ text: 'Moskau', language: 'de', kind: 'metonym', origin: 'seed' })
  })

  it('rebuilds its matcher when actors change', () => {
    const before = store.matcher()
    expect(store.matcher()).toBe(before)
    expect(before.findMentions('Das russische Außenministerium erklärte', 'de').map((m) => m.actorId)).toEqual(['ru-mfa'])

    store.create({ id: 'ru-mod', name: 'Russian Ministry of Defence', kind: 'ministry', country: 'ru', aliases: [{ text: 'Verteidigungsministerium', language: 'de', kind: 'body' }] })
    const after = store.matcher()
    expect(after).not.toBe(before)
    expect(after.findMentions('Das russische Verteidigungsministerium meldete', 'de').map((m) => m.actorId)).toEqual(['ru-mod'])

    store.remove('ru-mfa')
    expect(store.matcher().findMentions('Das russische Außenministerium erklärte', 'de')).toEqual([])
    store.removeAlias('ru-gov', 'Moskau', 'de')
    expect(store.matcher().findMentions('Moskau erklärte', 'de')).toEqual([])
  })

  it('loads the full shipped seed into a library', () => {
    const full = new ActorStore(db)
    const result = full.syncSeed(defaultSeed())
    expect(result.synced).toBe(true)
    expect(full.list().length).toBeGreaterThan(150)
  })
})
