import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../../..')
const BIN = join(ROOT, 'bin/parallax.mjs')
const GOOD = join(ROOT, 'test/fixtures/import/folder')
const BROKEN = join(ROOT, 'test/fixtures/import/broken')

interface Run {
  code: number
  stdout: string
  stderr: string
}

let dir: string
let library: string
let firstImport: Run

/**
 * Runs bin/parallax.mjs from source (as in a fresh checkout) in a foreign working directory.
 * Each run pays Node and tsx start-up, so finer cases are in cli-in-process.test.ts.
 */
function parallax(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { ...process.env, PARALLAX_FROM_SOURCE: '1', PARALLAX_LIBRARY: '', ...env }, timeout: 60_000 },
      (err, stdout, stderr) => done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'))
  library = join(dir, 'lib', 'library.sqlite')
  firstImport = await parallax(['import', GOOD, '--library', library, '--json'])
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax import', () => {
  it('prints the summary as JSON', () => {
    expect(firstImport.stderr).toBe('')
    expect(firstImport.code).toBe(0)
    const summary = JSON.parse(firstImport.stdout)
    expect(summary).toMatchObject({ imported: 5, duplicates: 0, failed: 0, cancelled: false })
    expect(summary.outcomes.map((o: { status: string }) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported'])
  })

  it('exits 1 and names every failed input on stderr, importing the rest', async () => {
    const run = await parallax(['import', join(BROKEN, 'empty.html'), join(BROKEN, 'image.html'), GOOD, '--library', library])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${join(BROKEN, 'empty.html')}: the file is empty`)
    expect(run.stderr).toMatch(new RegExp(`${join(BROKEN, 'image.html')}: .*PNG`, 'u'))
    expect(run.stdout).toContain('Imported 0, duplicates 5, failed 2.')
    expect(run.stdout).toMatch(/duplicate +#\d+ +.*en-ceasefire\.htm +\(same file as "Ceasefire talks resume in Geneva"\)/u)
  })

  it('exits 2 on a usage error', async () => {
    const run = await parallax(['import', '--library', library])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/missing required argument/u)
  })
})

describe('parallax list, search, show', () => {
  it('lists articles as JSON with the documented fields', async () => {
    const run = await parallax(['list', '--library', library, '--json'])
    expect(run.code).toBe(0)
    const list = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(list).toHaveLength(5)
    for (const item of list) expect(Object.keys(item)).toEqual(['id', 'title', 'siteName', 'url', 'publishedAt', 'language'])
    expect(list.map((a) => a.language).sort()).toEqual(['de', 'en', 'en', 'ru', 'ru'])
    expect(list.find((a) => a.language === 'de')).toMatchObject({
      title: 'Außenministerin reist nach Kyjiw',
      siteName: 'Beispiel-Zeitung',
      url: 'https://www.beispiel-zeitung.de/politik/ausland/aussenministerin-kyjiw-100.html',
    })
  })

  it('lists as a table for people, and reads $PARALLAX_LIBRARY', async () => {
    const run = await parallax(['list'], { PARALLAX_LIBRARY: library })
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toMatch(/^\s*ID +DATE +LG +SOURCE +TITLE$/u)
    expect(run.stdout).toMatch(/2024-02-20 +ru +primer-novosti\.ru +Лавров провёл переговоры в Анкаре/u)
  })

  it('searches with folding and filters, JSON hits with marked snippets', async () => {
    const run = await parallax(['search', 'Aussenministerium', '--library', library, '--json'])
    expect(run.code).toBe(0)
    const hits = JSON.parse(run.stdout) as { title: string; snippet: string }[]
    expect(hits.map((h) => h.title)).toEqual(['Außenministerin reist nach Kyjiw'])
    expect(hits[0].snippet).toContain('\uE000Außenministerium\uE001')


    const human = await parallax(['search', '"Auswärtige Amt"', '--library', library])
    expect(human.stdout).toContain('[Auswärtige Amt]')
    expect(human.stderr).toContain('1 article')
  })

  it('shows one article with its fields and text', async () => {
    const list = JSON.parse((await parallax(['list', '--library', library, '--json'])).stdout) as { id: number; language: string }[]
    const id = list.find((a) => a.language === 'de')!.id
    const run = await parallax(['show', String(id), '--library', library, '--json'])
    expect(run.code).toBe(0)
    const article = JSON.parse(run.stdout)
    expect(article).toMatchObject({
      id,
      title: 'Außenministerin reist nach Kyjiw',
      byline: 'Anna Muster',
      domain: 'beispiel-zeitung.de',
      language: 'de',
      origin: join(GOOD, 'de-aussenministerium.html'),
    })
    expect(article.text).toMatch(/^Die Bundesaußenministerin ist am Dienstagmorgen/u)
    expect(article.text.split('\n\n')).toHaveLength(4)

    const missing = await parallax(['show', '99999', '--library', library])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('article 99999: not in the library')
  })

  it('reads a library that does not exist as empty, without creating it', async () => {
    const nowhere = join(dir, 'nowhere', 'library.sqlite')
    const run = await parallax(['list', '--library', nowhere, '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([])
    expect(existsSync(nowhere)).toBe(false)
  })
})

describe('parallax extract', () => {
  it('prints one JSON line per file, names failures on stderr and exits 1', async () => {
    const run = await parallax([
      'extract', '--jsonl',
      join(GOOD, 'ru-1251.html'), join(BROKEN, 'empty.html'), join(GOOD, 'en-ceasefire.htm'), join(GOOD, 'nested/deeper/ru-copied.txt'),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(`${join(BROKEN, 'empty.html')}: the file is empty`)
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.file)).toEqual([
      join(GOOD, 'ru-1251.html'), join(GOOD, 'en-ceasefire.htm'), join(GOOD, 'nested/deeper/ru-copied.txt'),
    ])
    for (const l of lines) expect(Object.keys(l)).toEqual(['file', 'title', 'byline', 'siteName', 'url', 'publishedAt', 'language', 'text', 'statements'])
    expect(lines[0]).toMatchObject({ title: 'Лавров провёл переговоры в Анкаре', language: 'ru', publishedAt: expect.stringMatching(/^2024-02-20/u) })
    expect(lines[1]).toMatchObject({ title: 'Ceasefire talks resume in Geneva', byline: 'John Example', language: 'en' })
    expect(lines[2]).toMatchObject({ url: 'https://mid.ru/ru/foreign_policy/news/2024/03/11/1234567/', publishedAt: '2024-03-11' })
  })
})
