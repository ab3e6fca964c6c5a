/**
 * The e2e test server: serves the built renderer and dispatches `POST /api/<namespace>/<method>`
 * (JSON body = the argument array) through the same createDispatcher the Electron IPC uses, over
 * real services on a temporary library. Pushed events go to the page as server-sent events.
 */
import { EventEmitter, once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createDispatcher, type Dispatch } from '../../../src/main/api/dispatch'
import { ApiError, type Platform } from '../../../src/main/api/types'
import { ChosenPaths } from '../../../src/main/core/import/chosen-paths'
import { createServices, type Services } from '../../../src/main/core/services'
import type { ApiEvents, EventName } from '../../../src/shared/api'

const REPO = resolve(import.meta.dirname, '../../..')
export const RENDERER_DIR = join(REPO, 'out/renderer')
const MAX_BODY = 16 * 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The host side for tests: external links are recorded, the import picker returns preset paths. */
export interface TestPlatform extends Platform {
  readonly openedUrls: string[]
  /** What File ▸ Import… "picks" next; null behaves like a cancelled dialog. */
  importPaths: string[] | null
  /** Files "saved" through the save dialog (citations), in order; the dialog never asks. */
  readonly savedFiles: { name: string; text: string }[]
}

export function createTestPlatform(): TestPlatform {
  const platform: TestPlatform = {
    openedUrls: [],
    importPaths: null,
    savedFiles: [],
    async openExternal(url) {
      // The same rule the Electron shell enforces: only http(s) leaves the app.
      const protocol = new URL(url).protocol
      if (protocol !== 'http:' && protocol !== 'https:') throw new ApiError('refused', `Only http(s) links can be opened, not ${protocol}`)
      platform.openedUrls.push(url)
    },
    async pickImportPaths() {
      return platform.importPaths
    },
    async saveTextFile(text, options) {
      platform.savedFiles.push({ name: options.suggestedName, text })
      return `/saved/${options.suggestedName}`
    },
  }
  return platform
}

export interface TestServer {
  /** Origin, e.g. http://127.0.0.1:41234 */
  readonly origin: string
  readonly services: Services
  readonly platform: TestPlatform
  /** The API as the test calls it: paths it imports count as chosen (the test is the person). */
  readonly dispatch: Dispatch
  /** What the person chose to import; the page's own import.start calls accept nothing else (as in the app). */
  readonly chosenPaths: ChosenPaths
  /** Every pushed event, also for the test (e.g. to wait for an import to finish). */
  readonly events: EventEmitter
  /** Resolves with the next event of this name that satisfies `match`. */
  waitForEvent<E extends EventName>(name: E, match?: (payload: ApiEvents[E]) => boolean, timeoutMs?: number): Promise<ApiEvents[E]>
  readonly libraryDir: string
  close(): Promise<void>
}

export interface TestServerOptions {
  rendererDir?: string
  /** Use this library file instead of a fresh one in a temp folder. */
  libraryPath?: string
  importWorkers?: number
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html is missing: run \`npm run build\` (electron-vite build) before the e2e tests`)
  }
  const libraryDir = await mkdtemp(join(tmpdir(), 'parallax-e2e-'))
  const services = createServices({
    libraryPath: options.libraryPath ?? join(libraryDir, 'library.sqlite'),
    settingsFile: join(libraryDir, 'settings.json'),
    importWorkers: options.importWorkers ?? 1,
  })
  const platform = createTestPlatform()
  const events = new EventEmitter()
  const streams = new Set<ServerResponse>()

  const emit = <E extends EventName>(name: E, payload: ApiEvents[E]) => {
    events.emit(name, payload)
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const res of streams) res.write(frame)
  }
  const chosenPaths = new ChosenPaths()
  // Calls from the page: import.start accepts only chosen paths, as the Electron shell's do.
  const strict = createDispatcher({ services, platform, emit, chosenPaths })
  const dispatch: Dispatch = (namespace, method, args) => {
    if (namespace === 'import' && method === 'start' && Array.isArray(args) && Array.isArray(args[0]))
      chosenPaths.grant(args[0].filter((p): p is string => typeof p === 'string'))
    return strict(namespace, method, args)
  }
  // As the app does at start-up: articles an earlier run left without statements are read.
  void services.statementRepair.start()

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(err))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/api/events' && req.method === 'GET') return openStream(res)
    const api = /^\/api\/([A-Za-z]+)\/([A-Za-z]+)$/.exec(url.pathname)
    if (api && req.method === 'POST') return call(api[1], api[2], req, res)
    // Chromium asks for a favicon on its own; the app has none, and a 404 would show as a console error.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end()
    if (req.method === 'GET' || req.method === 'HEAD') return serveFile(url.pathname, res)
    res.writeHead(405).end()
  }

  function openStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
    // A first frame makes the browser's EventSource fire "open" at once.
    res.write(': connected\n\n')
    streams.add(res)
    res.on('close', () => streams.delete(res))
  }

  async function call(namespace: string, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let args: unknown
    try {
      args = JSON.parse(await readBody(req))
    } catch (err) {
      return sendJson(res, 400, { error: `[invalid-arguments] Request body is not JSON: ${String(err)}` })
    }
    try {
      const result = await strict(namespace, method, args)
      sendJson(res, 200, { result: result ?? null })
    } catch (err) {
      // The same shape of message the IPC bridge gives the renderer.
      const message = err instanceof ApiError ? `[${err.code}] ${err.message}` : err instanceof Error ? err.message : String(err)
      sendJson(res, httpStatus(err), { error: message })
    }
  }

  async function serveFile(pathname: string, res: ServerResponse): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '')
    const file = resolve(rendererDir, relative)
    if (!file.startsWith(rendererDir + sep)) return void res.writeHead(403).end()
    try {
      if (!(await stat(file)).isFile()) return void res.writeHead(404).end()
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      res.end(await readFile(file))
    } catch {
      res.writeHead(404).end()
    }
  }

  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo

  return {
    origin: `http://127.0.0.1:${port}`,
    services,
    platform,
    dispatch,
    chosenPaths,
    events,
    libraryDir,
    waitForEvent(name, match = () => true, timeoutMs = 60_000) {
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => {
          events.off(name, listener)
          reject(new Error(`No ${name} event within ${timeoutMs} ms`))
        }, timeoutMs)
        const listener = (payload: ApiEvents[typeof name]) => {
          if (!match(payload)) return
          clearTimeout(timer)
          events.off(name, listener)
          resolvePromise(payload)
        }
        events.on(name, listener)
      })
    },
    async close() {
      for (const res of streams) res.end()
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      await services.close()
      await rm(libraryDir, { recursive: true, force: true })
    },
  }
}

/** The HTTP status of an API error, as a web API would answer. */
function httpStatus(err: unknown): number {
  if (!(err instanceof ApiError)) return 500
  return { 'invalid-arguments': 400, 'unknown-method': 400, 'not-found': 404, refused: 400, failed: 500 }[err.code]
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('request body too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}
