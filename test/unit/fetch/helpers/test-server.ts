import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTcpServer, type Socket } from 'node:net'

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

/** A local HTTP server on 127.0.0.1 (random port) with per-path handlers and concurrency counters. */
export interface TestServer {
  origin: string
  port: number
  url(path: string): string
  route(path: string, handler: Handler): void
  /** Requests seen, in order of arrival. */
  readonly requests: { path: string; headers: IncomingMessage['headers']; at: number }[]
  /** Highest number of requests in progress at once. */
  readonly maxActive: number
  hits(path: string): number
  close(): Promise<void>
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const handlers = new Map(Object.entries(routes))
  const sockets = new Set<Socket>()
  const requests: TestServer['requests'] = []
  let active = 0
  let maxActive = 0
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ path, headers: req.headers, at: Date.now() })
    active++
    maxActive = Math.max(maxActive, active)
    let counted = true
    const done = () => {
      if (counted) active--
      counted = false
    }
    res.on('close', done)
    const handler = handlers.get(path) ?? handlers.get(path.split('?')[0])
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    Promise.resolve(handler(req, res)).catch((err) => {
      if (!res.headersSent) res.writeHead(500).end(String(err))
      else res.destroy()
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    port,
    url: (path) => origin + path,
    route: (path, handler) => void handlers.set(path, handler),
    requests,
    get maxActive() {
      return maxActive
    },
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A TCP server on 127.0.0.1 that accepts connections and never answers. */
export async function startSilentServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createTcpServer((s) => {
    sockets.add(s)
    s.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createTcpServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
