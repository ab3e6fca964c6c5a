import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { eld } from 'eld/medium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ELD_TABLE_FILE, eldTableModule, loadEldMedium } from '../../../src/main/core/extraction/eld-model'

// What the build writes beside the bundle (electron.vite.config.ts), written here the same way.
let built: string
let empty: string
beforeAll(async () => {
  built = mkdtempSync(join(tmpdir(), 'parallax-eld-'))
  empty = mkdtempSync(join(tmpdir(), 'parallax-eld-'))
  const { ngramsData } = (await import(pathToFileURL(eldTableModule()).href)) as { ngramsData: unknown }
  writeFileSync(join(built, ELD_TABLE_FILE), JSON.stringify(ngramsData))
})
afterAll(() => {
  rmSync(built, { recursive: true, force: true })
  rmSync(empty, { recursive: true, force: true })
})

const texts = [
  'Der Bundeskanzler hat am Montag in Berlin erklärt, dass die Regierung die Sanktionen verlängern wird.',
  'The foreign ministry said on Tuesday that talks would resume next week in Geneva.',
  'Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.',
  'Le ministère a indiqué que les négociations reprendraient la semaine prochaine.',
  'Міністр закордонних справ заявив, що переговори триватимуть.',
  'ok',
  '',
  '12345 !!! ???',
]

describe("eld's medium model from the build's JSON table", () => {
  it('detects exactly as eld/medium does, with the table and without it (run from source)', () => {
    for (const detector of [loadEldMedium(built), loadEldMedium(empty)])
      for (const text of texts) {
        const a = detector.detect(text)
        const b = eld.detect(text)
        expect([a.language, a.isReliable()], text).toEqual([b.language, b.isReliable()])
      }
  })

  it('costs less than half the memory of compiling eld/medium', () => {
    // Fresh processes, so neither load is warmed up by the other.
    const rss = (load: string) =>
      Number(
        execFileSync(
          process.execPath,
          [
            '--import',
            'tsx',
            '--input-type=module',
            '-e',
            `const before = process.memoryUsage().rss
             const detector = ${load}
             if (detector.detect(${JSON.stringify(texts[0])}).language !== 'de') throw new Error('not German')
             console.log((process.memoryUsage().rss - before) / 1048576)`,
          ],
          { encoding: 'utf8', cwd: join(import.meta.dirname, '../../..') },
        ),
      )
    const fromJson = rss(`(await import('./src/main/core/extraction/eld-model.ts')).loadEldMedium(${JSON.stringify(built)})`)
    const compiled = rss(`(await import('eld/medium')).eld`)
    expect(fromJson).toBeLessThan(compiled / 2)
  })
})
