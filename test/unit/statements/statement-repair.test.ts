import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../src/main/core/services'
import type { ExtractionSummary, StatementsProgress } from '../../../src/shared/api'

const ARTICLE = resolve(import.meta.dirname, '../../fixtures/statements/import/kasachstan.html')

let dir: string
let services: Services

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-repair-'))
  services = createServices({ libraryPath: join(dir, 'library.sqlite'), settingsFile: join(dir, 'settings.json'), importWorkers: 1 })
})

afterEach(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('StatementRepair', () => {
  it('reads articles left without a statement run, in the background, with progress', async () => {
    await services.importer.run([ARTICLE])
    services.db.prepare('DELETE FROM statement_runs').run()
    services.db.prepare('DELETE FROM statements').run()
    expect(services.statementRepair.pendingIds()).toHaveLength(1)
    const progress: StatementsProgress[] = []
    const done: ExtractionSummary[] = []
    services.statementRepair.setReporter({ progress: (p) => progress.push(p), done: (s) => done.push(s) })
    const summary = await services.statementRepair.start()
    expect(summary?.added).toBeGreaterThan(0)
    expect(services.statementRepair.pendingIds()).toEqual([])
    expect(progress.at(-1)).toMatchObject({ done: 1, total: 1 })
    expect(done).toHaveLength(1)
    expect(services.statements.counts({}).all).toBeGreaterThan(0)
  })

  it('does nothing and reports nothing when nothing is pending; a request during a run runs again after it', async () => {
    const done: ExtractionSummary[] = []
    services.statementRepair.setReporter({ progress: () => undefined, done: (s) => done.push(s) })
    expect(await services.statementRepair.start()).toBeNull()
    await services.importer.run([ARTICLE])
    services.db.prepare('DELETE FROM statement_runs').run()
    const first = services.statementRepair.start()
    void services.statementRepair.start()
    await first
    await services.statementRepair.idle()
    expect(done).toHaveLength(1)
    expect(services.statementRepair.pendingIds()).toEqual([])
  })

  it('runNow reads them on the calling thread (the CLI before it exits)', async () => {
    await services.importer.run([ARTICLE])
    services.db.prepare('DELETE FROM statement_runs').run()
    expect(services.statementRepair.runNow()).toMatchObject({ articles: 1, failed: [] })
    expect(services.statementRepair.pendingIds()).toEqual([])
  })
})
