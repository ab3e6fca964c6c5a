/** Why fetching a URL failed, in words for the job log, with what the scheduler needs to react. */
export type FetchFailureKind =
  /** Connection refused/reset, DNS, TLS: worth retrying later. */
  | 'network'
  | 'timeout'
  /** An HTTP error status that may pass (5xx, 403, …). */
  | 'http'
  /** 404 or 410: the resource is not there; the job stops. */
  | 'gone'
  /** 429 or 503: the server asked us to come back later (Retry-After). */
  | 'rate-limited'
  | 'redirect'
  | 'too-large'
  /** Not a web page or feed (an image, a PDF, a binary). */
  | 'content-type'
  /** robots.txt disallows the URL for our User-Agent. */
  | 'robots'
  /** The body is not what it claims to be (broken XML, no feed, nothing extractable). */
  | 'malformed'
  | 'cancelled'

export class FetchError extends Error {
  constructor(
    readonly kind: FetchFailureKind,
    readonly url: string,
    message: string,
    readonly extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message)
    this.name = 'FetchError'
  }

  get status(): number | undefined {
    return this.extra.status
  }

  get retryAfterMs(): number | undefined {
    return this.extra.retryAfterMs
  }
}
