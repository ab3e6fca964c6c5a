/**
 * Importing one small file must not cost the memory of the whole extraction stack several times
 * over: the audit measured a 594 MB peak. The built CLI (the same services, importer and import
 * worker as the app's main process) imports one saved page into a fresh library, and the peak
 * resident memory of the whole process — main thread and import worker — stays under the bound
 * (measured: 223 MB; 379 MB when the worker compiles eld's model instead of reading the build's JSON
 * table; 684 MB when every package loaded at start-up). Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const PAGE = join(ROOT, 'test/fixtures/pages/de-article.html')
const BOUND_MB = 300

let dir: string
beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/main/cli.js'))) throw new Error('run `npm run build` before the import-memory test')
  dir = mkdtempSync(join(tmpdir(), 'parallax-import-memory-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('importing one small file', () => {
  it(`peaks under ${BOUND_MB} MB of resident memory`, () => {
    // Reported by the process itself as it exits: its peak, worker threads included (kilobytes).
    const report = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`
    const run = spawnSync(process.execPath, ['--import', report, join(ROOT, 'bin/parallax.mjs'), 'import', '--library', join(dir, 'library.sqlite'), PAGE], {
      encoding: 'utf8',
      env: { ...process.env, PARALLAX_FROM_SOURCE: '0' },
    })
    expect(run.stdout, run.stderr).toMatch(/Imported 1, duplicates 0, failed 0/)
    const peakMb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1]) / 1024
    console.log(`importing one small file: peak ${Math.round(peakMb)} MB`)
    expect(peakMb).toBeGreaterThan(30)
    expect(peakMb).toBeLessThan(BOUND_MB)
  })
})
