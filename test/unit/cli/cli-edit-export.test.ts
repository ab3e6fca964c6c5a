import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'
import { createServices } from '../../../src/main/core/services'
import { checkCslItems, parseBibtex, parseRis } from '../citations/strict-parsers'

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

const show = async (id: number) => JSON.parse((await cli('show', String(id), '--json')).stdout)
const idTitled = async (title: string) =>
  (JSON.parse((await cli('list', '--json')).stdout) as { id: number; title: string }[]).find((a) => a.title === title)!.id

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-edit-'))
  library = join(dir, 'library.sqlite')
  expect((await cli('import', GOOD)).code).toBe(0)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax edit', () => {
  it('corrects metadata, marks it as edited and keeps it through reextract', async () => {
    const id = await idTitled('Außenministerin reist nach Kyjiw')
    const edited = await cli('edit', String(id), '--title', 'Baerbock in Kyjiw', '--outlet', 'Beispiel-Zeitung Online', '--published', '2024-03-04', '--language', 'DE', '--author', '')
    expect(edited.code).toBe(0)
    expect(edited.stdout).toContain('Edited:    title, outlet, author, publishedAt, language')
    expect(await show(id)).toMatchObject({ title: 'Baerbock in Kyjiw', siteName: 'Beispiel-Zeitung Online', byline: null, publishedAt: '2024-03-04', language: 'de' })
    expect(JSON.parse((await cli('search', 'Baerbock', '--json')).stdout).map((h: { id: number }) => h.id)).toEqual([id])

    const re = await cli('reextract')
    expect(re.code).toBe(0)
    expect(re.stderr).toMatch(/5 of 5 articles re-read/)
    expect(await show(id)).toMatchObject({ title: 'Baerbock in Kyjiw', publishedAt: '2024-03-04', editedFields: ['title', 'outlet', 'author', 'publishedAt', 'language'] })

    const reverted = await cli('edit', String(id), '--revert', 'title,publishedAt', '--json')
    expect(JSON.parse(reverted.stdout)).toMatchObject({ title: 'Außenministerin reist nach Kyjiw', publishedAt: expect.stringMatching(/^2024-03-05/) })
  })

  it('refuses bad values with a clear message and exit code 2, and unknown articles with 1', async () => {
    const id = await idTitled('Ceasefire talks resume in Geneva')
    const date = await cli('edit', String(id), '--published', '07.03.2024')
    expect(date.code).toBe(2)
    expect(date.stderr).toContain('write it as YYYY-MM-DD')
    const url = await cli('edit', String(id), '--url', 'ftp://example.org/x')
    expect(url.code).toBe(2)
    expect(url.stderr).toContain('only http:// and https://')
    const lang = await cli('edit', String(id), '--language', 'english')
    expect(lang.stderr).toContain('ISO 639-1')
    expect((await cli('edit', String(id))).code).toBe(2)
    expect((await cli('edit', String(id), '--revert', 'headline')).code).toBe(2)
    expect((await cli('edit', '999', '--title', 'x')).code).toBe(1)
    expect((await show(id)).editedFields).toEqual([])
  })
})

describe('parallax export', () => {
  it('exports every article as RIS, CSL-JSON and BibTeX that strict readers accept', async () => {
    const ris = await cli('export', '--format', 'ris')
    expect(ris.code).toBe(0)
    expect(ris.stderr).toBe('5 citations\n')
    const records = parseRis(ris.stdout)
    expect(records).toHaveLength(5)
    expect(records.every((r) => r.get('TY')![0] === 'NEWS')).toBe(true)
    expect(records.map((r) => r.get('TI')![0])).toContain('Брифинг официального представителя МИД России')

    const csl = JSON.parse((await cli('export', '--format', 'csl-json')).stdout)
    checkCslItems(csl)
    expect(csl).toHaveLength(5)

    const bib = parseBibtex((await cli('export', '--format', 'bibtex')).stdout)
    expect(bib).toHaveLength(5)
    expect(new Set(bib.map((e) => e.key)).size).toBe(5)
  })

  it('selects by --ids, --query and --tag, and writes --out as UTF-8', async () => {
    const ru = await idTitled('Лавров провёл переговоры в Анкаре')
    const en = await idTitled('New sanctions package agreed')
    const byIds = parseRis((await cli('export', '--format', 'ris', '--ids', `${en},${ru}`)).stdout)
    expect(byIds.map((r) => r.get('ID')![0])).toEqual([`parallax-${en}`, `parallax-${ru}`])

    const byQuery = JSON.parse((await cli('export', '--format', 'csl-json', '--query', 'переговоры')).stdout)
    expect(byQuery.map((i: { language: string }) => i.language)).toEqual(['ru', 'ru'])

    const services = createServices({ libraryPath: library, importWorkers: 1 })
    services.tags.addToArticles([en], 'Sanktionen')
    await services.close()
    const out = join(dir, 'c.bib')
    const file = await cli('export', '--format', 'bibtex', '--tag', 'sanktionen', '--out', out)
    expect(file.stderr).toBe(`1 citation written to ${out}\n`)
    expect(parseBibtex(readFileSync(out, 'utf8'))).toHaveLength(1)

    const missingTag = await cli('export', '--format', 'ris', '--tag', 'nope')
    expect(missingTag.code).toBe(1)
    expect(missingTag.stderr).toContain('The tag "nope" does not exist')
    expect((await cli('export', '--format', 'endnote')).code).toBe(2)
    expect((await cli('export', '--format', 'ris', '--ids', '1,x')).code).toBe(2)
  })
})
