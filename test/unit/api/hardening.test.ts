/**
 * API hardening (issue 13): errors are typed (an id that does not exist is "not-found", not an internal
 * error), existence is checked, input sizes are capped before any work, and import.start accepts only
 * what the person chose.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher, type Dispatch } from '../../../src/main/api/dispatch'
import { ApiError, type Platform } from '../../../src/main/api/types'
import { ChosenPaths, isNetworkPath } from '../../../src/main/core/import/chosen-paths'
import { createServices, type Services } from '../../../src/main/core/services'

let dir: string
let services: Services
let dispatch: Dispatch
const chosen = new ChosenPaths()
const platform: Platform & { picked: string[] | null } = {
  picked: null,
  openExternal: async () => undefined,
  pickImportPaths: async () => platform.picked,
}

async function apiError(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call
  } catch (err) {
    if (err instanceof ApiError) return err
    throw err
  }
  throw new Error('no error')
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-hardening-'))
  services = createServices({ libraryPath: join(dir, 'library.sqlite'), settingsFile: join(dir, 'settings.json'), importWorkers: 1 })
  dispatch = createDispatcher({ services, platform, emit: () => undefined, chosenPaths: chosen })
})

afterAll(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('typed errors and existence', () => {
  it('an article or tag that does not exist is not-found (getters answer null)', async () => {
    await expect(dispatch('library', 'getArticle', [999999])).resolves.toBeNull()
    expect((await apiError(dispatch('library', 'deleteArticle', [999999]))).code).toBe('not-found')
    expect((await apiError(dispatch('tags', 'rename', [999999, 'x']))).code).toBe('not-found')
    expect((await apiError(dispatch('metadata', 'update', [999999, { title: 'x' }]))).code).toBe('not-found')
  })

  it('statements.extractArticle(999999) fails as not-found instead of succeeding', async () => {
    const err = await apiError(dispatch('statements', 'extractArticle', [999999]))
    expect(err.code).toBe('not-found')
    expect(err.message).toMatch(/Article 999999 does not exist/)
  })
})

describe('input sizes', () => {
  it('actors.match with 5 M characters is refused at once', async () => {
    const text = 'Lawrow sagte '.repeat(400_000)
    const started = performance.now()
    expect((await apiError(dispatch('actors', 'match', [text]))).code).toBe('invalid-arguments')
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('an article-sized text is still matched', async () => {
    await expect(dispatch('actors', 'match', ['Das Auswärtige Amt teilte mit. '.repeat(1000)])).resolves.toBeInstanceOf(Array)
  })
})

describe('import.start accepts only chosen paths', () => {
  it('refuses a path nobody chose, /etc/shadow or a UNC path', async () => {
    for (const path of ['/etc/shadow', '/etc/passwd']) {
      const err = await apiError(dispatch('import', 'start', [[path]]))
      expect(err.code).toBe('refused')
      expect(err.message).toMatch(/not chosen for import/)
    }
    const unc = await apiError(dispatch('import', 'start', [['\\\\attacker.example\\share\\page.html']]))
    expect(unc.message).toMatch(/network path/)
  })

  it('accepts what was dropped (granted by the preload) and what the open dialog picked', async () => {
    const folder = join(dir, 'chosen')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.html'), '<html><head><title>Chosen</title></head><body><article><p>' + 'The ministry said the talks would go on next week. '.repeat(10) + '</p></article></body></html>')
    chosen.grant([folder])
    await expect(dispatch('import', 'start', [[folder]])).resolves.toMatchObject({ jobId: expect.any(String) })
    platform.picked = [join(folder, 'a.html')]
    await expect(dispatch('import', 'pickAndStart', [])).resolves.toMatchObject({ jobId: expect.any(String) })
    // The dialog's choice is now recorded too.
    expect(chosen.refusal([join(folder, 'a.html')])).toBeNull()
  })

  it('forgets a choice after ten minutes', () => {
    let now = 0
    const paths = new ChosenPaths(() => now)
    paths.grant(['/home/ann/page.html'])
    expect(paths.refusal(['/home/ann/page.html'])).toBeNull()
    now = 11 * 60 * 1000
    expect(paths.refusal(['/home/ann/page.html'])).toMatch(/not chosen/)
  })

  it('knows network paths', () => {
    expect(isNetworkPath('\\\\server\\share\\a.html')).toBe(true)
    expect(isNetworkPath('//server/share/a.html')).toBe(true)
    expect(isNetworkPath('\\\\?\\UNC\\server\\share\\a.html')).toBe(true)
    expect(isNetworkPath('\\\\?\\C:\\pages\\a.html')).toBe(false)
    expect(isNetworkPath('C:\\pages\\a.html')).toBe(false)
    expect(isNetworkPath('/home/ann/a.html')).toBe(false)
  })
})
