/**
 * `Parallax --smoke-test`: the real app, packaged or not, proves it works end to end and exits 0, or
 * 1 with the reason: the window opens and loads the renderer, the renderer reaches main through the
 * preload's window.api, a fixture article (shipped in resources/smoke-test) is imported as if dropped,
 * its statements are found, and this run wrote the log file. Runs on a fresh library in a temporary
 * folder (set before the app opens one). CI runs it on every platform after building the installers.
 */
import { app, type BrowserWindow } from 'electron'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChosenPaths } from '../core/import/chosen-paths'

export const SMOKE_TEST_FLAG = '--smoke-test'
const TIME_LIMIT_MS = 120_000

export function isSmokeTest(argv: readonly string[] = process.argv): boolean {
  return argv.includes(SMOKE_TEST_FLAG)
}

/** A fresh library for the run; call before the library is opened. */
export function smokeTestLibrary(): string {
  return join(mkdtempSync(join(tmpdir(), 'parallax-smoke-')), 'library.sqlite')
}

/** The fixture: inside the packaged app's resources, or the checkout's. */
export function smokeTestFixture(): string {
  const candidates = [join(process.resourcesPath ?? '', 'smoke-test', 'article.html'), join(app.getAppPath(), 'resources', 'smoke-test', 'article.html')]
  const found = candidates.find((file) => existsSync(file))
  if (!found) throw new Error(`the smoke-test fixture is missing (looked in ${candidates.join(', ')})`)
  return found
}

/** Runs the checks in the loaded window and exits the app with their verdict. */
export async function runSmokeTest(win: BrowserWindow, chosenPaths: ChosenPaths, logFile: string): Promise<never> {
  const timer = setTimeout(() => finish(false, `no verdict within ${TIME_LIMIT_MS / 1000} s`), TIME_LIMIT_MS)
  try {
    if (win.webContents.isLoading()) await new Promise<void>((resolve) => win.webContents.once('did-finish-load', () => resolve()))
    const fixture = smokeTestFixture()
    // As if the person had dropped it: the preload would record the path as chosen.
    chosenPaths.grant([fixture])
    const script = `(async () => {
      const api = window.api
      if (!api || typeof api.import.start !== 'function') throw new Error('window.api is missing: the preload did not run')
      await api.app.settings()
      const done = new Promise((resolve) => { const off = api.on('import.done', (s) => { off(); resolve(s) }) })
      await api.import.start([${JSON.stringify(fixture)}])
      const summary = await done
      const counts = await api.statements.counts({})
      return { imported: summary.imported, failed: summary.failed, statements: counts.all, title: document.title }
    })()`
    const result = (await win.webContents.executeJavaScript(script, true)) as { imported: number; failed: number; statements: number; title: string }
    const logged = existsSync(logFile) && readFileSync(logFile, 'utf8').includes(`starting (pid ${process.pid},`)
    const ok = result.imported === 1 && result.failed === 0 && result.statements > 0 && logged
    finish(ok, JSON.stringify({ ...result, log: logged ? logFile : `missing or empty: ${logFile}` }))
  } catch (err) {
    finish(false, err instanceof Error ? err.message : String(err))
  } finally {
    clearTimeout(timer)
  }
  return new Promise<never>(() => undefined)
}

function finish(ok: boolean, detail: string): void {
  const line = `parallax smoke test: ${ok ? 'ok' : 'FAILED'} ${detail}\n`
  if (ok) process.stdout.write(line)
  else process.stderr.write(line)
  app.exit(ok ? 0 : 1)
}
