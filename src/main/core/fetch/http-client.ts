/**
 * One HTTP exchange, the seam between fetch jobs and a network stack: Node's (undici) in the CLI
 * and tests, Chromium's (Electron `net`) in the app, so the app honours the system proxy and
 * corporate certificates. Everything else — redirects, timeouts, limits, politeness — is shared
 * and lives in resource-fetcher.ts.
 */
export interface HttpRequest {
  url: string
  /** Request headers; the client adds Accept-Encoding itself and decodes gzip/deflate/br. */
  headers: Record<string, string>
  /** Aborting it must end the connection and any body stream promptly. */
  signal: AbortSignal
}

export interface HttpHeaders {
  get(name: string): string | null
}

export interface HttpResponse {
  status: number
  headers: HttpHeaders
  /** The decoded body (Content-Encoding removed); null when there is none. */
  body: AsyncIterable<Uint8Array> | null
}

export interface HttpClient {
  /** Sends one GET and never follows redirects: a 3xx comes back with its Location header. */
  send(request: HttpRequest): Promise<HttpResponse>
  /** Releases pooled connections. */
  close(): Promise<void>
}

/** A failure below HTTP (refused, reset, DNS, TLS, connect timeout), described for people. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message)
    this.name = 'NetworkError'
  }
}
