/**
 * `parallax list` and the other reading commands start without the heavy stack: no statement engine,
 * extraction parser, language model, fetch or report code is loaded (issue 12: < 100 MB, < 0.5 s).
 * Commands that need them load them: `parallax extract --jsonl` loads the statement engine.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'parallax-startup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The modules a CLI run loaded (run from source, through tsx's ES module hooks). */
function loadedBy(...args: string[]): string[] {
  const log = join(dir, `modules-${args[0]}.txt`)
  execFileSync(process.execPath, ['--import', 'tsx/esm', '--import', join(import.meta.dirname, 'startup/record-modules.mjs'), join(root, 'src/main/cli/index.ts'), ...args], {
    cwd: root,
    env: { ...process.env, PARALLAX_MODULE_LOG: log },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return readFileSync(log, 'utf8').split('\n')
}

const HEAVY = [
  /node_modules\/(eld|linkedom|@mozilla\/readability|sanitize-html|chrono-node|undici|feedsmith|docx|htmlparser2|libmime|chardet|iconv-lite)\//u,
  /src\/main\/core\/statements\/(lexicon|extract|statement-service)\b/u,
  /src\/main\/core\/(fetch\/fetch-jobs|compare\/comparison-service|import\/importer)\.ts$/u,
  /src\/main\/core\/compare\/export\/docx\//u,
  /src\/main\/core\/services\.ts$/u,
]

describe('CLI start-up', () => {
  it('parallax list loads the library stores only', () => {
    const loaded = loadedBy('list', '--library', join(dir, 'library.sqlite'))
    expect(loaded.some((url) => url.includes('src/main/core/library-services.ts'))).toBe(true)
    for (const heavy of HEAVY) expect(loaded.filter((url) => heavy.test(url)), String(heavy)).toEqual([])
  }, 60_000)

  it('parallax extract --jsonl loads the statement engine (the pages are read in worker threads)', () => {
    const loaded = loadedBy('extract', '--jsonl', join(root, 'test/fixtures/import/folder/de-aussenministerium.html'))
    expect(loaded.some((url) => /src\/main\/core\/statements\/lexicon\//u.test(url))).toBe(true)
  }, 60_000)
})
