/** Persons side by side with bodies: person columns in the model, the scope's persons, and every export. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { personColumn, type ComparisonModel } from '../../../src/shared/api'
import { createServices, type Services } from '../../../src/main/core/services'
import { addArticle } from './library-fixture'

let dir: string
let services: Services
const ids: Record<string, number> = {}

function statement(articleId: number, quote: string, actorId: string | null, personId: string | null, speaker: string | null): number {
  const text = services.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string
  const start = text.indexOf(quote)
  return services.db
    .prepare(
      `INSERT INTO statements (article_id, actor_id, person_id, speaker, quote, kind, start_offset, end_offset)
       VALUES (?, ?, ?, ?, ?, 'direct', ?, ?) RETURNING id`,
    )
    .pluck()
    .get(articleId, actorId, personId, speaker, quote, start, start + quote.length) as number
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-person-columns-'))
  services = createServices({ libraryPath: join(dir, 'library.db'), importWorkers: 1 })
  const de = addArticle(services.articles, {
    title: 'Moskau warnt',
    text: 'Das Außenministerium erklärte, man werde nicht zusehen. Sacharowa sagte, die Unruhen seien von außen gesteuert.',
    publishedAt: '2022-01-07T10:00:00+01:00',
    language: 'de',
  })
  const ru = addArticle(services.articles, {
    title: 'Захарова о колоннах',
    text: 'Захарова заявила: колонны боевиков действовали по единому плану. Лавров сказал: это провокация.',
    publishedAt: '2022-01-09T10:00:00+03:00',
    language: 'ru',
  })
  const by = addArticle(services.articles, { title: 'Minsk', text: 'Minsk sprach von einem Putschversuch von außen.', publishedAt: '2022-01-08T10:00:00+01:00', language: 'de' })
  ids.body = statement(de, 'man werde nicht zusehen', 'ru-mfa', null, 'Das Außenministerium')
  ids.zakharovaDe = statement(de, 'die Unruhen seien von außen gesteuert', 'ru-mfa', 'maria-zakharova', 'Sacharowa')
  ids.zakharovaRu = statement(ru, 'колонны боевиков действовали по единому плану', 'ru-mfa', 'maria-zakharova', 'Захарова')
  ids.lavrov = statement(ru, 'это провокация', 'ru-mfa', 'sergey-lavrov', 'Лавров')
  ids.by = statement(by, 'Putschversuch von außen', 'by-mfa', null, 'Minsk')
})

afterAll(async () => {
  await services?.close()
  rmSync(dir, { recursive: true, force: true })
})

const columnOf = (model: ComparisonModel, statementId: number) => model.cards.find((c) => c.statementId === statementId)?.column

describe('persons as comparison columns', () => {
  it('lists the persons who speak in a scope, with the office their statements count for', () => {
    const persons = services.comparisons.personsInScope({ from: '2022-01-01', to: '2022-01-31' })
    expect(persons.map((p) => [p.actor.id, p.statements])).toEqual([
      ['person:maria-zakharova', 2],
      ['person:sergey-lavrov', 1],
    ])
    expect(persons[0]).toMatchObject({
      actor: { name: 'Maria Zakharova', country: 'ru', person: { id: 'maria-zakharova', role: 'spokesperson', actorId: 'ru-mfa' } },
      firstDate: '2022-01-07',
      lastDate: '2022-01-09',
    })
    expect(services.comparisons.personsInScope({ from: '2022-01-08', to: '2022-01-08' })).toEqual([])
  })

  it("puts a person's statements in the body's column, marked as theirs, named in the report's language", () => {
    const model = services.comparisons.build({ scope: {}, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' })
    expect(model.columns.map((c) => [c.actor.id, c.count])).toEqual([
      ['ru-mfa', 4],
      ['by-mfa', 1],
    ])
    const speaker = (id: number) => model.cards.find((c) => c.statementId === id)!.speaker
    // One name for her whatever her article's language: a report does not mix "Maria Sacharowa" and "Мария Захарова".
    expect([speaker(ids.zakharovaDe), speaker(ids.zakharovaRu), speaker(ids.body)]).toEqual(['Maria Zakharova', 'Maria Zakharova', null])
    const ru = services.comparisons.build({ scope: {}, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' }, { locale: 'ru' })
    expect(ru.cards.find((c) => c.statementId === ids.zakharovaDe)!.speaker).toBe('Мария Захарова')
  })

  it("sets a person beside their body: the person's statements leave the body's column for their own", () => {
    const model = services.comparisons.build({ scope: {}, actorIds: ['ru-mfa', personColumn('maria-zakharova'), 'by-mfa'], layout: 'timeline' })
    expect(model.columns.map((c) => [c.actor.id, c.actor.name, c.count])).toEqual([
      ['ru-mfa', 'Russian Ministry of Foreign Affairs', 2],
      ['person:maria-zakharova', 'Maria Zakharova', 2],
      ['by-mfa', 'Belarusian Ministry of Foreign Affairs', 1],
    ])
    expect(model.columns[1].actor.person).toEqual({ id: 'maria-zakharova', role: 'spokesperson', actorId: 'ru-mfa', actorName: 'Russian Ministry of Foreign Affairs' })
    expect([columnOf(model, ids.zakharovaDe), columnOf(model, ids.zakharovaRu), columnOf(model, ids.lavrov), columnOf(model, ids.body)]).toEqual([1, 1, 0, 0])
  })

  it('sets persons side by side without their body, and refuses unknown persons', () => {
    const model = services.comparisons.build({ scope: {}, actorIds: [personColumn('sergey-lavrov'), personColumn('maria-zakharova')], layout: 'themes' })
    expect(model.columns.map((c) => c.count)).toEqual([1, 2])
    expect(model.cards.map((c) => c.statementId).sort()).toEqual([ids.zakharovaDe, ids.zakharovaRu, ids.lavrov].sort())
    expect(() => services.comparisons.build({ scope: {}, actorIds: ['ru-mfa', personColumn('nobody')], layout: 'timeline' })).toThrow(/Unknown actor: person:nobody/)
    const saved = services.comparisons.save({ scope: {}, actorIds: ['by-mfa', personColumn('maria-zakharova')], layout: 'timeline', title: 'Minsk and Zakharova' })
    expect(services.comparisons.saved.get(saved.id)!.spec.actorIds).toEqual(['by-mfa', 'person:maria-zakharova'])
  })

  it('prints the person column with its office, and the cards there without the name again', () => {
    const spec = { scope: {}, actorIds: ['ru-mfa', personColumn('maria-zakharova')], layout: 'timeline' as const }
    const { document } = parseHTML(services.comparisons.html(spec, { locale: 'de' }))
    const heads = [...document.querySelectorAll('table.comparison thead th[scope="col"]')].slice(1)
    // A German report names the body and the person in German.
    expect(heads.map((th) => th.querySelector('.actor')!.textContent)).toEqual(['Russisches Außenministerium', 'Maria Sacharowa'])
    expect(heads[1].querySelector('.office')!.textContent).toBe('Sprecher/in, Russisches Außenministerium')
    expect(heads[0].querySelector('.office')).toBeNull()
    // Lavrov's card in the ministry's column is marked as his; hers, in her column, are not marked again.
    expect([...document.querySelectorAll('.card .speaker')].map((e) => e.textContent)).toEqual(['Sergej Lawrow'])
    // With the body alone, her cards there are marked as hers.
    const bodyOnly = parseHTML(services.comparisons.html({ ...spec, actorIds: ['ru-mfa', 'by-mfa'] }, { locale: 'de' })).document
    expect([...bodyOnly.querySelectorAll('.card .speaker')].map((e) => e.textContent).sort()).toEqual(['Maria Sacharowa', 'Maria Sacharowa', 'Sergej Lawrow'])
  })

  it('exports person columns as CSV (body, person, column) and JSON', () => {
    const spec = { scope: {}, actorIds: ['ru-mfa', personColumn('maria-zakharova')], layout: 'timeline' as const }
    const lines = services.comparisons.csv(spec).replace(/^\uFEFF/u, '').trimEnd().split('\r\n')
    const header = lines[0].split(',')
    expect(header.slice(0, 3)).toEqual(['row', 'actor_id', 'actor'])
    expect(header.slice(-3)).toEqual(['person_id', 'person', 'column'])
    const rows = lines.slice(1).map((l) => l.split(','))
    const of = (quote: string) => rows.find((r) => r.some((f) => f.includes(quote)))!
    expect([of('seien von außen')[1], ...of('seien von außen').slice(-3)]).toEqual(['ru-mfa', 'maria-zakharova', 'Maria Zakharova', 'Maria Zakharova'])
    expect([of('nicht zusehen')[1], ...of('nicht zusehen').slice(-3)]).toEqual(['ru-mfa', '', '', 'Russian Ministry of Foreign Affairs'])
    const json = JSON.parse(services.comparisons.json(spec)) as ComparisonModel & { version: number }
    expect(json.version).toBe(2)
    expect(json.columns[1].actor.person?.id).toBe('maria-zakharova')
    expect(json.cards.find((c) => c.statementId === ids.zakharovaRu)).toMatchObject({ personId: 'maria-zakharova', actorId: 'ru-mfa', column: 1 })
  })
})
