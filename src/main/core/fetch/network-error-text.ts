import { NetworkError } from './http-client'

/**
 * Plain words for low-level network failures from Node (errno / undici codes) and Chromium
 * (net::ERR_* names), so the job log reads the same in the CLI and the app.
 */
const TEXT: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (nothing is listening there)',
  ERR_CONNECTION_REFUSED: 'connection refused (nothing is listening there)',
  ECONNRESET: 'connection reset by the server',
  ERR_CONNECTION_RESET: 'connection reset by the server',
  ERR_CONNECTION_CLOSED: 'the server closed the connection without answering',
  UND_ERR_SOCKET: 'the server closed the connection unexpectedly',
  ERR_EMPTY_RESPONSE: 'the server closed the connection without answering',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'host name lookup failed temporarily (DNS)',
  ERR_NAME_NOT_RESOLVED: 'host name not found (DNS)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ERR_INTERNET_DISCONNECTED: 'no internet connection',
  ERR_ADDRESS_UNREACHABLE: 'host unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'could not connect in time',
  ETIMEDOUT: 'could not connect in time',
  ERR_CONNECTION_TIMED_OUT: 'could not connect in time',
  ERR_PROXY_CONNECTION_FAILED: 'the proxy refused the connection',
  ERR_CERT_AUTHORITY_INVALID: 'TLS certificate not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted (self-signed in chain)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate not trusted (self-signed)',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  ERR_CERT_DATE_INVALID: 'TLS certificate expired or not yet valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host name',
  ERR_CERT_COMMON_NAME_INVALID: 'TLS certificate is for another host name',
  Z_DATA_ERROR: 'the compressed body is corrupt',
  ERR_CONTENT_DECODING_FAILED: 'the compressed body is corrupt',
}

export function describeNetworkFailure(code: string | null, fallback: string): string {
  const key = code?.replace(/^net::/, '') ?? ''
  return TEXT[key] ?? (code ? `${fallback} (${key})` : fallback)
}

/** Wraps whatever a network stack threw; undici hides the real reason in `cause`. */
export function toNetworkError(err: unknown): NetworkError {
  if (err instanceof NetworkError) return err
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause
  const message = cause?.message ?? (err instanceof Error ? err.message : String(err))
  // Chromium names its errors only in the message: "net::ERR_CONNECTION_REFUSED".
  const code = cause?.code ?? (err as { code?: string })?.code ?? /net::(ERR_\w+)/.exec(message)?.[1] ?? null
  return new NetworkError(describeNetworkFailure(code, message), code)
}
