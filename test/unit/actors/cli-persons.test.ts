import { mkdtempSync, rmSync } from 'node:fs'
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

describe('parallax persons', () => {
  let dir: string
  let library: string
  let savedEnv: string | undefined
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-persons-cli-'))
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

  it('lists the shipped persons with their latest office, as a table and as JSON', async () => {
    const table = await run('persons', 'list', '--library', library)
    expect(table.code).toBe(0)
    expect(table.out).toMatch(/^ID\s+STATEMENTS\s+NAME\s+—\s+OFFICE$/m)
    expect(table.out).toMatch(/^maria-zakharova\s+0\s+Maria Zakharova\s+—\s+spokesperson, Russian Ministry of Foreign Affairs \(since 2015-08\)$/m)
    const json = await run('persons', 'list', '--query', 'захар', '--json', '--library', library)
    expect(JSON.parse(json.out)).toEqual([expect.objectContaining({ id: 'maria-zakharova', source: 'seed', statements: 0 })])
  })

  it('adds a person with names in several languages and offices, and shows them', async () => {
    const added = await run('persons', 'add', '--name', 'Anatoly Glaz', '--name', 'Анатолий Глаз@ru', '--name', 'Anatoli Glas@de', '--gender', 'm',
      '--office', 'by-mfa:spokesperson:2019-01', '--library', library)
    expect(added).toMatchObject({ code: 0, err: '', out: 'added anatoly-glaz (Anatoly Glaz) with 1 office\n' })
    const shown = await run('persons', 'show', 'anatoly-glaz', '--library', library)
    expect(shown.code).toBe(0)
    expect(shown.out).toContain('Anatoly Glaz (anatoly-glaz), your own')
    expect(shown.out).toContain('ru: Анатолий Глаз')
    expect(shown.out).toMatch(/spokesperson\s+Belarusian Ministry of Foreign Affairs \(by-mfa\)\s+2019-01 – now/)
    const json = JSON.parse((await run('persons', 'show', 'anatoly-glaz', '--json', '--library', library)).out)
    expect(json).toMatchObject({ names: { en: ['Anatoly Glaz'], ru: ['Анатолий Глаз'], de: ['Anatoli Glas'] }, gender: 'm', source: 'analyst', statements: 0 })
  })

  it('exits 2 on usage errors and 1 with a reason when the library refuses', async () => {
    expect((await run('persons', 'add', '--library', library)).code).toBe(2)
    expect((await run('persons', 'add', '--name', 'Jane Doe', '--office', 'by-mfa', '--library', library)).code).toBe(2)
    expect((await run('persons', 'add', '--name', 'Jane Doe', '--gender', 'x', '--library', library)).code).toBe(2)
    const unknown = await run('persons', 'add', '--name', 'Jane Doe', '--office', 'xx-none:spokesperson:2020', '--library', library)
    expect(unknown.code).toBe(1)
    expect(unknown.err).toMatch(/"xx-none" does not exist/)
    const missing = await run('persons', 'show', 'nobody', '--library', library)
    expect(missing).toMatchObject({ code: 1, err: 'persons show nobody: no such person (see "parallax persons list")\n' })
  })
})
