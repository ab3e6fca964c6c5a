import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { NodeHttpClient } from '../../../src/main/core/fetch/node-http-client'
import { RequestGate } from '../../../src/main/core/fetch/request-gate'
import { ResourceFetcher, type FetcherOptions } from '../../../src/main/core/fetch/resource-fetcher'
import { FetchError } from '../../../src/main/core/fetch/fetch-error'
import { closedPort, sleep, startServer, startSilentServer, type TestServer } from './helpers/test-server'

const HTML = '<!doctype html><html><head><title>Hallo</title></head><body><p>Grüße aus Berlin</p></body></html>'

let server: TestServer
const clients: NodeHttpClient[] = []

function fetcher(options: Partial<FetcherOptions> = {}): ResourceFetcher {
  const client = new NodeHttpClient({ connectTimeoutMs: 2000 })
  clients.push(client)
  return new ResourceFetcher({ client, gate: new RequestGate({ hostDelayMs: 0, perHost: 2 }), obeyRobots: false, ...options })
}

function drainOrClose(res: import('node:http').ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done)
      resolve()
    }
    res.on('drain', done).on('close', done)
  })
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError)
    return err as FetchError
  }
  throw new Error('expected the fetch to fail')
}

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server.close()
})
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()))
})

describe('ResourceFetcher', () => {
  it('fetches a page with its type, charset, validators and our User-Agent', async () => {
    server.route('/page', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8', etag: '"v1"', 'last-modified': 'Tue, 01 Oct 2024 10:00:00 GMT' }).end(HTML)
    })
    const res = await fetcher({ userAgent: 'ParallaxTest/1.0' }).fetch(server.url('/page'), { accept: ['html'] })
    if (res.notModified) throw new Error('unexpected 304')
    expect(new TextDecoder().decode(res.bytes)).toBe(HTML)
    expect(res).toMatchObject({ kind: 'html', mediaType: 'text/html', charset: 'utf-8', etag: '"v1"', lastModified: 'Tue, 01 Oct 2024 10:00:00 GMT' })
    expect(server.requests.at(-1)!.headers['user-agent']).toBe('ParallaxTest/1.0')
  })

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('decodes a %s-compressed body', async (encoding, compress) => {
    server.route(`/z-${encoding}`, (req, res) => {
      expect(req.headers['accept-encoding']).toContain(encoding)
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding }).end(compress(Buffer.from(HTML)))
    })
    const res = await fetcher().fetch(server.url(`/z-${encoding}`), { accept: ['html'] })
    expect(!res.notModified && new TextDecoder().decode(res.bytes)).toBe(HTML)
  })

  it('sends If-None-Match and If-Modified-Since and reports 304 as not modified', async () => {
    server.route('/cond', (req, res) => {
      if (req.headers['if-none-match'] === '"abc"' && req.headers['if-modified-since'] === 'Tue, 01 Oct 2024 10:00:00 GMT') res.writeHead(304).end()
      else res.writeHead(200, { 'content-type': 'text/html', etag: '"abc"' }).end(HTML)
    })
    const f = fetcher()
    const first = await f.fetch(server.url('/cond'), { accept: ['html'] })
    expect(first.notModified).toBe(false)
    const second = await f.fetch(server.url('/cond'), { accept: ['html'], etag: '"abc"', lastModified: 'Tue, 01 Oct 2024 10:00:00 GMT' })
    expect(second.notModified).toBe(true)
  })

  it('follows redirects (relative ones too) and reports where the content came from', async () => {
    server.route('/r1', (_req, res) => res.writeHead(301, { location: '/r2' }).end())
    server.route('/r2', (_req, res) => res.writeHead(302, { location: server.url('/r3') }).end())
    server.route('/r3', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML))
    const res = await fetcher().fetch(server.url('/r1'), { accept: ['html'] })
    expect(res.url).toBe(server.url('/r3'))
    expect(res.redirects).toEqual([server.url('/r2'), server.url('/r3')])
  })

  it('detects a redirect loop', async () => {
    server.route('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end())
    server.route('/loop-b', (_req, res) => res.writeHead(302, { location: '/loop-a' }).end())
    const err = await failure(fetcher().fetch(server.url('/loop-a'), { accept: ['html'] }))
    expect(err.kind).toBe('redirect')
    expect(err.message).toMatch(/redirect loop: .*loop-a → .*loop-b → .*loop-a/)
    expect(server.hits('/loop-a')).toBeLessThanOrEqual(2)
  })

  it('stops after five redirects', async () => {
    server.route('/chain', (req, res) => {
      const n = Number(new URL(req.url!, server.origin).searchParams.get('n') ?? 0)
      res.writeHead(307, { location: `/chain?n=${n + 1}` }).end()
    })
    const err = await failure(fetcher().fetch(server.url('/chain?n=0'), { accept: ['html'] }))
    expect(err.kind).toBe('redirect')
    expect(err.message).toContain('more than 5 redirects')
  })

  it('refuses a redirect to another scheme', async () => {
    server.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end())
    const err = await failure(fetcher().fetch(server.url('/to-file'), { accept: ['html'] }))
    expect(err.message).toContain('only http and https')
  })

  it('times out when the headers are slow, and when the body is', async () => {
    server.route('/slow-headers', async (_req, res) => {
      await sleep(1500)
      res.writeHead(200, { 'content-type': 'text/html' }).end(HTML)
    })
    server.route('/slow-body', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      for (let i = 0; i < 30 && !res.destroyed; i++) {
        res.write('<p>tick</p>')
        await sleep(100)
      }
      res.end()
    })
    const f = fetcher({ responseTimeoutMs: 300, totalTimeoutMs: 800 })
    const started = Date.now()
    const slowHeaders = await failure(f.fetch(server.url('/slow-headers'), { accept: ['html'] }))
    expect(slowHeaders.kind).toBe('timeout')
    expect(slowHeaders.message).toBe('no response within 0.3 s')
    const slowBody = await failure(f.fetch(server.url('/slow-body'), { accept: ['html'] }))
    expect(slowBody.kind).toBe('timeout')
    expect(slowBody.message).toBe('no complete answer within 0.8 s')
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('gives up on a server that accepts the connection and never answers', async () => {
    const silent = await startSilentServer()
    try {
      const err = await failure(fetcher({ responseTimeoutMs: 400 }).fetch(`${silent.origin}/`, { accept: ['html'] }))
      expect(err.kind).toBe('timeout')
    } finally {
      await silent.close()
    }
  })

  it('reports a closed port as a refused connection', async () => {
    const port = await closedPort()
    const err = await failure(fetcher().fetch(`http://127.0.0.1:${port}/feed`, { accept: ['xml'] }))
    expect(err.kind).toBe('network')
    expect(err.message).toContain('connection refused')
  })

  it('maps status codes: 500 is an error to retry, 404 and 410 are gone', async () => {
    server.route('/500', (_req, res) => res.writeHead(500).end('boom'))
    server.route('/410', (_req, res) => res.writeHead(410).end())
    const f = fetcher()
    const e500 = await failure(f.fetch(server.url('/500'), { accept: ['html'] }))
    expect([e500.kind, e500.status, e500.message]).toEqual(['http', 500, 'HTTP 500 Internal Server Error'])
    const e404 = await failure(f.fetch(server.url('/missing'), { accept: ['html'] }))
    expect([e404.kind, e404.message]).toEqual(['gone', 'HTTP 404 Not Found'])
    const e410 = await failure(f.fetch(server.url('/410'), { accept: ['html'] }))
    expect([e410.kind, e410.message]).toEqual(['gone', 'HTTP 410 Gone'])
  })

  it('reads Retry-After from 429 (seconds) and 503 (HTTP date) and pauses the host', async () => {
    server.route('/429', (_req, res) => res.writeHead(429, { 'retry-after': '7' }).end())
    const at = new Date(Date.now() + 120_000).toUTCString()
    server.route('/503', (_req, res) => res.writeHead(503, { 'retry-after': at }).end())
    const gate = new RequestGate({ hostDelayMs: 0 })
    const f = fetcher({ gate })
    const e429 = await failure(f.fetch(server.url('/429'), { accept: ['html'] }))
    expect([e429.kind, e429.retryAfterMs]).toEqual(['rate-limited', 7000])
    expect(e429.message).toBe('HTTP 429 Too Many Requests; asked to retry in 7 s')
    // The host is paused now: another request to it is not sent, and says when to come back.
    const pageHits = server.hits('/page')
    const paused = await failure(fetcher({ gate }).fetch(server.url('/page'), { accept: ['html'] }))
    expect(paused.kind).toBe('rate-limited')
    expect(paused.message).toMatch(/^127\.0\.0\.1:\d+ asked for a pause \(Retry-After\); not contacted for another [67] s$/)
    expect(paused.retryAfterMs).toBeGreaterThan(6000)
    expect(server.hits('/page')).toBe(pageHits)

    const e503 = await failure(fetcher().fetch(server.url('/503'), { accept: ['html'] }))
    expect(e503.kind).toBe('rate-limited')
    expect(e503.retryAfterMs).toBeGreaterThan(110_000)
    expect(e503.retryAfterMs).toBeLessThanOrEqual(120_000)
  })

  it('waits out a short Retry-After before the next request to that host', async () => {
    server.route('/429-short', (_req, res) => res.writeHead(429, { 'retry-after': '1' }).end())
    const gate = new RequestGate({ hostDelayMs: 0 })
    const f = fetcher({ gate })
    await failure(f.fetch(server.url('/429-short'), { accept: ['html'] }))
    const started = Date.now()
    await f.fetch(server.url('/page'), { accept: ['html'] })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it('stops a 100 MB streamed body at the limit without buffering it', async () => {
    let sent = 0
    let closedEarly = false
    server.route('/huge', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      res.on('close', () => (closedEarly = sent < 100 * 1024 * 1024))
      while (sent < 100 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length
        if (!res.write(chunk)) await drainOrClose(res)
      }
      res.end()
    })
    const heapBefore = process.memoryUsage().heapUsed
    const err = await failure(fetcher({ maxBodyBytes: 20 * 1024 * 1024 }).fetch(server.url('/huge'), { accept: ['html'] }))
    expect(err.kind).toBe('too-large')
    expect(err.message).toBe('download stopped: body larger than the 20 MB limit')
    await sleep(50)
    expect(closedEarly).toBe(true)
    expect(sent).toBeLessThan(40 * 1024 * 1024)
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(60 * 1024 * 1024)
  })

  it('refuses an announced oversized body before downloading it', async () => {
    server.route('/announced', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) })
      res.write('<html>')
    })
    const err = await failure(fetcher().fetch(server.url('/announced'), { accept: ['html'] }))
    expect(err.message).toBe('refused: 100 MB announced, larger than the 20 MB limit')
  })

  it('refuses images and binaries with the reason, also when the type is not declared', async () => {
    server.route('/img', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff, 0xe0])))
    server.route('/pdf', (_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from('%PDF-1.7\n...')))
    server.route('/untyped', (_req, res) => res.end(HTML))
    const f = fetcher()
    expect((await failure(f.fetch(server.url('/img'), { accept: ['html'] }))).message).toBe('refused: the server sent image/jpeg (an image), not a web page or feed')
    expect((await failure(f.fetch(server.url('/pdf'), { accept: ['html'] }))).message).toBe('refused: the server sent binary data (a PDF document), not a web page or feed')
    const untyped = await f.fetch(server.url('/untyped'), { accept: ['html'] })
    expect(!untyped.notModified && untyped.kind).toBe('html')
  })

  it('refuses a feed where a page is expected, naming both', async () => {
    server.route('/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'))
    const err = await failure(fetcher().fetch(server.url('/feed.xml'), { accept: ['html', 'text'] }))
    expect(err.message).toBe('refused: the server sent XML (application/rss+xml); expected a web page or plain text')
  })

  it('obeys robots.txt for its User-Agent and takes Crawl-delay as the host delay', async () => {
    const robots = await startServer({
      '/robots.txt': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n'),
      '/public': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
      '/private/x': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
    })
    try {
      const f = fetcher({ obeyRobots: true })
      const err = await failure(f.fetch(robots.url('/private/x'), { accept: ['html'] }))
      expect(err.kind).toBe('robots')
      expect(err.message).toBe(`disallowed by ${robots.origin}/robots.txt (line 2)`)
      expect(robots.hits('/private/x')).toBe(0)
      await f.fetch(robots.url('/public'), { accept: ['html'] })
      await f.fetch(robots.url('/public'), { accept: ['html'] })
      const starts = robots.requests.filter((r) => r.path === '/public').map((r) => r.at)
      expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(280)
      expect(robots.hits('/robots.txt')).toBe(1)
    } finally {
      await robots.close()
    }
  })

  it('keeps to one request per host at a time and spaces their starts', async () => {
    const polite = await startServer({
      '/p': async (_req, res) => {
        await sleep(10)
        res.writeHead(200, { 'content-type': 'text/html' }).end(HTML)
      },
    })
    try {
      // Arrivals at the server jitter with the machine's load; a delay far above the answer time keeps the
      // spacing it enforces measurable (without it, starts would follow ~10 ms apart).
      const f = fetcher({ gate: new RequestGate({ perHost: 1, hostDelayMs: 150, maxConcurrent: 8 }) })
      await Promise.all(Array.from({ length: 5 }, () => f.fetch(polite.url('/p'), { accept: ['html'] })))
      expect(polite.maxActive).toBe(1)
      const starts = polite.requests.map((r) => r.at)
      for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(110)
    } finally {
      await polite.close()
    }
  })

  it('allows two per host when configured, and never more than the global limit', async () => {
    const a = await startServer()
    const b = await startServer()
    const slow = async (_req: unknown, res: import('node:http').ServerResponse) => {
      await sleep(80)
      res.writeHead(200, { 'content-type': 'text/html' }).end(HTML)
    }
    a.route('/s', slow)
    b.route('/s', slow)
    let inFlight = 0
    let maxInFlight = 0
    const track = (s: TestServer) => s.route('/s', async (req, res) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await slow(req, res)
      inFlight--
    })
    track(a)
    track(b)
    try {
      const f = fetcher({ gate: new RequestGate({ perHost: 2, hostDelayMs: 0, maxConcurrent: 3 }) })
      await Promise.all([...Array.from({ length: 6 }, () => f.fetch(a.url('/s'), { accept: ['html'] })), ...Array.from({ length: 6 }, () => f.fetch(b.url('/s'), { accept: ['html'] }))])
      expect(a.maxActive).toBe(2)
      expect(b.maxActive).toBeLessThanOrEqual(2)
      expect(maxInFlight).toBe(3)
    } finally {
      await a.close()
      await b.close()
    }
  })

  it('is cancelled by its signal while waiting or downloading', async () => {
    server.route('/forever', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.write('<p>')
    })
    const controller = new AbortController()
    const pending = fetcher().fetch(server.url('/forever'), { accept: ['html'], signal: controller.signal })
    setTimeout(() => controller.abort(), 100)
    const err = await failure(pending)
    expect(err.kind).toBe('cancelled')
  })
})
