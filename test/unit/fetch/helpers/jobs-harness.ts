import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createFetchJobs, type FetchJobsOptions } from '../../../../src/main/core/fetch/fetch-jobs'
import type { JobService } from '../../../../src/main/core/fetch/job-service'
import { NodeHttpClient } from '../../../../src/main/core/fetch/node-http-client'
import { FEEDS_DIR, fixture } from './fixtures'
import { createTestLibrary, type TestLibrary } from './library'
import { startServer, type TestServer } from './test-server'

const TYPES: Record<string, string> = {
  'rss2.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml',
  'rdf.xml': 'application/rdf+xml',
  'rss091.xml': 'text/xml',
  'feed.json': 'application/feed+json',
  'rss-cp1251.xml': 'application/rss+xml',
  'malformed.xml': 'application/rss+xml',
}

/** A test server publishing the fixture feeds under /feeds/ and pages under /pages/, with ETags. */
export async function startFixtureServer(): Promise<TestServer> {
  const server = await startServer()
  const serve = (path: string, name: string, type: string) =>
    server.route(path, (req, res) => {
      const body = fixture(name, server.origin)
      const etag = `"${body.length}-${name}"`
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end()
      res.writeHead(200, { 'content-type': type, etag }).end(body)
    })
  for (const name of Object.keys(TYPES)) serve(`/feeds/${name}`, name, TYPES[name])
  for (const name of readdirSync(join(FEEDS_DIR, 'pages'))) {
    // Legacy-encoded pages are served without a charset: their own declaration must be read.
    serve(`/pages/${name}`, `pages/${name}`, /cp1251|koi8/.test(name) ? 'text/html' : 'text/html; charset=utf-8')
  }
  return server
}

export interface JobsHarness {
  lib: TestLibrary
  jobs: JobService
  close(): Promise<void>
}

/** Fetch jobs over a fresh library file, polite but quick for tests. */
export function createJobsHarness(options: Partial<Omit<FetchJobsOptions, 'db' | 'articles' | 'tags'>> = {}, lib = createTestLibrary()): JobsHarness {
  const { jobs, close } = createFetchJobs({
    db: lib.db,
    articles: lib.articles,
    tags: lib.tags,
    httpClient: new NodeHttpClient({ connectTimeoutMs: 2000 }),
    politeness: { hostDelayMs: 0, perHost: 2, maxConcurrent: 6 },
    fetcher: { responseTimeoutMs: 2000, totalTimeoutMs: 5000 },
    ...options,
  })
  return {
    lib,
    jobs,
    async close() {
      await close()
      lib.close()
    },
  }
}
