/**
 * The exports the API serves are rendered in the export worker from the library file: the same bytes as
 * in-process for every format and layout (the DOCX's XML parts), the comparison's refusals passed on
 * as they are, a dead worker failing its job with a clear message and the next job working, and a
 * library in memory rendered in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ComparisonExports } from '../../../src/main/core/compare/comparison-exports'
import { ComparisonService } from '../../../src/main/core/compare/comparison-service'
import { ExportWorker } from '../../../src/main/core/compare/export-pool'
import { EventStore } from '../../../src/main/core/events/event-store'
import { workerLocation } from '../../../src/main/core/import/worker-location'
import { createServices, type Services } from '../../../src/main/core/services'
import type { ComparisonSpecInput, ExportOptions } from '../../../src/shared/api/compare'
import { addArticle, addStatement, openTestLibrary } from './library-fixture'

const now = new Date('2024-03-01T12:00:00Z')
let dir: string
let services: Services
let saved: number

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-export-worker-'))
  services = createServices({ libraryPath: join(dir, 'library.db'), importWorkers: 1 })
  const articles: [string, string, string, string][] = [
    ['de', '2022-01-06T10:00:00+01:00', 'Moskau warnt', 'Die Unruhen seien von außen gesteuert & „geplant“ <worden>. Minsk erklärte, es sei ein Putschversuch.'],
    ['ru', '2022-01-07T09:00:00+03:00', 'Заявление МИД', 'Мы расцениваем события как попытку переворота, инспирированную извне. Минск считает, что беспорядки инспирированы извне.'],
    ['en', '2022-01-09T12:00:00Z', 'Peacekeepers stay', 'The CSTO peacekeepers will stay until the situation is stable. Astana said the peacekeepers will leave soon.'],
  ]
  const quotes: [string, string][][] = [
    [['ru-mfa', 'Die Unruhen seien von außen gesteuert & „geplant“ <worden>'], ['by-mfa', 'es sei ein Putschversuch']],
    [['ru-mfa', 'Мы расцениваем события как попытку переворота, инспирированную извне'], ['by-mfa', 'беспорядки инспирированы извне']],
    [['ru-mfa', 'The CSTO peacekeepers will stay until the situation is stable'], ['kz-mfa', 'the peacekeepers will leave soon']],
  ]
  const ids: number[] = []
  articles.forEach(([language, publishedAt, title, text], i) => {
    const article = addArticle(services.articles, { title, text, publishedAt, language })
    for (const [actor, quote] of quotes[i]) ids.push(addStatement(services.db, article, actor, quote))
  })
  saved = services.comparisons.save({
    title: 'Kasachstan, Januar 2022',
    scope: {},
    actorIds: ['ru-mfa', 'by-mfa', 'kz-mfa'],
    layout: 'themes',
    themes: [{ id: 'a', title: 'Von außen gesteuert', statementIds: [ids[0], ids[2], ids[3]] }],
    cardNotes: [{ statementId: ids[2], translation: 'We see an attempted coup inspired from abroad.', note: 'Same wording as Minsk.' }],
  }).id
})
afterAll(async () => {
  await services?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const timeline: ComparisonSpecInput = { scope: { from: '2022-01-06', to: '2022-01-31' }, actorIds: ['by-mfa', 'ru-mfa', 'kz-mfa'], layout: 'timeline' }
const targets: [string, number | ComparisonSpecInput][] = [
  ['a saved themes comparison', 0],
  ['a posted timeline comparison', timeline],
]
const optionSets: ExportOptions[] = [{}, { locale: 'de', paper: 'letter', landscape: false }, { locale: 'ru' }]

/**
 * A DOCX's parts as text, for comparing two renderings: the docx library stamps the package with the
 * time it was zipped and gives each hyperlink a random relationship id, which differ from one rendering
 * to the next in one process too.
 */
const parts = (bytes: Uint8Array) =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [
      name,
      strFromU8(data)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…')
        .replace(/"rId[\w-]{16,}"/g, '"rId…"'),
    ]),
  )

