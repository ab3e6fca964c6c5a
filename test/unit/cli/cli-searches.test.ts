import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'
import { createServices } from '../../../src/main/core/services'

const GOOD = resolve(import.meta.dirname, '../../fixtures/import/folder')

let dir: string
let library: string

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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-searches-'))
  library = join(dir, 'library.sqlite')
  expect((await cli('import', GOOD)).code).toBe(0)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax search', () => {
  it('finds word forms and gives snippets with the hits marked in --json', async () => {
    // The fixture says "переговоры"; "переговорах" is another form of it.
    const hits = JSON.parse((await cli('search', 'переговорах', '--json')).stdout) as { snippet: string }[]
    expect(hits.length).toBeGreaterThan(0)
    expect(hits[0].snippet).toMatch(/\uE000переговор\p{L}*\uE001/u)
    const exact = JSON.parse((await cli('search', '"переговорах"', '--json')).stdout)
    expect(exact).toEqual([])
    const plain = await cli('search', 'переговорах')
    expect(plain.stdout).toMatch(/\[переговор\p{L}*\]/u)
  })
})

describe('parallax searches', () => {
  it('saves, lists with new-article counts, and deletes saved searches', async () => {
    const saved = await cli('searches', 'save', 'Talks RU', 'переговоры', '--lang', 'ru', '--json')
    expect(saved.code).toBe(0)
    const record = JSON.parse(saved.stdout)
    expect(record).toMatchObject({ name: 'Talks RU', query: { text: 'переговоры', languages: ['ru'] }, newCount: 0 })
    expect((await cli('searches', 'save', 'Everything new')).code).toBe(0)

    // An article arriving later (a fetch job, an import) counts as new.
    const services = createServices({ libraryPath: library })
    services.articles.add(
      {
        title: 'Новые переговоры', byline: null, siteName: 'Пример', url: 'https://example.ru/n/1', publishedAt: '2024-04-01',
        language: 'ru', excerpt: null, cleanHtml: '<p>Стороны провели переговоры.</p>', text: 'Стороны провели переговоры.',
        wordCount: 3, mediaType: 'text/html',
      },
      null,
      'https://example.ru/n/1',
    )
    await services.close()

    const list = JSON.parse((await cli('searches', 'list', '--json')).stdout) as { name: string; newCount: number }[]
    expect(list.map((s) => [s.name, s.newCount])).toEqual([['Everything new', 1], ['Talks RU', 1]])
    const table = (await cli('searches', 'list')).stdout
    expect(table).toMatch(/NEW\s+NAME\s+QUERY/u)
    expect(table).toMatch(/1\s+Talks RU\s+"переговоры" --lang ru/u)

    expect((await cli('searches', 'delete', 'talks ru')).code).toBe(0)
    expect((await cli('searches', 'delete', String(record.id))).code).toBe(1)
    expect(JSON.parse((await cli('searches', 'list', '--json')).stdout)).toHaveLength(1)
  })

  it('refuses a search with an unknown tag', async () => {
    const r = await cli('searches', 'save', 'Nothing', 'x', '--tag', 'no-such-tag')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/no tag named/u)
  })
})
