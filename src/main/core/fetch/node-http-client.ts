import type { Agent } from 'undici'
import type * as Undici from 'undici'
import { lazyPackage } from '../lazy-package'

const undici = lazyPackage<typeof Undici>('undici')
import type { HttpClient, HttpRequest, HttpResponse } from './http-client'
import { toNetworkError } from './network-error-text'

export interface NodeHttpClientOptions {
  /** Time allowed to open the TCP (and TLS) connection. */
  connectTimeoutMs?: number
}

/** HttpClient over undici (the engine of Node's own fetch), with a real connect timeout. */
export class NodeHttpClient implements HttpClient {
  private readonly agent: Agent

  constructor(options: NodeHttpClientOptions = {}) {
    this.agent = new (undici().Agent)({
      connect: { timeout: options.connectTimeoutMs ?? 10_000 },
      // The shared fetcher enforces response and total timeouts through the request's signal.
      headersTimeout: 0,
      bodyTimeout: 0,
    })
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    try {
      const response = await undici().fetch(request.url, {
        headers: { ...request.headers, 'accept-encoding': 'gzip, deflate, br' },
        redirect: 'manual',
        signal: request.signal,
        dispatcher: this.agent,
      })
      return { status: response.status, headers: response.headers, body: response.body }
    } catch (err) {
      if (request.signal.aborted) throw request.signal.reason
      throw toNetworkError(err)
    }
  }

  close(): Promise<void> {
    return this.agent.close()
  }
}
