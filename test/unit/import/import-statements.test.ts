/**
 * Import finds statements in its worker threads and stores them with their article, in its transaction.
 * They must be exactly what the engine finds when it reads the stored article on the writer's side
 * (StatementService), with the library's own actors and persons as they were when the import started.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../src/main/core/services'
import { STATEMENT_ENGINE_VERSION } from '../../../src/main/core/statements/engine-version'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures')

let dir: string
let services: Services
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-import-statements-'))
  services = createServices({ libraryPath: join(dir, 'library.sqlite'), importWorkers: 2 })
})
afterEach(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Every statement with what the engine decided, by the article's file (ids and times left out). */
function snapshot(s: Services) {
  return s.db
    .prepare(
      `SELECT a.origin, s.start_offset, s.end_offset, s.kind, s.quote, s.prefix, s.suffix, s.cue, s.speaker, s.speaker_start,
         s.speaker_end, s.speaker_referent, s.channel, s.actor_id, s.person_id, s.confidence, s.needs_review, s.reasons
       FROM statements s JOIN articles a ON a.id = s.article_id ORDER BY a.origin, s.start_offset, s.end_offset, s.quote`,
    )
    .all()
}

describe('statements found by the import workers', () => {
  it('are those the engine finds reading the stored articles, and the run is recorded', async () => {
    const pages = join(dir, 'pages')
    mkdirSync(pages)
    cpSync(join(FIXTURES, 'import/folder'), pages, { recursive: true })
    for (const name of ['de-article.html', 'en-article-quoted-printable.mhtml', 'de-copied.txt']) cpSync(join(FIXTURES, 'pages', name), join(pages, name))

    const summary = await services.importer.run([pages])
    expect(summary.failed).toBe(0)
    const imported = snapshot(services)
    expect(imported.length).toBeGreaterThan(5)
    const runs = services.db.prepare('SELECT count(*) FROM statement_runs WHERE engine = ?').pluck().get(STATEMENT_ENGINE_VERSION)
    expect(runs).toBe(summary.imported)

    services.db.exec('DELETE FROM statements; DELETE FROM statement_runs')
    services.statementExtraction.extractLibrary()
    expect(snapshot(services)).toEqual(imported)
  }, 180_000)

  it("use the library's own persons as they are when the import starts", async () => {
    services.persons.create({ names: { de: ['Anatoly Glaz'] }, gender: 'm', offices: [{ actorId: 'by-mfa', role: 'spokesperson', from: '2019-01' }] })
    const page = join(dir, 'glaz.html')
    writeFileSync(
      page,
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Minsk antwortet</title></head><body><article>
       <h1>Minsk antwortet</h1><p>Die Regierung in Minsk hat am Montag auf die neuen Sanktionen der Europäischen Union reagiert.</p>
       <p>„Diese Maßnahmen werden die Lage nicht verändern“, sagte Anatoly Glaz am Montag vor Journalisten in Minsk.</p>
       <p>Weitere Gespräche seien derzeit nicht geplant, hieß es aus dem Ministerium.</p></article></body></html>`,
    )
    expect((await services.importer.run([page])).imported).toBe(1)
    const persons = services.db.prepare('SELECT person_id FROM statements WHERE person_id IS NOT NULL').pluck().all()
    expect(persons).toContain('anatoly-glaz')
  }, 180_000)
})
