import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t), outIsTty: false, errIsTty: false, columns: undefined })
  return { code, out, err }
}

describe('parallax actors', () => {
  let dir: string
  let library: string
  let savedEnv: string | undefined
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-actors-'))
    library = join(dir, 'library.db')
    // Should an option be lost, the command must not touch the user's real library.
    savedEnv = process.env.PARALLAX_LIBRARY
    process.env.PARALLAX_LIBRARY = join(dir, 'default.db')
  })
  afterEach(() => {
    if (savedEnv === undefined) delete process.env.PARALLAX_LIBRARY
    else process.env.PARALLAX_LIBRARY = savedEnv
    rmSync(dir, { recursive: true, force: true })
  })

  it('lists the shipped actors as a table and as JSON', async () => {
    const table = await run('actors', '--library', library)
    expect(table.code).toBe(0)
    expect(table.out).toMatch(/^ID\s+KIND\s+CC\s+ALIASES\s+NAME$/m)
    expect(table.out).toMatch(/^ru-mfa\s+foreign-ministry\s+ru\s+\d+\s+Russian Ministry of Foreign Affairs$/m)
    const json = await run('actors', '--json', '--library', library)
    const list = JSON.parse(json.out) as { id: string; aliases: unknown[] }[]
    expect(list.length).toBeGreaterThan(150)
    expect(list.find((a) => a.id === 'csto')!.aliases.length).toBeGreaterThan(3)
  })

  it('searches with --query', async () => {
    const { code, out } = await run('actors', '--query', 'одкб', '--json', '--library', library)
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ id: 'csto', matched: 'ОДКБ' })])
  })

  it('adds an actor with aliases and an alias to a shipped actor, kept in the library', async () => {
    const added = await run('actors', 'add', '--id', 'ru-mod', '--name', 'Russian Ministry of Defence', '--kind', 'ministry', '--country', 'ru',
      '--alias', 'Минобороны России@ru', '--body', 'Verteidigungsministerium@de', '--alias', 'MoD', '--library', library)
    expect(added).toMatchObject({ code: 0, err: '' })
    expect(added.out).toBe('added ru-mod (Russian Ministry of Defence) with 3 aliases\n')
    const alias = await run('actors', 'alias', 'ru-mfa', 'Смоленская площадь', '--lang', 'ru', '--kind', 'metonym', '--library', library)
    expect(alias).toMatchObject({ code: 0, out: 'added "Смоленская площадь" to ru-mfa\n' })

    const list = JSON.parse((await run('actors', '--json', '--library', library)).out) as { id: string; origin: string; aliases: { text: string; language: string | null; kind: string }[] }[]
    const mod = list.find((a) => a.id === 'ru-mod')!
    expect(mod.origin).toBe('user')
    expect(mod.aliases).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: 'Минобороны России', language: 'ru', kind: 'name' }),
      expect.objectContaining({ text: 'Verteidigungsministerium', language: 'de', kind: 'body' }),
      expect.objectContaining({ text: 'MoD', language: null }),
    ]))
    expect(list.find((a) => a.id === 'ru-mfa')!.aliases).toContainEqual(expect.objectContaining({ text: 'Смоленская площадь', kind: 'metonym' }))
    expect(existsSync(join(dir, 'default.db'))).toBe(false)

    const removed = await run('actors', 'alias', 'ru-mfa', 'Смоленская площадь', '--lang', 'ru', '--remove', '--library', library)
    expect(removed).toMatchObject({ code: 0, out: 'removed "Смоленская площадь" from ru-mfa\n' })
  })

  it('exits 2 on usage errors and 1 with a reason when the registry refuses', async () => {
    expect((await run('actors', 'add', '--id', 'x', '--name', 'X', '--kind', 'embassy', '--library', library)).code).toBe(2)
    expect((await run('actors', 'add', '--name', 'X', '--kind', 'other', '--library', library)).code).toBe(2)
    const dup = await run('actors', 'add', '--id', 'ru-mfa', '--name', 'X', '--kind', 'other', '--library', library)
    expect(dup.code).toBe(1)
    expect(dup.err).toMatch(/already exists/)
    const missing = await run('actors', 'alias', 'no-such-actor', 'X', '--library', library)
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/"no-such-actor" does not exist/)
  })
})
