import { classifyMediaType, parseContentType, sniffBody, type BodyKind } from './content-type'
import { FetchError } from './fetch-error'
import type { HttpClient, HttpResponse } from './http-client'
import { toNetworkError } from './network-error-text'
import { BodyTooLargeError, formatBytes, readBody } from './read-body'
import { RequestGate } from './request-gate'
import { parseRetryAfter } from './retry-after'
import { RobotsPolicy } from './robots-policy'

export const DEFAULT_USER_AGENT = 'Parallax/0.1 (media monitoring; +https://github.com/parallax-monitor)'

export interface FetcherOptions {
  client: HttpClient
  /** Shared politeness limits; one per process. */
  gate?: RequestGate
  userAgent?: string
  /** Until the response headers arrive. */
  responseTimeoutMs?: number
  /** For one request, from sending it to the end of its body. */
  totalTimeoutMs?: number
  maxBodyBytes?: number
  maxRedirects?: number
  /** Obey robots.txt (and its Crawl-delay). */
  obeyRobots?: boolean
}

export interface FetchRequest {
  /** Which kinds of body are wanted; anything else is refused with the reason. */
  accept: readonly BodyKind[]
  /** Validators from the last fetch, for a conditional GET. */
  etag?: string | null
  lastModified?: string | null
  signal?: AbortSignal
}

interface FetchedCommon {
  requestedUrl: string
  /** Where the content really came from, after redirects. */
  url: string
  redirects: string[]
}

export type FetchedResource =
  | (FetchedCommon & { notModified: true })
  | (FetchedCommon & {
      notModified: false
      bytes: Uint8Array
      kind: BodyKind
      mediaType: string | null
      /** From the Content-Type header; the document's own declaration may differ. */
      charset: string | null
      etag: string | null
      lastModified: string | null
    })

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Longer host pauses fail the request at once with the time to come back. */
const MAX_GATE_WAIT_MS = 5000

/**
 * Fetches one URL politely and defensively: robots.txt, per-host and global limits, bounded
 * redirects with loop detection, response and total timeouts, conditional GET, a body size limit
 * enforced while streaming and content-type checks. Every failure is a FetchError that names
 * the URL and what went wrong.
 */
export class ResourceFetcher {
  readonly gate: RequestGate
  readonly userAgent: string
  private readonly responseTimeoutMs: number
  private readonly totalTimeoutMs: number
  private readonly maxBodyBytes: number
  private readonly maxRedirects: number
  private readonly robots: RobotsPolicy | null

  constructor(private readonly options: FetcherOptions) {
    this.gate = options.gate ?? new RequestGate()
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT
    this.responseTimeoutMs = options.responseTimeoutMs ?? 20_000
    this.totalTimeoutMs = options.totalTimeoutMs ?? 60_000
    this.maxBodyBytes = options.maxBodyBytes ?? 20 * 1024 * 1024
    this.maxRedirects = options.maxRedirects ?? 5
    this.robots = options.obeyRobots === false ? null : new RobotsPolicy(this, this.gate)
  }

  async fetch(url: string, request: FetchRequest): Promise<FetchedResource> {
    const redirects: string[] = []
    const seen = new Set<string>()
    let current = parseHttpUrl(url, url)
    for (;;) {
      seen.add(current.href)
      if (this.robots && !(request as InternalRequest).skipRobots) await this.robots.check(current, request.signal)
      const result = await this.exchange(current, request)
      if (result.redirectTo == null) return { ...result.resource!, requestedUrl: url, redirects }
      const next = parseHttpUrl(result.redirectTo, current.href, url)
      redirects.push(next.href)
      if (seen.has(next.href)) {
        throw new FetchError('redirect', url, `redirect loop: ${[url, ...redirects].join(' → ')}`)
      }
      if (redirects.length > this.maxRedirects) {
        throw new FetchError('redirect', url, `more than ${this.maxRedirects} redirects (last to ${next.href})`)
      }
      current = next
    }
  }

  /** Text of a small resource for internal use (robots.txt): no robots check, no conditional GET. */
  async fetchText(url: string, maxBytes: number): Promise<FetchedResource> {
    const request: InternalRequest = { accept: ['text', 'html', 'xml', 'json'], skipRobots: true, maxBytes }
    return this.fetch(url, request)
  }

  /** One request/response, holding a politeness slot for its whole duration. */
  private async exchange(target: URL, request: FetchRequest): Promise<Exchange> {
    const url = target.href
    // A host that asked for a long pause is not waited for here (that would hold a job slot):
    // the job is rescheduled for after the pause instead.
    const pause = this.gate.pausedUntil(target.host) - Date.now()
    if (pause > MAX_GATE_WAIT_MS) {
      throw new FetchError('rate-limited', url, `${target.host} asked for a pause (Retry-After); not contacted for another ${Math.ceil(pause / 1000)} s`, { retryAfterMs: pause })
    }
    const release = await this.gate.acquire(target.host, request.signal).catch(() => {
      throw new FetchError('cancelled', url, 'cancelled')
    })
    const hop = new AbortController()
    const onOuterAbort = () => hop.abort(new FetchError('cancelled', url, 'cancelled'))
    request.signal?.addEventListener('abort', onOuterAbort, { once: true })
    const total = setTimeout(
      () => hop.abort(new FetchError('timeout', url, `no complete answer within ${this.totalTimeoutMs / 1000} s`)),
      this.totalTimeoutMs,
    )
    const untilHeaders = setTimeout(
      () => hop.abort(new FetchError('timeout', url, `no response within ${this.responseTimeoutMs / 1000} s`)),
      this.responseTimeoutMs,
    )
    try {
      const response = await this.options.client.send({ url, headers: this.headersFor(request), signal: hop.signal })
      clearTimeout(untilHeaders)
      return await this.interpret(response, target, request, hop)
    } catch (err) {
      throw asFetchError(err, url, hop.signal)
    } finally {
      clearTimeout(total)
      clearTimeout(untilHeaders)
      request.signal?.removeEventListener('abort', onOuterAbort)
      // Ends the connection if the body was not read (refused type, error status, redirect).
      if (!hop.signal.aborted) hop.abort(new FetchError('cancelled', url, 'done'))
      release()
    }
  }

