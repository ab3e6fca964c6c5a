import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'

const GOOD = resolve(import.meta.dirname, '../../fixtures/import/folder')

let dir: string
let library: string

async function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    outIsTty: false,
    errIsTty: false,
    columns: undefined,
  })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-ip-'))
  library = join(dir, 'library.sqlite')
  expect((await cli('import', GOOD, '--library', library)).code).toBe(0)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('CLI options', () => {
  it('limits list output', async () => {
    expect(JSON.parse((await cli('list', '--library', library, '--json', '--limit', '2')).stdout)).toHaveLength(2)
    expect((await cli('list', '--library', library, '--limit', '0')).code).toBe(2)
  })

  it('filters and sorts search results', async () => {
    const ru = JSON.parse((await cli('search', 'переговоры', '--lang', 'ru', '--sort', 'date-desc', '--library', library, '--json')).stdout)
    expect(ru.map((h: { title: string }) => h.title)).toEqual([
      'Брифинг официального представителя МИД России',
      'Лавров провёл переговоры в Анкаре',
    ])
    const asc = JSON.parse((await cli('search', 'переговоры', '--sort', 'date-asc', '--library', library, '--json')).stdout)
    expect(asc.map((h: { publishedAt: string }) => h.publishedAt.slice(0, 10))).toEqual(['2024-02-20', '2024-03-11'])
    const dated = await cli('search', 'переговоры', '--from', '2024-03-01', '--to', '2024-03-31', '--library', library, '--json')
    expect(JSON.parse(dated.stdout).map((h: { language: string }) => h.language)).toEqual(['ru'])
    expect(JSON.parse((await cli('search', 'переговоры', '--lang', 'en', '--library', library, '--json')).stdout)).toEqual([])
    const source = await cli('search', 'Lavrov OR Лавров', '--source', 'www.primer-novosti.ru', '--library', library, '--json')
    expect(JSON.parse(source.stdout)).toEqual([])
    const bySource = await cli('search', 'Лавров', '--source', 'primer-novosti.ru', '--library', library, '--json')
    expect(JSON.parse(bySource.stdout)).toHaveLength(1)
  })

  it('filters by tag name and warns about an unknown tag', async () => {
    const { createServices } = await import('../../../src/main/core/services')
    const services = createServices({ libraryPath: library })
    const de = services.articles.search({ languages: ['de'] }).hits[0]
    services.tags.addToArticles([de.id], 'Ukraine-Reise')
    await services.close()
    const tagged = await cli('search', 'Ministerin', '--tag', 'ukraine-reise', '--library', library, '--json')
    expect(JSON.parse(tagged.stdout).map((h: { id: number }) => h.id)).toEqual([de.id])
    const unknown = await cli('search', 'Ministerin', '--tag', 'nope', '--library', library, '--json')
    expect(unknown.code).toBe(0)
    expect(JSON.parse(unknown.stdout)).toEqual([])
    expect(unknown.stderr).toContain('no tag named "nope"')
  })

  it('pages search results', async () => {
    const all = JSON.parse((await cli('search', 'in', '--library', library, '--json')).stdout) as { id: number }[]
    const second = JSON.parse((await cli('search', 'in', '--library', library, '--json', '--limit', '1', '--offset', '1')).stdout)
    expect(all.length).toBeGreaterThan(1)
    expect(second).toEqual([all[1]])
  })

  it('treats bad values as usage errors (exit 2)', async () => {
    for (const args of [
      ['search', 'x', '--from', '2024-02-30'],
      ['search', 'x', '--to', '5.3.2024'],
      ['search', 'x', '--sort', 'random'],
      ['search', 'x', '--limit', 'ten'],
      ['show', 'abc'],
      ['show', '0'],
      ['frobnicate'],
      ['list', '--bogus'],
    ]) {
      const run = await cli(...args, '--library', library)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toMatch(/^error: /u)
    }
  })

  it('prints help with exit code 0', async () => {
    const run = await cli('--help')
    expect(run.code).toBe(0)
    for (const command of ['import', 'list', 'search', 'show', 'extract']) expect(run.stdout).toContain(command)
  })

  it('shows an article for people', async () => {
    const list = JSON.parse((await cli('list', '--library', library, '--json')).stdout) as { id: number; language: string }[]
    const run = await cli('show', String(list.find((a) => a.language === 'de')!.id), '--library', library)
    expect(run.stdout).toMatch(/^Title: +Außenministerin reist nach Kyjiw$/mu)
    expect(run.stdout).toMatch(/^Outlet: +Beispiel-Zeitung \(beispiel-zeitung\.de\)$/mu)
    expect(run.stdout).toContain('\n\nDie Bundesaußenministerin ist am Dienstagmorgen')
  })

  it('extracts for people without --jsonl', async () => {
    const run = await cli('extract', join(GOOD, 'en-ceasefire.htm'))
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^== .*en-ceasefire\.htm\nCeasefire talks resume in Geneva\nOutlet: +Example Times/u)
  })

  it('refuses a library from a newer Parallax with exit 1', async () => {
    const Database = (await import('better-sqlite3')).default
    const newer = join(dir, 'newer.sqlite')
    const db = new Database(newer)
    db.pragma('user_version = 999')
    db.close()
    const run = await cli('list', '--library', newer)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/newer version of Parallax/u)
  })
})
