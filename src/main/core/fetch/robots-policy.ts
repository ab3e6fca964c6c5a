import type robotsParser from 'robots-parser'
import { lazyDefault } from '../lazy-package'
import { FetchError } from './fetch-error'
import type { RequestGate } from './request-gate'

const parseRobots = lazyDefault<typeof robotsParser>('robots-parser')

type Robots = ReturnType<typeof robotsParser>

/** What the policy needs of the fetcher (resource-fetcher.ts, which consults the policy before each request). */
export interface RobotsFetcher {
  readonly userAgent: string
  fetchText(url: string, maxBytes: number): Promise<{ notModified: true } | { notModified: false; bytes: Uint8Array }>
}

interface CacheEntry {
  robots: Promise<Robots | null>
  expires: number
}

const TTL_MS = 12 * 3600_000
/** When robots.txt cannot be read for a passing reason, ask again sooner. */
const RETRY_MS = 3600_000
/** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt. */
const MAX_ROBOTS_BYTES = 512 * 1024
/** A Crawl-delay beyond this is treated as this: the jobs should still run. */
const MAX_CRAWL_DELAY_MS = 60_000

/**
 * robots.txt per origin (RFC 9309, parsed by robots-parser), cached; its Crawl-delay becomes the
 * host's delay in the gate. A missing or unreadable robots.txt allows everything.
 */
export class RobotsPolicy {
  private readonly cache = new Map<string, CacheEntry>()

  constructor(
    private readonly fetcher: RobotsFetcher,
    private readonly gate: RequestGate,
  ) {}

  async check(url: URL, signal: AbortSignal | undefined): Promise<void> {
    // One load per origin serves every caller, so it runs without any one caller's signal.
    const robots = await untilAborted(this.robotsFor(url), signal, url.href)
    if (robots && robots.isAllowed(url.href, this.fetcher.userAgent) === false) {
      const line = robots.getMatchingLineNumber(url.href, this.fetcher.userAgent)
      throw new FetchError('robots', url.href, `disallowed by ${url.origin}/robots.txt${line > 0 ? ` (line ${line})` : ''}`)
    }
  }

  private robotsFor(url: URL): Promise<Robots | null> {
    const now = Date.now()
    const cached = this.cache.get(url.origin)
    if (cached && cached.expires > now) return cached.robots
    const entry: CacheEntry = { robots: this.load(url, (ms) => (entry.expires = Date.now() + ms)), expires: Infinity }
    this.cache.set(url.origin, entry)
    return entry.robots
  }

  private async load(url: URL, keepFor: (ms: number) => void): Promise<Robots | null> {
    const robotsUrl = `${url.origin}/robots.txt`
    try {
      const res = await this.fetcher.fetchText(robotsUrl, MAX_ROBOTS_BYTES)
      if (res.notModified) throw new Error('unexpected 304')
      const robots = parseRobots()(robotsUrl, new TextDecoder().decode(res.bytes))
      const delay = robots.getCrawlDelay(this.fetcher.userAgent)
      if (delay && delay > 0) this.gate.setHostDelay(url.host, Math.min(delay * 1000, MAX_CRAWL_DELAY_MS))
      keepFor(TTL_MS)
      return robots
    } catch (err) {
      // 4xx means "no rules" (RFC 9309 §2.3.1.3); other failures surface on the real request.
      keepFor(err instanceof FetchError && (err.kind === 'gone' || err.kind === 'http') ? TTL_MS : RETRY_MS)
      return null
    }
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, url: string): Promise<T> {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new FetchError('cancelled', url, 'cancelled'))
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
