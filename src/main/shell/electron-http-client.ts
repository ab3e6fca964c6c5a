import { net } from 'electron'
import type { HttpClient, HttpRequest, HttpResponse } from '../core/fetch/http-client'
import { toNetworkError } from '../core/fetch/network-error-text'

/**
 * HttpClient over Chromium's network stack (Electron's `net`), so fetch jobs in the app go through
 * the system proxy and trust corporate certificates. `net.request` rather than `net.fetch`:
 * net.fetch cannot hand back a redirect unfollowed (its "manual" mode fails the request), and the
 * shared fetcher follows redirects itself to bound them and to know the final URL. Chromium
 * decodes gzip/deflate/br itself; its HTTP cache is bypassed so conditional GETs reach the server.
 */
export class ElectronHttpClient implements HttpClient {
  send(request: HttpRequest): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const { 'accept-encoding': _chromiumSetsThis, ...headers } = request.headers
      const req = net.request({ url: request.url, method: 'GET', redirect: 'manual', cache: 'no-store', credentials: 'omit', useSessionCookies: false, headers })
      const onAbort = () => {
        req.abort()
        reject(request.signal.reason)
      }
      if (request.signal.aborted) return onAbort()
      request.signal.addEventListener('abort', onAbort, { once: true })
      req.on('redirect', (statusCode, _method, redirectUrl) => {
        req.abort()
        resolve({ status: statusCode, headers: new Headers({ location: redirectUrl }), body: null })
      })
      req.on('response', (response) => {
        const responseHeaders = new Headers()
        for (const [name, value] of Object.entries(response.headers)) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value)
        // At run time IncomingMessage is a Node Readable, hence async-iterable (its typings say EventEmitter).
        resolve({ status: response.statusCode, headers: responseHeaders, body: response as unknown as AsyncIterable<Uint8Array> })
      })
      req.on('error', (err) => reject(request.signal.aborted ? request.signal.reason : toNetworkError(err)))
      req.end()
    })
  }

  async close(): Promise<void> {}
}
