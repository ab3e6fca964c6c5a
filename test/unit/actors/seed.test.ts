import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultSeed, defaultSeedFile, loadSeedFile, parseSeed, SeedError } from '../../../src/main/core/actors/seed'

const shipped = readFileSync(defaultSeedFile(), 'utf8')
const edited = (edit: (json: any) => void) => {
  const json = JSON.parse(shipped)
  edit(json)
  return JSON.stringify(json)
}

describe('shipped actor seed', () => {
  const seed = defaultSeed()
  const ids = new Set(seed.actors.map((a) => a.id))

  it('is found beside package.json', () => {
    expect(defaultSeedFile()).toMatch(/resources[/\\]actors[/\\]seed\.json$/)
    expect(existsSync(defaultSeedFile())).toBe(true)
  })

  it('has foreign ministries and governments of at least 60 states', () => {
    const mfa = seed.actors.filter((a) => a.kind === 'foreign-ministry' && a.id === `${a.country}-mfa`)
    expect(mfa.length).toBeGreaterThanOrEqual(60)
    for (const a of mfa) expect(ids.has(`${a.country}-gov`)).toBe(true)
  })

  it.each([
    ['CSTO', ['ru', 'by', 'kz', 'kg', 'tj', 'am']],
    ['EU', ['at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie', 'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se']],
    ['G7', ['us', 'gb', 'ca', 'jp', 'fr', 'de', 'it']],
    ['Central Asia and South Caucasus', ['uz', 'tm', 'ge', 'az']],
    ['others named in the issue', ['ua', 'cn', 'tr', 'ir', 'il', 'sa', 'ae', 'qa', 'kw', 'bh', 'om', 'rs', 'no', 'ch', 'in', 'pk', 'kr', 'kp', 'sy', 'af', 'mn', 'md', 'eg']],
  ])('covers %s', (_group, countries) => {
    for (const c of countries) {
      expect(ids, c).toContain(`${c}-mfa`)
      expect(ids, c).toContain(`${c}-gov`)
    }
  })

  it('has the organisations and the stable special ids', () => {
    for (const id of ['csto', 'nato', 'eu', 'eu-commission', 'eu-eeas', 'un', 'un-sc', 'osce', 'sco', 'cis', 'eaeu', 'coe', 'ru-pres', 'us-mfa', 'gb-mfa']) {
      expect(ids).toContain(id)
    }
    const byId = new Map(seed.actors.map((a) => [a.id, a]))
    expect(byId.get('us-mfa')!.name).toBe('U.S. Department of State')
    expect(byId.get('ru-mfa')!.name).toBe('Russian Ministry of Foreign Affairs')
    expect(byId.get('csto')!.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['OVKS', 'ОДКБ', 'CSTO']))
  })

  it('names every actor in English and gives aliases in German, English and Russian', () => {
    for (const a of seed.actors) expect(a.name).toMatch(/^[\x20-\x7e\u00c0-\u024f]+$/)
    for (const a of seed.actors.filter((x) => x.id === `${x.country}-mfa`)) {
      for (const lang of ['de', 'en', 'ru']) expect(a.aliases.some((x) => x.language === lang), `${a.id} ${lang}`).toBe(true)
    }
  })
})

describe('seed validation', () => {
  it('names the file and the problem for broken JSON', () => {
    expect(() => parseSeed('{ "version": 1,', 'my-seed.json')).toThrow(/Actor seed my-seed\.json: not valid JSON/)
  })

  it('names the path of a schema problem', () => {
    const text = edited((json) => (json.countries[0].iso = 'RUS'))
    expect(() => parseSeed(text, 's.json')).toThrow(/countries\.0\.iso: must be an ISO 3166-1 alpha-2 code/)
  })

  it('names an unknown body type', () => {
    const text = edited((json) => json.countries[0].bodies.push('embassy'))
    expect(() => parseSeed(text, 's.json')).toThrow(/countries\.0 \(ru\)\.bodies: unknown body type "embassy"/)
  })

  it('refuses a duplicate actor and a new actor without kind', () => {
    expect(() => parseSeed(edited((json) => json.actors.push({ id: 'csto', name: 'x', kind: 'other' })), 's')).toThrow(/"csto" is defined twice/)
    expect(() => parseSeed(edited((json) => json.actors.push({ id: 'g20', name: 'G20' })), 's')).toThrow(/needs a name and a kind/)
  })

  it('refuses misplaced alias marks', () => {
    const text = edited((json) => json.actors.push({ id: 'x', name: 'X', kind: 'other', aliases: { en: ['a/b!'] } }))
    expect(() => parseSeed(text, 's')).toThrow(SeedError)
  })

  it('reports a missing file by name', () => {
    expect(() => loadSeedFile('/nonexistent/seed.json')).toThrow(/Actor seed \/nonexistent\/seed\.json: cannot be read \(ENOENT\)/)
  })

  it('changes its hash with its content', () => {
    const a = parseSeed(shipped, 'a')
    const b = parseSeed(edited((json) => json.countries[0].de.names.push('Rußland')), 'b')
    expect(a.version).toBe(b.version)
    expect(a.hash).not.toBe(b.hash)
  })
})
