import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fixture as fixtureBytes } from './helpers/fixtures'
import { createJobsHarness, startFixtureServer, type JobsHarness } from './helpers/jobs-harness'
import { closedPort, startServer, startSilentServer, type TestServer } from './helpers/test-server'

let server: TestServer
let h: JobsHarness

beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(async () => {
  await server.close()
})
afterEach(async () => {
  await h?.close()
})

const articles = () => h.lib.articles.search({ sort: 'date-asc', limit: 100 }).hits

describe('feed jobs', () => {
  it('imports the items of an RSS 2.0 feed with the job’s tags, then sees nothing new (304)', async () => {
    h = createJobsHarness()
    const job = await h.jobs.add({ url: server.url('/feeds/rss2.xml'), kind: 'feed', intervalSeconds: 1800, tags: ['Ukraine', 'AA'] })
    expect(await h.jobs.scheduler.runDue()).toBe(1)

    const hits = articles()
    expect(hits.map((a) => a.title)).toEqual([
      expect.stringContaining('Außenministerin zur Lage in der Ostukraine'),
      expect.stringContaining('Gemeinsame Erklärung zum Treffen der G7-Außenminister'),
      expect.stringContaining('Staatsminister empfängt Delegation aus Moldau'),
    ])
    expect(hits.every((a) => a.tags.map((t) => t.name).sort().join() === 'AA,Ukraine')).toBe(true)
    expect(hits.every((a) => a.language === 'de')).toBe(true)
    const after = h.jobs.list()[0]
    expect(after).toMatchObject({ id: job.id, status: 'ok', articleCount: 3, newCount: 3, failureCount: 0, lastError: null, title: 'Auswärtiges Amt – Pressemitteilungen' })
    expect(Date.parse(after.nextRunAt!) - Date.now()).toBeGreaterThan(1790_000)

    // Run again: the feed answers 304 to our ETag; no item page is fetched again.
    const pageHits = server.hits('/pages/de-1.html')
    h.jobs.runNow(job.id)
    await h.jobs.scheduler.runDue()
    expect(h.jobs.list()[0]).toMatchObject({ status: 'unchanged', articleCount: 3, runCount: 2 })
    expect(server.hits('/pages/de-1.html')).toBe(pageHits)
    expect(articles()).toHaveLength(3)

    // Opening the job clears its badge; the log tells what happened.
    const detail = h.jobs.get(job.id)!
    expect(detail.log.map((e) => e.message)).toContain('feed not modified (HTTP 304)')
    expect(detail.items).toHaveLength(3)
    expect(h.jobs.list()[0].newCount).toBe(0)
  })

  it('tells the statement extraction about each article it imports, and only those', async () => {
    const imported: number[] = []
    h = createJobsHarness({ onImported: (ids) => imported.push(...ids) })
    await h.jobs.add({ url: server.url('/feeds/rss2.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.add({ url: server.url('/feeds/feed.json'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    expect(imported.sort((a, b) => a - b)).toEqual(articles().map((a) => a.id).sort((a, b) => a - b))
    expect(imported).toHaveLength(5)
  })

  it('fills in title, date and author from an Atom entry when the page lacks them', async () => {
    h = createJobsHarness()
    await h.jobs.add({ url: server.url('/feeds/atom.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    const flood = articles().find((a) => a.url?.endsWith('/pages/en-3.html'))!
    expect(flood).toBeDefined()
    const article = h.lib.articles.get(flood.id)!
    expect(article.title).toBe('Minister visits flood-hit communities')
    expect(article.publishedAt?.slice(0, 10)).toBe('2024-02-14')
    expect(article.byline).toBe('Development Press Office')
    expect(articles()).toHaveLength(3)
  })

  it('recognises items another feed already brought, and imports an item without a page from its own text', async () => {
    h = createJobsHarness()
    await h.jobs.add({ url: server.url('/feeds/rss2.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.add({ url: server.url('/feeds/atom.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    expect(articles()).toHaveLength(6)
    const de1 = server.hits('/pages/de-1.html')
    const en2 = server.hits('/pages/en-2.html')

    const digest = await h.jobs.add({ url: server.url('/feeds/feed.json'), kind: 'feed', intervalSeconds: 3600, tags: ['Digest'] })
    await h.jobs.scheduler.runDue()
    expect(server.hits('/pages/de-1.html')).toBe(de1)
    expect(server.hits('/pages/en-2.html')).toBe(en2)
    const all = articles()
    expect(all).toHaveLength(7)
    const council = all.find((a) => a.title.includes('Council conclusions on maritime security'))!
    expect(council.publishedAt?.slice(0, 10)).toBe('2024-02-20')
    // The digest's tag goes on what it carried, including articles that were already there.
    expect(all.filter((a) => a.tags.some((t) => t.name === 'Digest')).map((a) => a.title).sort()).toEqual(
      [council.title, all.find((a) => a.url?.includes('de-1'))!.title, all.find((a) => a.url?.includes('en-2'))!.title].sort(),
    )
    const items = h.jobs.get(digest.id)!.items
    expect(items.map((i) => i.status).sort()).toEqual(['duplicate', 'duplicate', 'imported'])
    expect(h.jobs.list().find((j) => j.id === digest.id)!.articleCount).toBe(1)
  })

  it('reads RDF and RSS 0.91 feeds', async () => {
    h = createJobsHarness()
    await h.jobs.add({ url: server.url('/feeds/rdf.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.add({ url: server.url('/feeds/rss091.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    const titles = articles().map((a) => a.title)
    expect(titles).toHaveLength(4)
    expect(titles).toContain('Министр провёл переговоры с коллегой из Казахстана')
    expect(titles.some((t) => t.includes('Red Sea'))).toBe(true)
  })

  it('decodes a windows-1251 feed and its windows-1251 and koi8-r pages, also under a wrong charset header', async () => {
    server.route('/pages/lying-charset.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFixture('pages/ru-cp1251.html'))
    })
    server.route('/feeds/lying.xml', (_req, res) => {
      const xml = readFixture('rss-cp1251.xml').toString('latin1').replace(/pages\/ru-cp1251\.html/g, 'pages/lying-charset.html').replace(/pages\/ru-koi8r\.html/g, 'pages/ru-koi8r.html?x=1')
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(Buffer.from(xml, 'latin1'))
    })
    for (const feed of ['/feeds/rss-cp1251.xml', '/feeds/lying.xml']) {
      h = createJobsHarness()
      await h.jobs.add({ url: server.url(feed), kind: 'feed', intervalSeconds: 3600 })
      await h.jobs.scheduler.runDue()
      const all = articles()
      expect(all.map((a) => a.title).sort()).toEqual(['Комментарий по итогам переговоров в Женеве', 'Сообщение для прессы о консульских вопросах'])
      const geneva = h.lib.articles.get(all.find((a) => a.title.includes('Женеве'))!.id)!
      expect(geneva.text).toContain('Переговоры в Женеве завершились подписанием итогового коммюнике.')
      expect(h.jobs.list()[0].title).toBe('Новости МИД (windows-1251)')
      await h.close()
      h = undefined as unknown as JobsHarness
    }
  })

  function readFixture(name: string) {
    return fixtureBytes(name, server.origin)
  }
})

describe('feed jobs against bad servers', () => {
  it('logs malformed XML clearly, retries later with backoff, and keeps the library as it was', async () => {
    h = createJobsHarness()
    await h.jobs.add({ url: server.url('/feeds/rss2.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    const before = articles().length
    const bad = await h.jobs.add({ url: server.url('/feeds/malformed.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    const job = h.jobs.list().find((j) => j.id === bad.id)!
    expect(job.status).toBe('retrying')
    expect(job.failureCount).toBe(1)
    expect(job.lastError).toMatch(/^the feed is malformed|^not an RSS, Atom, RDF or JSON feed/)
    const wait = Date.parse(job.nextRunAt!) - Date.now()
    expect(wait).toBeGreaterThan(25_000)
    expect(wait).toBeLessThan(95_000)
    expect(h.jobs.get(bad.id)!.log.find((e) => e.level === 'error')!.url).toBe(server.url('/feeds/malformed.xml'))
    expect(articles()).toHaveLength(before)
  })

  it('backs off exponentially on 500, honours Retry-After on 429, stops on 404', async () => {
    server.route('/feeds/500.xml', (_req, res) => void res.writeHead(500).end())
    // Another host: a 429 pauses every request to its host.
    const limited = await startServer({ '/feeds/429.xml': (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end() })
    h = createJobsHarness()
    const e500 = await h.jobs.add({ url: server.url('/feeds/500.xml'), kind: 'feed', intervalSeconds: 3600 })
    const e429 = await h.jobs.add({ url: limited.url('/feeds/429.xml'), kind: 'feed', intervalSeconds: 3600 })
    const e404 = await h.jobs.add({ url: server.url('/feeds/nothing-here.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    await limited.close()
    const byId = (id: number) => h.jobs.list().find((j) => j.id === id)!
    const first = Date.parse(byId(e500.id).nextRunAt!) - Date.now()
    expect(byId(e500.id)).toMatchObject({ status: 'retrying', lastError: 'HTTP 500 Internal Server Error', failureCount: 1, active: true })
    expect(first).toBeGreaterThan(25_000)
    expect(first).toBeLessThan(95_000)
    h.jobs.runNow(e500.id)
    await h.jobs.scheduler.runDue()
    const second = Date.parse(byId(e500.id).nextRunAt!) - Date.now()
    expect(byId(e500.id).failureCount).toBe(2)
    expect(second).toBeGreaterThan(55_000)

    const rateLimited = byId(e429.id)
    expect(rateLimited).toMatchObject({ status: 'retrying', lastError: 'HTTP 429 Too Many Requests; asked to retry in 120 s' })
    expect(Math.abs(Date.parse(rateLimited.nextRunAt!) - Date.now() - 120_000)).toBeLessThan(5000)

    expect(byId(e404.id)).toMatchObject({ status: 'gone', active: false, nextRunAt: null, lastError: 'HTTP 404 Not Found' })
    // A stopped job can be run again on request.
    h.jobs.runNow(e404.id)
    expect(byId(e404.id)).toMatchObject({ active: true, failureCount: 0 })
  })

  it('never hangs: redirect loops, closed ports, silent servers and 100 MB answers end as clear errors', async () => {
    server.route('/feeds/loop', (_req, res) => void res.writeHead(301, { location: '/feeds/loop2' }).end())
    server.route('/feeds/loop2', (_req, res) => void res.writeHead(301, { location: '/feeds/loop' }).end())
    server.route('/feeds/huge.xml', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      const chunk = Buffer.alloc(256 * 1024, 0x20)
      for (let sent = 0; sent < 100 * 1024 * 1024 && !res.destroyed; sent += chunk.length) {
        if (!res.write(chunk)) await new Promise<void>((resolve) => setTimeout(resolve, 1))
      }
      res.end()
    })
    const silent = await startSilentServer()
    const port = await closedPort()
    h = createJobsHarness({ fetcher: { responseTimeoutMs: 500, totalTimeoutMs: 3000, maxBodyBytes: 5 * 1024 * 1024 } })
    const loop = await h.jobs.add({ url: server.url('/feeds/loop'), kind: 'feed', intervalSeconds: 3600 })
    const closed = await h.jobs.add({ url: `http://127.0.0.1:${port}/feed.xml`, kind: 'feed', intervalSeconds: 3600 })
    const quiet = await h.jobs.add({ url: `${silent.origin}/feed.xml`, kind: 'feed', intervalSeconds: 3600 })
    const huge = await h.jobs.add({ url: server.url('/feeds/huge.xml'), kind: 'feed', intervalSeconds: 3600 })
    const started = Date.now()
    await h.jobs.scheduler.runDue()
    expect(Date.now() - started).toBeLessThan(10_000)
    await silent.close()
    const errorOf = (id: number) => h.jobs.list().find((j) => j.id === id)!.lastError
    expect(errorOf(loop.id)).toMatch(/^redirect loop: .*\/feeds\/loop → .*\/feeds\/loop2 → .*\/feeds\/loop$/)
    expect(errorOf(closed.id)).toBe('connection refused (nothing is listening there)')
    expect(errorOf(quiet.id)).toBe('no response within 0.5 s')
    expect(errorOf(huge.id)).toBe('download stopped: body larger than the 5 MB limit')
    expect(h.jobs.list().every((j) => j.status === 'retrying' && !j.running)).toBe(true)
  })

  it('retries an item whose page failed for a passing reason, and gives up on one that is gone', async () => {
    let flaky = 0
    server.route('/pages/flaky.html', (_req, res) => {
      if (++flaky === 1) return void res.writeHead(500).end()
      res.writeHead(200, { 'content-type': 'text/html' }).end(fixtureBytes('pages/en-1.html', server.origin))
    })
    server.route('/feeds/flaky.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title>
        <item><title>Flaky page</title><link>${server.url('/pages/flaky.html')}</link><guid>flaky</guid></item>
        <item><title>Deleted page</title><link>${server.url('/pages/deleted.html')}</link><guid>deleted</guid><description>Too short to stand in.</description></item>
      </channel></rss>`)
    })
    h = createJobsHarness()
    const job = await h.jobs.add({ url: server.url('/feeds/flaky.xml'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    expect(articles()).toHaveLength(0)
    let detail = h.jobs.get(job.id)!
    expect(detail.items.map((i) => [i.guid, i.status]).sort()).toEqual([['deleted', 'skipped'], ['flaky', 'failed']])
    expect(detail.log.some((e) => e.level === 'warn' && e.message.includes('HTTP 500') && e.message.includes('will retry'))).toBe(true)
    expect(detail.log.some((e) => e.level === 'error' && e.message === 'item "Deleted page": HTTP 404 Not Found')).toBe(true)

    // The failed item keeps the feed's validators from being stored, so the next run sees the feed again.
    h.jobs.runNow(job.id)
    await h.jobs.scheduler.runDue()
    expect(articles().map((a) => a.url)).toEqual([server.url('/pages/flaky.html')])
    detail = h.jobs.get(job.id)!
    expect(detail.items.find((i) => i.guid === 'flaky')!.status).toBe('imported')
    expect(server.hits('/pages/deleted.html')).toBe(1)
  })
})
