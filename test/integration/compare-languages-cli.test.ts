/**
 * `parallax compare --layout themes` end to end on the ten German, Russian and English pages of
 * test/fixtures/compare, with the statements the engine finds on import: the CSTO mission, which
 * Moscow and Minsk word each their own way, is one suggested theme across both columns and all
 * three languages, titled by a key phrase in the report's language.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/program'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/compare')
let dir = ''
let library = ''

async function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli([...args, '--library', library], {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    outIsTty: false,
    errIsTty: false,
    columns: undefined,
  })
  return { code, stdout, stderr }
}

interface Model {
  suggestions: { label: string; statementIds: number[]; columns: number[] }[]
  cards: { statementId: number; language: string; quote: string }[]
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-compare-languages-'))
  library = join(dir, 'library.sqlite')
  expect((await cli('import', FIXTURES)).code).toBe(0)
  expect((await cli('events', 'add', '--title', 'Unrest in Kazakhstan, January 2022', '--from', '2022-01-02', '--to', '2022-01-31')).code).toBe(0)
}, 120_000)
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }))

describe('parallax compare --layout themes across languages', () => {
  const themes = async (locale: string) => {
    const r = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--event', '1', '--layout', 'themes', '--locale', locale, '--format', 'json', '--out', '-')
    expect(r.code, r.stderr).toBe(0)
    return JSON.parse(r.stdout) as Model
  }

  it('makes the CSTO mission one theme over both columns and three languages', async () => {
    const model = await themes('en')
    const language = new Map(model.cards.map((c) => [c.statementId, c.language]))
    const mission = model.suggestions.filter((s) => s.statementIds.some((id) => /ОДКБ|OVKS|CSTO/u.test(model.cards.find((c) => c.statementId === id)!.quote)))
    const biggest = mission.sort((a, b) => b.statementIds.length - a.statementIds.length)[0]
    expect(biggest.columns).toEqual([0, 1])
    expect(new Set(biggest.statementIds.map((id) => language.get(id))).size).toBe(3)
    expect(biggest.label).toMatch(/^(CSTO peacekeepers|Peacekeepers|Strategic facilities)$/)
    for (const s of model.suggestions) expect(s.label).not.toMatch(/ · |, /)
  })

  it("titles the same theme in the report's language", async () => {
    const [de, ru] = [await themes('de'), await themes('ru')]
    expect(de.suggestions.map((s) => s.label)).toContainEqual(expect.stringMatching(/^(Friedenstruppe der OVKS|Friedenstruppen|Strategische Objekte)$/))
    expect(ru.suggestions.map((s) => s.label)).toContainEqual(expect.stringMatching(/^(Миротворческие силы ОДКБ|Миротворцы|Стратегические объекты)$/))
  })
})
