/** `parallax persons` with people learned from the text: shown with their source and article, and the analyst's commands on them. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'
import { createServices } from '../../../src/main/core/services'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t), outIsTty: false, errIsTty: false, columns: undefined })
  return { code, out, err }
}

let dir: string
let library: string

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-text-persons-cli-'))
  library = join(dir, 'library.db')
  const services = createServices({ libraryPath: library, importWorkers: 1 })
  const texts = [
    'Die Lage sei ernst, sagte Anna Müllerowa, Sprecherin des russischen Außenministeriums, am Montag.',
    'Kremlin spokesman John Doeman said on Monday that talks would continue.',
    'Kremlin spokesman Jon Doman said on Tuesday that talks had failed.',
  ]
  const ids = texts.map(
    (text, i) =>
      services.articles.add(
        { title: `Article ${i + 1}`, byline: null, siteName: null, url: null, publishedAt: '2024-03-04', language: i ? 'en' : 'de', excerpt: null, cleanHtml: '', text, wordCount: 12, mediaType: 'text/plain' },
        null,
        'test',
      ).articleId,
  )
  services.statementExtraction.extractArticles(ids)
  await services.close()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax persons and people learned from the text', () => {
  it('lists and shows them with where they were learned, and confirms, renames, merges and removes them', async () => {
    const list = await run('persons', 'list', '--learned', '--library', library)
    expect(list.out).toMatch(/^anna-mullerowa\s+1\s+Anna Müllerowa \(from text\)\s+—\s+spokesperson, Russian Ministry of Foreign Affairs \(since 2024-03\)$/m)
    expect(list.out.trim().split('\n')).toHaveLength(4)
    const show = await run('persons', 'show', 'anna-mullerowa', '--library', library)
    expect(show.out).toContain('learned from: “Anna Müllerowa, Sprecherin des russischen Außenministeriums” in article 1 (Article 1)')

    expect((await run('persons', 'merge', 'jon-doman', 'john-doeman', '--library', library)).out).toBe('merged jon-doman into john-doeman (John Doeman)\n')
    expect((await run('persons', 'rename', 'john-doeman', 'Джон Доуман@ru', 'John Doeman', '--library', library)).out).toBe('renamed john-doeman: John Doeman\n')
    const confirmed = JSON.parse((await run('persons', 'confirm', 'john-doeman', '--json', '--library', library)).out)
    expect(confirmed).toMatchObject({ source: 'analyst', names: { en: ['John Doeman'], ru: ['Джон Доуман'] } })
    expect((await run('persons', 'remove', 'anna-mullerowa', '--library', library)).out).toBe('removed anna-mullerowa\n')
    const after = JSON.parse((await run('persons', 'list', '--json', '--library', library)).out) as { id: string; source: string; statements: number }[]
    expect(after.filter((p) => p.source !== 'seed').map((p) => [p.id, p.source, p.statements])).toEqual([['john-doeman', 'analyst', 2]])

    const refused = await run('persons', 'remove', 'maria-zakharova', '--library', library)
    expect(refused.code).not.toBe(0)
    expect(refused.err).toMatch(/shipped person/)
  }, 60_000)
})
