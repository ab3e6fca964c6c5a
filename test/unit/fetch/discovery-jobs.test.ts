import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createJobsHarness, startFixtureServer, type JobsHarness } from './helpers/jobs-harness'
import type { TestServer } from './helpers/test-server'

let server: TestServer
let h: JobsHarness

beforeAll(async () => {
  server = await startFixtureServer()
  server.route('/press', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><title>Presse</title>
      <link rel="alternate" type="application/rss+xml" title="Pressemitteilungen" href="/feeds/rss2.xml">
      <link rel="alternate" type="application/atom+xml" title="News" href="${server.url('/feeds/atom.xml')}"></head><body>Presse</body></html>`)
  })
})
afterAll(async () => {
  await server.close()
})
afterEach(async () => {
  await h?.close()
})

describe('feed discovery', () => {
  it('lists a page’s feeds and recognises a feed URL as a feed', async () => {
    h = createJobsHarness()
    expect(await h.jobs.discover(server.url('/press'))).toEqual({
      url: server.url('/press'),
      isFeed: false,
      title: 'Presse',
      feeds: [
        { url: server.url('/feeds/rss2.xml'), title: 'Pressemitteilungen', type: 'application/rss+xml' },
        { url: server.url('/feeds/atom.xml'), title: 'News', type: 'application/atom+xml' },
      ],
    })
    expect(await h.jobs.discover(server.url('/feeds/feed.json'))).toMatchObject({ isFeed: true, title: 'Monitoring digest (JSON Feed)', feeds: [] })
    await expect(h.jobs.discover(server.url('/feeds/malformed.xml'))).rejects.toThrow(/^the feed is malformed|^not an RSS, Atom, RDF or JSON feed/)
    await expect(h.jobs.discover(server.url('/gone'))).rejects.toThrow(/^HTTP 404 Not Found$/)
  })

  it('adds a feed job from a page by following its first feed link', async () => {
    h = createJobsHarness()
    const job = await h.jobs.add({ url: server.url('/press'), kind: 'feed', discover: true, intervalSeconds: 3600 })
    expect(job).toMatchObject({ kind: 'feed', url: server.url('/feeds/rss2.xml'), title: 'Pressemitteilungen' })
    await h.jobs.scheduler.runDue()
    expect(h.lib.articles.info().articleCount).toBe(3)
  })

  it('tells, when a feed job gets a page, which feeds that page links to', async () => {
    h = createJobsHarness()
    const job = await h.jobs.add({ url: server.url('/press'), kind: 'feed', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    expect(h.jobs.list()[0].lastError).toBe(`this is a web page, not a feed; it links to the feeds ${server.url('/feeds/rss2.xml')}, ${server.url('/feeds/atom.xml')}`)
    expect(job.id).toBeGreaterThan(0)
  })
})