  private headersFor(request: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: acceptHeader(request.accept),
      'accept-language': 'de, en, ru;q=0.9, *;q=0.5',
    }
    if (request.etag) headers['if-none-match'] = request.etag
    if (request.lastModified) headers['if-modified-since'] = request.lastModified
    return headers
  }

  private async interpret(response: HttpResponse, target: URL, request: FetchRequest, hop: AbortController): Promise<Exchange> {
    const url = target.href
    const { status, headers } = response
    if (REDIRECTS.has(status)) {
      const location = headers.get('location')
      if (!location) throw new FetchError('redirect', url, `HTTP ${status} redirect without a Location header`)
      return { redirectTo: location }
    }
    const common = { url, redirects: [], requestedUrl: url }
    if (status === 304) return { resource: { ...common, notModified: true } }
    if (status === 429 || status === 503) {
      const retryAfterMs = parseRetryAfter(headers.get('retry-after')) ?? undefined
      if (retryAfterMs != null) this.gate.deferHost(target.host, Date.now() + retryAfterMs)
      const when = retryAfterMs != null ? `; asked to retry in ${Math.round(retryAfterMs / 1000)} s` : ''
      throw new FetchError('rate-limited', url, `HTTP ${status} ${status === 429 ? 'Too Many Requests' : 'Service Unavailable'}${when}`, { status, retryAfterMs })
    }
    if (status === 404 || status === 410) {
      throw new FetchError('gone', url, `HTTP ${status} ${status === 404 ? 'Not Found' : 'Gone'}`, { status })
    }
    if (status < 200 || status >= 300) throw new FetchError('http', url, `HTTP ${status}${statusText(status)}`, { status })

    const { mediaType, charset } = parseContentType(headers.get('content-type'))
    const classified = classifyMediaType(mediaType)
    if (typeof classified === 'object') throw new FetchError('content-type', url, `refused: the server sent ${classified.refused}, not a web page or feed`)
    if (classified !== 'sniff' && !request.accept.includes(classified)) throw refusedKind(url, classified, mediaType, request.accept)

    const limit = (request as InternalRequest).maxBytes ?? this.maxBodyBytes
    const declared = Number(headers.get('content-length'))
    // A Content-Length is of the encoded body; only an unencoded one says the decoded size.
    if (!headers.get('content-encoding') && Number.isFinite(declared) && declared > limit) {
      throw new FetchError('too-large', url, `refused: ${formatBytes(declared)} announced, larger than the ${formatBytes(limit)} limit`)
    }
    let bytes: Uint8Array
    try {
      bytes = await readBody(response.body, limit)
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        hop.abort(new FetchError('too-large', url, 'stopped'))
        throw new FetchError('too-large', url, `download stopped: body ${err.message}`)
      }
      throw err
    }
    const kind = classified === 'sniff' ? sniffBody(bytes) : classified
    if (typeof kind === 'object') throw new FetchError('content-type', url, `refused: the server sent ${kind.refused}, not a web page or feed`)
    if (!request.accept.includes(kind)) throw refusedKind(url, kind, mediaType, request.accept)
    return {
      resource: {
        ...common,
        notModified: false,
        bytes,
        kind,
        mediaType,
        charset,
        etag: headers.get('etag'),
        lastModified: headers.get('last-modified'),
      },
    }
  }
}

interface InternalRequest extends FetchRequest {
  skipRobots?: boolean
  maxBytes?: number
}

interface Exchange {
  redirectTo?: string
  resource?: FetchedResource
}

function parseHttpUrl(raw: string, base: string, original = raw): URL {
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    throw new FetchError('redirect', original, `not a valid URL: ${raw}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('redirect', original, `only http and https can be fetched, not ${url.protocol.replace(/:$/, '')} (${raw})`)
  }
  url.hash = ''
  return url
}

const KIND_WORDS: Record<BodyKind, string> = { html: 'a web page', xml: 'XML', json: 'JSON', text: 'plain text' }

function refusedKind(url: string, kind: BodyKind, mediaType: string | null, accept: readonly BodyKind[]): FetchError {
  const wanted = accept.map((k) => KIND_WORDS[k]).join(' or ')
  return new FetchError('content-type', url, `refused: the server sent ${KIND_WORDS[kind]}${mediaType ? ` (${mediaType})` : ''}; expected ${wanted}`)
}

function acceptHeader(accept: readonly BodyKind[]): string {
  const types: string[] = []
  if (accept.includes('xml')) types.push('application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml;q=0.9', 'text/xml;q=0.9')
  if (accept.includes('json')) types.push('application/feed+json', 'application/json;q=0.9')
  if (accept.includes('html')) types.push('text/html', 'application/xhtml+xml')
  if (accept.includes('text')) types.push('text/plain;q=0.8')
  return [...types, '*/*;q=0.1'].join(', ')
}

function asFetchError(err: unknown, url: string, hop: AbortSignal): FetchError {
  if (err instanceof FetchError) return err
  // An abort surfaces as whatever the stack throws (AbortError, "terminated"); the reason says why.
  if (hop.aborted && hop.reason instanceof FetchError) return hop.reason
  return new FetchError('network', url, toNetworkError(err).message)
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
}

function statusText(status: number): string {
  return STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''
}
