import type { ServerResponse } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { JobProgress } from '../../../src/shared/api/jobs'
import { fixture } from './helpers/fixtures'
import { createJobsHarness, startFixtureServer, type JobsHarness } from './helpers/jobs-harness'
import { createTestLibrary } from './helpers/library'
import { sleep, type TestServer } from './helpers/test-server'

let server: TestServer
const open: JobsHarness[] = []

const harness = (...args: Parameters<typeof createJobsHarness>) => {
  const h = createJobsHarness(...args)
  open.push(h)
  return h
}

async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(20)
  }
}

function rss(title: string, links: string[]): string {
  const items = links.map((l, i) => `<item><title>Item ${i}</title><link>${server.url(l)}</link><guid>${title}-${l}</guid></item>`).join('')
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items}</channel></rss>`
}

beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(async () => {
  await server.close()
})
afterEach(async () => {
  for (const h of open.splice(0).reverse()) await h.close().catch(() => undefined)
})

describe('Scheduler', () => {
  it('runs overdue jobs after start and reports progress and changes', async () => {
    const h = harness()
    const job = await h.jobs.add({ url: server.url('/feeds/rss2.xml'), kind: 'feed', intervalSeconds: 3600 })
    const progress: JobProgress[] = []
    const changed: number[][] = []
    h.jobs.on('progress', (p) => progress.push(p))
    h.jobs.on('changed', (ids) => changed.push(ids))
    h.jobs.scheduler.start()
    await until('the job to finish', () => h.jobs.list()[0].status === 'ok')
    expect(progress[0]).toMatchObject({ jobId: job.id, phase: 'fetching', currentUrl: server.url('/feeds/rss2.xml') })
    expect(progress.filter((p) => p.phase === 'importing').map((p) => p.done)).toEqual(expect.arrayContaining([0, 1, 2, 3]))
    expect(progress.at(-1)).toMatchObject({ phase: 'finished', imported: 3 })
    expect(changed.filter((ids) => ids.includes(job.id)).length).toBeGreaterThanOrEqual(2)
  })

  it('two schedulers on one library file never fetch a job twice', async () => {
    const N = 24
    for (let i = 0; i < N; i++) {
      server.route(`/feeds/shared-${i}.xml`, async (_req, res) => {
        await sleep(15)
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(`shared-${i}`, []))
      })
    }
    const lib = createTestLibrary()
    const a = harness({ scheduler: { maxJobs: 4 } }, lib)
    const second = lib.reopen()
    const b = harness({ scheduler: { maxJobs: 4 } }, { ...lib, ...second, close: () => undefined })
    for (let i = 0; i < N; i++) await a.jobs.add({ url: server.url(`/feeds/shared-${i}.xml`), kind: 'feed', intervalSeconds: 3600 })
    const [ranA, ranB] = await Promise.all([a.jobs.scheduler.runDue(), b.jobs.scheduler.runDue()])
    expect(ranA + ranB).toBe(N)
    expect(ranA).toBeGreaterThan(0)
    expect(ranB).toBeGreaterThan(0)
    for (let i = 0; i < N; i++) expect(server.hits(`/feeds/shared-${i}.xml`)).toBe(1)
    expect(a.jobs.list().every((j) => j.runCount === 1 && j.status === 'unchanged' && !j.running)).toBe(true)
  })

  it('resumes a run whose process died, once its lease expires, without fetching again what it had imported', async () => {
    let hung: ServerResponse | null = null
    server.route('/pages/hang.html', (_req, res) => {
      if (!hung) hung = res
      else res.writeHead(200, { 'content-type': 'text/html' }).end(fixture('pages/en-3.html', server.origin))
    })
    server.route('/feeds/crash.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('crash', ['/pages/hang.html', '/pages/en-2.html', '/pages/en-1.html']))
    })
    const lib = createTestLibrary()
    const survivor = harness({ scheduler: { leaseMs: 900 } }, lib)
    const job = await survivor.jobs.add({ url: server.url('/feeds/crash.xml'), kind: 'feed', intervalSeconds: 3600 })

    // The first process runs the job on its own connection and dies in the middle.
    const dying = lib.reopen()
    const doomed = harness({ scheduler: { leaseMs: 900 }, fetcher: { responseTimeoutMs: 60_000, totalTimeoutMs: 60_000 } }, { ...lib, ...dying, close: () => undefined })
    // It dies with its database connection closed under it; what it then throws is no concern here.
    doomed.jobs.scheduler.runDue().catch(() => undefined)
    await until('the hanging page to be requested', () => hung !== null)
    expect(lib.articles.info().articleCount).toBe(2)
    dying.db.close()

    // Its lease still holds: nobody else runs the job yet.
    expect(await survivor.jobs.scheduler.runDue()).toBe(0)
    expect(survivor.jobs.list()[0].running).toBe(true)
    await sleep(1000)
    expect(await survivor.jobs.scheduler.runDue()).toBe(1)
    expect(lib.articles.info().articleCount).toBe(3)
    expect(server.hits('/pages/en-1.html')).toBe(1)
    expect(server.hits('/pages/en-2.html')).toBe(1)
    expect(survivor.jobs.list()[0]).toMatchObject({ id: job.id, status: 'ok', runCount: 1, running: false })
    ;(hung as ServerResponse | null)?.destroy()
  })

  it('stop() cancels a running job at once and frees it; the next start finishes it', async () => {
    let release: (() => void) | null = null
    server.route('/pages/slow.html', async (_req, res) => {
      if (!release) await new Promise<void>((resolve) => (release = resolve))
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/html' }).end(fixture('pages/ru-1.html', server.origin))
    })
    server.route('/feeds/slow.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('slow', ['/pages/slow.html']))
    })
    const h = harness({ fetcher: { responseTimeoutMs: 60_000, totalTimeoutMs: 60_000 } })
    await h.jobs.add({ url: server.url('/feeds/slow.xml'), kind: 'feed', intervalSeconds: 3600 })
    h.jobs.scheduler.start()
    await until('the slow page to be requested', () => release !== null)
    const started = Date.now()
    await h.jobs.scheduler.stop()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(h.jobs.list()[0]).toMatchObject({ status: 'new', running: false, runCount: 0 })
    expect(h.jobs.get(h.jobs.list()[0].id)!.log.some((e) => e.message === 'run cancelled; it will run again')).toBe(true)
    release!()
    h.jobs.scheduler.start()
    await until('the job to finish', () => h.jobs.list()[0].status === 'ok')
    expect(h.lib.articles.info().articleCount).toBe(1)
  })

  it('runDue runs each due job once, even when a server asks to retry at once', async () => {
    server.route('/feeds/impatient.xml', (_req, res) => void res.writeHead(429, { 'retry-after': '0' }).end())
    const h = harness()
    await h.jobs.add({ url: server.url('/feeds/impatient.xml'), kind: 'feed', intervalSeconds: 3600 })
    expect(await h.jobs.scheduler.runDue()).toBe(1)
    expect(server.hits('/feeds/impatient.xml')).toBe(1)
    expect(h.jobs.list()[0].status).toBe('retrying')
  })
})