describe('exports in the export worker', () => {
  it.each(targets)('renders %s byte for byte as in-process, in every format', async (_, given) => {
    const target = given === 0 ? saved : given
    const { comparisons } = services
    for (const options of optionSets) {
      const call = { ...options, now }
      const [html, json, csv, pdf, print] = await Promise.all([
        comparisons.exports.html(target, call),
        comparisons.exports.json(target, call),
        comparisons.exports.csv(target, call),
        comparisons.exports.pdfJob(target, call),
        comparisons.exports.printJob(target, call),
      ])
      expect(html).toBe(comparisons.html(target, call))
      expect(json).toBe(comparisons.json(target, call))
      expect(csv).toBe(comparisons.csv(target, call))
      expect(csv.startsWith('\uFEFF')).toBe(true)
      expect(pdf).toEqual(comparisons.pdfJob(target, call))
      expect(print).toEqual(comparisons.printJob(target, call))
      expect(JSON.parse(json).cards.length).toBeGreaterThan(2)
      // The whole model (compare.build), built in the worker: the same as in-process.
      const model = await comparisons.exports.model(target, call)
      expect(model).toEqual(comparisons.build(target, call))
      expect(model.cards.length).toBeGreaterThan(2)
      // The DOCX package: every part the same (but for the time it was zipped and its random link ids).
      expect(parts(await comparisons.exports.docx(target, call))).toEqual(parts(await comparisons.docx(target, call)))
    }
    // The worker did render them: the service in main has one, started.
    expect((comparisons.exports as unknown as { worker: ExportWorker | null }).worker).toBeInstanceOf(ExportWorker)
  })

  it('sees what main committed since its last job, and passes the comparison’s refusals on', async () => {
    const { comparisons } = services
    const spec: ComparisonSpecInput = { ...timeline, scope: {} }
    const before = JSON.parse(await comparisons.exports.json(spec)).cards.length
    const article = addArticle(services.articles, { title: 'Later', text: 'Minsk said the unrest is over now.', publishedAt: '2022-01-20T10:00:00Z', language: 'en' })
    addStatement(services.db, article, 'by-mfa', 'the unrest is over now')
    expect(JSON.parse(await comparisons.exports.json(spec)).cards.length).toBe(before + 1)

    await expect(comparisons.exports.csv(424242)).rejects.toMatchObject({ code: 'not-found' })
    await expect(comparisons.exports.html({ ...spec, scope: { eventId: 4242 } })).rejects.toThrow(/Event 4242 does not exist/)
    // Checked only where the model is built (the worker): the error comes back as the comparison's.
    await expect(comparisons.exports.html({ ...spec, actorIds: ['ru-mfa', 'xx-mfa'] })).rejects.toThrow(/Unknown actor: xx-mfa/)
    await expect(comparisons.exports.json({ ...spec, actorIds: ['ru-mfa'] })).rejects.toMatchObject({ code: 'invalid-arguments' })
  })

  it('fails only the job a worker died on, with a clear message; the jobs after it go to a new worker', async () => {
    const service = new ComparisonService(services.db, new EventStore(services.db))
    const worker = new ExportWorker(workerLocation('crashing-export-worker', 'test worker', new URL('./fixtures/x.ts', import.meta.url).href))
    const exports = new ComparisonExports(services.db, service, worker)
    try {
      // The job after it, posted to the same worker, is made by a new one.
      const [crashed, after] = await Promise.allSettled([exports.csv({ ...timeline, title: 'crash' }), exports.json(timeline, { now })])
      expect(crashed).toMatchObject({ status: 'rejected', reason: { message: 'The export failed: the export worker stopped (exit code 7); try again' } })
      expect(after).toEqual({ status: 'fulfilled', value: service.json(timeline, { now }) })
      await expect(exports.csv(timeline, { now })).resolves.toBe(service.csv(timeline, { now }))
      // Closing the library cancels what is pending.
      const pending = expect(exports.docx(timeline)).rejects.toThrow(/cancelled: the library was closed/)
      await exports.close()
      await pending
    } finally {
      await exports.close()
      await service.close()
    }
  })

  it('renders a library in memory in-process', async () => {
    const { db } = openTestLibrary()
    const service = new ComparisonService(db, new EventStore(db))
    try {
      const spec: ComparisonSpecInput = { scope: {}, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' }
      expect(await service.exports.csv(spec, { now })).toBe(service.csv(spec, { now }))
      expect((service.exports as unknown as { worker: ExportWorker | null | undefined }).worker).toBeUndefined()
    } finally {
      await service.close()
      db.close()
    }
  })
})
