/**
 * One app session for an e2e test file: test server on a temp library, headless Debian Chromium
 * (playwright-core), the window.api shim, the app opened. Collects console errors, CSP violations
 * and page errors so tests can assert there were none.
 */
import { mkdir } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { ImportSummary } from '../../../src/shared/api'
import { shimScript } from './shim'
import { startTestServer, type TestServer, type TestServerOptions } from './server'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots')

export interface AppSession {
  readonly server: TestServer
  readonly services: TestServer['services']
  readonly platform: TestServer['platform']
  readonly browser: Browser
  readonly context: BrowserContext
  readonly page: Page
  /** Console errors, CSP violations and uncaught exceptions seen so far. */
  readonly consoleErrors: string[]
  /** The app URL for a route, e.g. url('#/tags'). */
  url(hash?: string): string
  /** Calls the API as the renderer would (through the dispatcher). */
  call(namespace: string, method: string, args?: unknown[]): Promise<unknown>
  /** Saves test-results/screenshots/<name>.png of the window and returns its path. */
  screenshot(name: string): Promise<string>
  /** Drops files/folders (server-side paths) onto the window the way a person would. */
  drop(paths: string[]): Promise<void>
  /** Starts recording every text shown by elements matching `selector` (progress that may flash by). */
  watchTexts(selector: string): Promise<void>
  /** The texts recorded since watchTexts(selector). */
  seenTexts(selector: string): Promise<string[]>
  /** Imports through the API and waits for the summary (for test setup). */
  importAndWait(paths: string[]): Promise<ImportSummary>
  close(): Promise<void>
}

/** What api-shim.js adds to the page for tests. */
interface E2EHooks {
  __parallaxE2E: {
    drop(items: { name: string; path: string }[]): void
    watch(selector: string): void
    seen(selector: string): string[]
  }
}

export interface OpenAppOptions extends TestServerOptions {
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
  /** The hash route to open first. */
  hash?: string
}

export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  const server = await startTestServer(options)
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      colorScheme: options.colorScheme ?? 'light',
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
    })
    await context.addInitScript({ content: await shimScript() })

    const page = await context.newPage()
    const consoleErrors: string[] = []
    page.on('console', (msg) => {
      if (msg.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(msg.text())) consoleErrors.push(msg.text())
    })
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`))
    // A failed API call names itself (the console only says "Failed to load resource").
    page.on('response', (res) => {
      if (res.status() >= 400 && new URL(res.url()).pathname.startsWith('/api/')) {
        void res.text().then((body) => consoleErrors.push(`${res.status()} ${new URL(res.url()).pathname}: ${body}`), () => undefined)
      }
    })

    const url = (hash = '#/library') => `${server.origin}/${hash}`
    await page.goto(url(options.hash))
    await page.locator('nav[aria-label]').first().waitFor()

    const session: AppSession = {
      server,
      services: server.services,
      platform: server.platform,
      browser,
      context,
      page,
      consoleErrors,
      url,
      call: (namespace, method, args = []) => server.dispatch(namespace, method, args),
      async screenshot(name) {
        await mkdir(SCREENSHOT_DIR, { recursive: true })
        const path = join(SCREENSHOT_DIR, `${name}.png`)
        // Let transitions and fonts settle so the picture shows the steady state.
        await page.evaluate('document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(r)))')
        await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
        return path
      },
      async drop(paths) {
        // What the preload does for a real drop: main records the dropped paths as chosen.
        server.chosenPaths.grant(paths)
        const items = paths.map((p, i) => ({ name: uniqueName(basename(p), i), path: p }))
        await page.evaluate((dropped) => (globalThis as unknown as E2EHooks).__parallaxE2E.drop(dropped), items)
      },
      async watchTexts(selector) {
        await page.evaluate((sel) => (globalThis as unknown as E2EHooks).__parallaxE2E.watch(sel), selector)
      },
      seenTexts(selector) {
        return page.evaluate((sel) => (globalThis as unknown as E2EHooks).__parallaxE2E.seen(sel), selector)
      },
      async importAndWait(paths) {
        const done = server.waitForEvent('import.done')
        const { jobId } = (await server.dispatch('import', 'start', [paths])) as { jobId: string }
        const summary = await done
        if (summary.jobId !== jobId) return server.waitForEvent('import.done', (s) => s.jobId === jobId)
        return summary
      },
      async close() {
        await browser?.close().catch(() => undefined)
        await server.close()
      },
    }
    return session
  } catch (err) {
    await browser?.close().catch(() => undefined)
    await server.close()
    throw err
  }
}

/** Dropped names must be unique for the shim's name → path map. */
function uniqueName(name: string, index: number): string {
  return index === 0 ? name : `${index}-${name}`
}
