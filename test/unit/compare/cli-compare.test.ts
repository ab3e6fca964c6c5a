import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../../src/main/core/db/migrations'
import { runCli } from '../../../src/main/cli/program'
import { openDatabase } from '../../../src/main/core/db/open'
import { strFromU8, unzipSync } from 'fflate'
import { addStatement } from './library-fixture'
import { xmlProblem } from './xml-well-formed'


/** Events and comparisons live in schema 005, registered once the statements schema (003) is. */
const COMPARISONS_IN_SCHEMA = migrations.some((m) => m.version === 5)
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/compare')

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
  if (!COMPARISONS_IN_SCHEMA) return
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-compare-'))
  library = join(dir, 'library.sqlite')
  expect((await cli('import', FIXTURES, '--library', library)).code).toBe(0)
  // Statements placed by hand, so the test does not depend on what extraction finds.
  const db = openDatabase(library)
  const article = (title: string) => db.prepare('SELECT id FROM articles WHERE title LIKE ?').pluck().get(`%${title}%`) as number
  db.prepare('DELETE FROM statements').run()
  addStatement(db, article('Minsk spricht'), 'by-mfa', 'Was in Kasachstan geschieht, ist ein von außen gesteuerter Putschversuch')
  addStatement(db, article('Moskau warnt'), 'ru-mfa', 'nicht durch Straßenunruhen und die Verletzung von Gesetzen')
  addStatement(db, article('OVKS-Gipfel'), 'by-mfa', 'terroristischen Gruppen', { kind: 'partial' })
  addStatement(db, article('OVKS-Gipfel'), 'ru-mfa', 'in Kasachstan habe man es mit gut ausgebildeten terroristischen Gruppen zu tun gehabt', { kind: 'reported' })
  addStatement(db, article('Захарова'), 'ru-mfa', 'Колонны боевиков действовали по единому плану')
  db.close()
}, 60_000)
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!COMPARISONS_IN_SCHEMA)('parallax compare', () => {
  it('groups a topic across languages with --layout themes, titled by a key phrase', async () => {
    const r = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--layout', 'themes', '--format', 'json', '--out', '-', '--library', library)
    expect(r.code).toBe(0)
    const model = JSON.parse(r.stdout) as { suggestions: { label: string; statementIds: number[] }[]; cards: { statementId: number; language: string }[] }
    const language = (id: number) => model.cards.find((c) => c.statementId === id)!.language
    // "terroristischen Gruppen" (German) and "Колонны боевиков" (Russian) are about the same: the terrorists.
    const across = model.suggestions.filter((s) => new Set(s.statementIds.map(language)).size >= 2)
    expect(across.length).toBeGreaterThan(0)
    for (const s of model.suggestions) expect(s.label).not.toContain(' · ')
    // Titled in the report's language (English by default), the term's name there.
    expect(across.map((s) => s.label)).toContain('Terrorists')
    const de = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--layout', 'themes', '--locale', 'de', '--format', 'json', '--out', '-', '--library', library)
    expect((JSON.parse(de.stdout) as typeof model).suggestions.map((s) => s.label)).toContain('Terroristen')
  })

  it('writes the Word briefing with --format docx: summary, quotes, footnoted sources', async () => {
    const out = join(dir, 'briefing.docx')
    const r = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--from', '2022-01-01', '--to', '2022-01-31', '--format', 'docx', '--out', out, '--library', library)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/wrote .*briefing\.docx: 5 statements/)
    const files = unzipSync(readFileSync(out))
    const doc = strFromU8(files['word/document.xml'])
    expect(xmlProblem(doc)).toBeNull()
    expect(doc).toContain('>Summary<')
    expect(doc).toContain('Колонны боевиков действовали по единому плану')
    expect(doc.match(/<w:footnoteReference /g)!.length).toBeGreaterThanOrEqual(5)
    expect(strFromU8(files['word/footnotes.xml'])).toContain('SHA-256 of the capture')
  })

  it('writes the printable HTML report', async () => {
    const out = join(dir, 'report.html')
    const r = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--from', '2022-01-01', '--to', '2022-01-31', '--format', 'html', '--out', out, '--library', library)
    expect(r.stderr).toMatch(/wrote .*report\.html: 5 statements \(ru-mfa 3, by-mfa 2\), 4 rows/)
    expect(r.code).toBe(0)
    const html = readFileSync(out, 'utf8')
    const { document } = parseHTML(html)
    expect(document.querySelectorAll('script')).toHaveLength(0)
    expect([...document.querySelectorAll('thead th .actor')].map((th) => th.textContent)).toEqual([
      'Russian Ministry of Foreign Affairs',
      'Belarusian Ministry of Foreign Affairs',
    ])
    expect(html).toMatch(/<mark class="p\d">terroristischen Gruppen<\/mark>/)
    expect(html).toContain('@page { size: A4 landscape;')
  })

  it('writes JSON and CSV of the same comparison, for a tag, a search or an event', async () => {
    const json = await cli('compare', '--actors', 'by-mfa,ru-mfa', '--query', 'Kasachstan', '--layout', 'themes', '--format', 'json', '--out', '-', '--library', library)
    expect(json.code).toBe(0)
    const model = JSON.parse(json.stdout)
    expect(model.columns.map((c: { actor: { id: string } }) => c.actor.id)).toEqual(['by-mfa', 'ru-mfa'])
    expect(model.layout).toBe('themes')
    expect(model.cards).toHaveLength(4)

    const event = await cli('events', 'add', '--title', 'Unrest in Kazakhstan', '--from', '2022-01-07', '--to', '2022-01-10', '--json', '--library', library)
    expect(event.code).toBe(0)
    const { id } = JSON.parse(event.stdout)
    expect((await cli('events', 'list', '--library', library)).stdout).toContain(`#${id}  Unrest in Kazakhstan  2022-01-07 – 2022-01-10  (4 statements, 4 articles)`)
    const csvFile = join(dir, 'c.csv')
    const csv = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--event', String(id), '--format', 'csv', '--out', csvFile, '--library', library)
    expect(csv.code).toBe(0)
    const text = readFileSync(csvFile, 'utf8')
    expect(text.startsWith('\uFEFFrow,actor_id')).toBe(true)
    expect(text.trimEnd().split('\r\n')).toHaveLength(5)
  })

  it('names what is wrong: usage errors exit 2, unknown actors or tags exit 1', async () => {
    expect((await cli('compare', '--actors', 'ru-mfa', '--format', 'html', '--out', '-', '--library', library)).code).toBe(2)
    expect((await cli('compare', '--actors', 'ru-mfa,by-mfa', '--tag', 'a', '--query', 'b', '--format', 'html', '--out', '-', '--library', library)).code).toBe(2)
    expect((await cli('compare', '--actors', 'ru-mfa,by-mfa', '--format', 'pdf', '--out', '-', '--library', library)).code).toBe(2)
    const unknown = await cli('compare', '--actors', 'ru-mfa,xx-mfa', '--format', 'json', '--out', '-', '--library', library)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('Unknown actor: xx-mfa')
    const tag = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--tag', 'nope', '--format', 'json', '--out', '-', '--library', library)
    expect(tag.code).toBe(1)
    expect(tag.stderr).toContain('There is no tag named “nope”')
  })

  it('sets a person beside the bodies with --person, or person:ID among --actors', async () => {
    const db = openDatabase(library)
    db.prepare("UPDATE statements SET person_id = 'maria-zakharova', speaker = 'Захарова' WHERE quote LIKE 'Колонны%'").run()
    db.close()
    const r = await cli('compare', '--actors', 'ru-mfa,by-mfa', '--person', 'maria-zakharova', '--format', 'json', '--out', '-', '--library', library)
    expect(r.stderr).toMatch(/5 statements \(ru-mfa 2, by-mfa 2, person:maria-zakharova 1\)/)
    const model = JSON.parse(r.stdout)
    expect(model.columns[2].actor).toMatchObject({ id: 'person:maria-zakharova', name: 'Maria Zakharova', person: { role: 'spokesperson', actorId: 'ru-mfa' } })
    expect(model.cards.find((c: { personId: string | null }) => c.personId === 'maria-zakharova')).toMatchObject({ column: 2, speaker: 'Maria Zakharova' })

    const html = await cli('compare', '--actors', 'person:maria-zakharova,by-mfa', '--format', 'html', '--out', '-', '--library', library)
    expect(html.code).toBe(0)
    const { document } = parseHTML(html.stdout)
    expect(document.querySelector('thead th.person .office')!.textContent).toBe('Spokesperson, Russian Ministry of Foreign Affairs')

    expect((await cli('compare', '--person', 'maria-zakharova', '--format', 'json', '--out', '-', '--library', library)).code).toBe(2)
    expect((await cli('compare', '--actors', 'person:maria-zakharova', '--person', 'maria-zakharova', '--format', 'json', '--out', '-', '--library', library)).code).toBe(2)
    const unknown = await cli('compare', '--actors', 'ru-mfa', '--person', 'nobody', '--format', 'json', '--out', '-', '--library', library)
    expect(unknown).toMatchObject({ code: 1 })
    expect(unknown.stderr).toContain('Unknown actor: person:nobody')
  })
})
