/** The statements API namespace through the real dispatcher: validation, handlers, background runs with events. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher, type Dispatch } from '../../../src/main/api/dispatch'
import type { ApiContext } from '../../../src/main/api/types'
import { createServices, type Services } from '../../../src/main/core/services'
import type { ApiEvents, ExtractionSummary, StatementCounts, StatementPage, StatementRecord } from '../../../src/shared/api'

const ARTICLE = resolve(import.meta.dirname, '../../fixtures/statements/import/kasachstan.html')

let dir: string
let services: Services
let dispatch: Dispatch
const events: { name: keyof ApiEvents; payload: unknown }[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-statements-api-'))
  services = createServices({ libraryPath: join(dir, 'library.sqlite'), importWorkers: 1 })
  await services.importer.run([ARTICLE])
  const ctx = {
    services,
    platform: { openExternal: async () => {}, pickImportPaths: async () => null },
    emit: (name, payload) => void events.push({ name, payload }),
  } as ApiContext
  dispatch = createDispatcher(ctx)
}, 60_000)

afterAll(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('statements API', () => {
  it('lists, reads and edits statements', async () => {
    const page = (await dispatch('statements', 'list', [{ actorIds: ['ru-mfa'] }])) as StatementPage
    expect(page.total).toBeGreaterThan(0)
    const [first] = page.items
    const updated = (await dispatch('statements', 'update', [first.id, { review: 'confirmed', note: 'ok' }])) as StatementRecord
    expect(updated).toMatchObject({ review: 'confirmed', note: 'ok', corrected: false })
    expect(await dispatch('statements', 'review', [[first.id], 'rejected'])).toBe(1)
    const tag = await dispatch('statements', 'addTag', [[first.id], 'Kasachstan'])
    expect(tag).toMatchObject({ name: 'Kasachstan' })
    const forArticle = (await dispatch('statements', 'forArticle', [first.articleId])) as StatementRecord[]
    expect(forArticle.find((s) => s.id === first.id)?.tags.map((t) => t.name)).toEqual(['Kasachstan'])
  })

  it('lists by queue and sort, counts per queue and per actor, with speaker fields on every record', async () => {
    const all = (await dispatch('statements', 'list', [{}])) as StatementPage
    const counts = (await dispatch('statements', 'counts', [{ queue: 'needs-speaker' }])) as StatementCounts
    expect(counts.all).toBe(all.total)
    const rejected = ((await dispatch('statements', 'list', [{ review: ['rejected'] }])) as StatementPage).total
    expect(counts.attributed + counts.needsSpeaker + rejected).toBe(counts.all)
    const queue = (await dispatch('statements', 'list', [{ queue: 'needs-speaker', sort: 'confidence-asc', minConfidence: 0.5 }])) as StatementPage
    expect(queue.total).toBe(counts.needsSpeaker)
    const conf = queue.items.map((s) => s.confidence)
    expect(conf).toEqual([...conf].sort((a, b) => a - b))
    for (const s of all.items) {
      expect(s).toHaveProperty('speakerReferent')
      expect(s).toHaveProperty('channel')
      expect(Array.isArray(s.reasons)).toBe(true)
    }
    const byActor = (await dispatch('statements', 'countByActor', [])) as Record<string, number>
    expect(byActor['ru-mfa']).toBe(((await dispatch('statements', 'list', [{ actorIds: ['ru-mfa'] }])) as StatementPage).total)
  })

  it('refuses malformed arguments before any handler runs', async () => {
    await expect(dispatch('statements', 'list', [{ queue: 'later' }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('statements', 'list', [{ sort: 'random' }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('statements', 'counts', [{ minConfidence: 1.5 }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('statements', 'countByActor', ['ru-mfa'])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('statements', 'list', [{ kinds: ['rumour'] }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('statements', 'update', [1, { actorId: 'RU MFA' }])).rejects.toThrow(/actor id/)
    await expect(dispatch('statements', 'create', [{ articleId: 1, start: -1, end: 5 }])).rejects.toThrow(/Invalid arguments/)
    await expect(dispatch('statements', 'list', [{ extra: true }])).rejects.toThrow(/Invalid arguments/)
  })

  it('runs extraction over the library in the background with progress and a summary', async () => {
    const { runId } = (await dispatch('statements', 'extractLibrary', [])) as { runId: string }
    for (let i = 0; i < 100 && !events.some((e) => e.name === 'statements.done'); i++) await new Promise((r) => setTimeout(r, 20))
    const done = events.find((e) => e.name === 'statements.done')?.payload as ExtractionSummary
    expect(done).toMatchObject({ runId, articles: 1, cancelled: false, failed: [] })
    expect(events.some((e) => e.name === 'statements.progress' && (e.payload as { runId: string }).runId === runId)).toBe(true)
  })
})
