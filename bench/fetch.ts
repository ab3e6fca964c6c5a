/**
 * Fetch jobs at scale against local servers (127.0.0.1 only): 1,000 feed jobs spread over 20
 * servers (20 "hosts"), each feed with 3 items (2 pages of its own, 1 wire story shared by 10
 * feeds). Measures the first run (fetch, extract, import: requests/s, articles/s), a second run
 * where every feed answers 304, the scheduler's own cost per job (against a client that answers
 * 304 at once, so no network is involved), and memory (RSS and heap growth over the first run).
 * Politeness is set for throughput (2 per host, no host delay); the defaults are 1 and 1 s.
 */
import { createServer, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Socket } from 'node:net'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { openDatabase } from '../src/main/core/db/open'
import { createFetchJobs } from '../src/main/core/fetch/fetch-jobs'
import type { HttpClient } from '../src/main/core/fetch/http-client'
import { NodeHttpClient } from '../src/main/core/fetch/node-http-client'
import { ArticleStore } from '../src/main/core/library/article-store'
import { TagStore } from '../src/main/core/library/tag-store'

const HOSTS = 20
const FEEDS = 1000
const SHARED_EVERY = 10

const WORDS = ('Regierung Ministerium erklärte Verhandlungen Abkommen Sicherheit Grenze Delegation Gespräche Sanktionen ' +
  'humanitäre Hilfe Bevölkerung Waffenstillstand Parlament Reform Energie Versorgung Partner Region Konflikt Frieden ' +
  'government ministry statement negotiations agreement security border delegation talks sanctions humanitarian aid ' +
  'population ceasefire parliament reform energy supply partners region conflict peace').split(' ')

/** Deterministic pseudo-text: 6 paragraphs of 50 words, different for every seed (mulberry32). */
function text(seed: number): string[] {
  let x = seed >>> 0
  const next = () => {
    x = (x + 0x6d2b79f5) >>> 0
    let t = Math.imul(x ^ (x >>> 15), 1 | x)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return Array.from({ length: 6 }, () => Array.from({ length: 50 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + '.')
}

function page(title: string, seed: number): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-03-04T10:00:00Z"></head><body><nav><a href="/">Start</a></nav>
<article><h1>${title}</h1>${text(seed).map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Impressum</footer></body></html>`
}

interface Host {
  server: Server
  origin: string
  sockets: Set<Socket>
}

async function startHost(requests: { n: number }): Promise<Host> {
  const sockets = new Set<Socket>()
  const host: Host = { server: createServer(), origin: '', sockets }
  host.server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  host.server.on('request', (req, res) => {
    requests.n++
    const path = req.url ?? '/'
    const feed = /^\/feed\/(\d+)\.xml$/.exec(path)
    if (feed) {
      const f = Number(feed[1])
      const etag = `"feed-${f}"`
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end()
      // Feeds carrying the same wire story are far apart in the job list, as they would be in life.
      const shared = f % (FEEDS / SHARED_EVERY)
      const links = [`${host.origin}/page/${f}-a.html`, `${host.origin}/page/${f}-b.html`, `${hosts[0].origin}/wire/${shared}.html`]
      const items = links.map((l, i) => `<item><title>Item ${f}.${i}</title><link>${l}</link><guid>${l}</guid><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>`).join('')
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${f}</title>${items}</channel></rss>`)
    }
    const own = /^\/page\/(\d+)-([ab])\.html$/.exec(path)
    if (own) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Meldung ${own[1]}${own[2]}`, Number(own[1]) * 2 + (own[2] === 'b' ? 1 : 0)))
    const wire = /^\/wire\/(\d+)\.html$/.exec(path)
    if (wire) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Agenturmeldung ${wire[1]}`, 1_000_000 + Number(wire[1])))
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => host.server.listen(0, '127.0.0.1', resolve))
  host.origin = `http://127.0.0.1:${(host.server.address() as { port: number }).port}`
  return host
}

let hosts: Host[] = []

/** A full collection before reading memory, so the figures are what is retained, not garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

/** Answers every request with 304 at once: the scheduler's own cost, without a network. */
const instant304: HttpClient = {
  async send() {
    return { status: 304, headers: new Headers(), body: null }
  },
  async close() {},
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-fetch-'))
  const requests = { n: 0 }
  hosts = []
  for (let i = 0; i < HOSTS; i++) hosts.push(await startHost(requests))
  const db = openDatabase(join(dir, 'library.sqlite'))
  const articles = new ArticleStore(db, join(dir, 'library.sqlite'))
  const tags = new TagStore(db)
  const common = { db, articles, tags, politeness: { perHost: 2, hostDelayMs: 0, maxConcurrent: 32 }, fetcher: { obeyRobots: false }, scheduler: { maxJobs: 32 } }
  const network = createFetchJobs({ ...common, httpClient: new NodeHttpClient() })
  try {
    const addStarted = performance.now()
    for (let f = 0; f < FEEDS; f++) await network.jobs.add({ url: `${hosts[f % HOSTS].origin}/feed/${f}.xml`, kind: 'feed', intervalSeconds: 3600 })
    const addMs = performance.now() - addStarted

    collectGarbage()
    const memBefore = process.memoryUsage()
    const started = performance.now()
    await network.jobs.scheduler.runDue()
    const firstSeconds = (performance.now() - started) / 1000
    collectGarbage()
    const memAfter = process.memoryUsage()
    const firstRequests = requests.n
    const imported = articles.info().articleCount
    const failed = network.jobs.list().filter((j) => j.status !== 'ok').length

    for (const job of network.jobs.list()) network.jobs.runNow(job.id)
    requests.n = 0
    const again = performance.now()
    await network.jobs.scheduler.runDue()
    const secondSeconds = (performance.now() - again) / 1000
    const unchanged = network.jobs.list().filter((j) => j.status === 'unchanged').length
    await network.close()

    const offline = createFetchJobs({ ...common, httpClient: instant304, scheduler: { maxJobs: 1 } })
    for (const job of offline.jobs.list()) offline.jobs.runNow(job.id)
    const bare = performance.now()
    await offline.jobs.scheduler.runDue()
    const overheadMs = (performance.now() - bare) / FEEDS
    await offline.close()

    const figures = {
      jobs: FEEDS,
      hosts: HOSTS,
      add_ms_per_job: round(addMs / FEEDS, 3),
      first_run_s: round(firstSeconds, 2),
      first_run_requests: firstRequests,
      first_run_requests_per_s: round(firstRequests / firstSeconds, 1),
      articles_imported: imported,
      articles_per_s: round(imported / firstSeconds, 1),
      jobs_failed: failed,
      rerun_304_s: round(secondSeconds, 2),
      rerun_jobs_per_s: round(FEEDS / secondSeconds, 1),
      rerun_unchanged: unchanged,
      scheduler_overhead_ms_per_job: round(overheadMs, 3),
      rss_delta_mb: round((memAfter.rss - memBefore.rss) / 1048576, 1),
      retained_heap_delta_mb: round((memAfter.heapUsed - memBefore.heapUsed) / 1048576, 1),
      rss_after_mb: round(memAfter.rss / 1048576, 1),
    }
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(32)} ${v}`)
    return figures
  } finally {
    db.close()
    for (const h of hosts) {
      for (const s of h.sockets) s.destroy()
      await new Promise<void>((resolve) => h.server.close(() => resolve()))
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits
