import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { eld } from 'eld/medium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ELD_TABLE_FILE, eldTableModule, loadEldMedium } from '../../../src/main/core/extraction/eld-model'
import { compactEldTable, type EldNgramsData } from '../../../src/main/core/extraction/eld-table'

// What the build writes beside the bundle (electron.vite.config.ts), written here the same way.
let built: string
let empty: string
beforeAll(async () => {
  built = mkdtempSync(join(tmpdir(), 'parallax-eld-'))
  empty = mkdtempSync(join(tmpdir(), 'parallax-eld-'))
  const { ngramsData } = (await import(pathToFileURL(eldTableModule()).href)) as { ngramsData: EldNgramsData }
  writeFileSync(join(built, ELD_TABLE_FILE), JSON.stringify(compactEldTable(ngramsData)))
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

/**
 * Many more texts: windows over the fixture pages (prose in several languages and scripts, markup,
 * legacy encodings read as UTF-8) and seeded random strings over mixed scripts, digits, punctuation
 * and astral characters, so that every path of eld's byte n-grams meets the compact table.
 */
function manyTexts(): string[] {
  const folder = join(import.meta.dirname, '../../fixtures/pages')
  const out: string[] = []
  for (const file of readdirSync(folder).filter((f) => /\.(html|txt|mht|mhtml)$/u.test(f))) {
    const text = readFileSync(join(folder, file), 'utf8')
    for (let at = 0; at < text.length; at += 61) out.push(text.slice(at, at + 40 + (at % 700)))
  }
  const alphabet = [...'abcdefghijklmnopqrstuvwxyzäöüßéèçñ АБВабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ αβγδεζηθ 中文日本語한국어 عربي עברית हिन्दी ไทย 0123456789 .,;:!?-–—"\'«»()\n\t', '😀', '𝔘', '\u0000']
  let seed = 42
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let i = 0; i < 500; i++) {
    let text = ''
    for (let n = Math.floor(random() * 300); n > 0; n--) text += alphabet[Math.floor(random() * alphabet.length)]
    out.push(text)
  }
  return out
}

describe("eld's medium model from the build's compact table", () => {
  it('detects exactly as eld/medium does, with the table and without it (run from source)', () => {
    for (const detector of [loadEldMedium(built), loadEldMedium(empty)])
      for (const text of texts) {
        const a = detector.detect(text)
        const b = eld.detect(text)
        expect([a.language, a.isReliable()], text).toEqual([b.language, b.isReliable()])
      }
  })

  it('gives the same language, reliability and scores as eld/medium on fixture pages and random mixed-script text', () => {
    const detector = loadEldMedium(built) as unknown as typeof eld
    expect(detector).not.toBe(eld) // read from the compact table, not eld's module
    const all = manyTexts()
    expect(all.length).toBeGreaterThan(1000)
    for (const text of all) {
      const a = detector.detect(text)
      const b = eld.detect(text)
      expect([a.language, a.isReliable(), a.getScores()], text).toEqual([b.language, b.isReliable(), b.getScores()])
    }
  })

  it('costs a fraction of the memory of compiling eld/medium, and keeps a few MB of heap', () => {
    // Fresh processes, so neither load is warmed up by the other: resident memory gained, and the
    // heap the detector keeps once garbage is collected (the JSON form of the table kept 33 MB).
    const measure = (load: string) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '--expose-gc',
            '--import',
            'tsx',
            '--input-type=module',
            '-e',
            `globalThis.gc()
             const before = process.memoryUsage()
             const detector = ${load}
             if (detector.detect(${JSON.stringify(texts[0])}).language !== 'de') throw new Error('not German')
             globalThis.gc()
             const after = process.memoryUsage()
             console.log(JSON.stringify({ rss: (after.rss - before.rss) / 1048576, heap: (after.heapUsed - before.heapUsed) / 1048576 }))`,
          ],
          { encoding: 'utf8', cwd: join(import.meta.dirname, '../../..') },
        ),
      ) as { rss: number; heap: number }
    const compact = measure(`(await import('./src/main/core/extraction/eld-model.ts')).loadEldMedium(${JSON.stringify(built)})`)
    const compiled = measure(`(await import('eld/medium')).eld`)
    console.log(`eld medium: compact table ${compact.rss.toFixed(1)} MB resident, ${compact.heap.toFixed(1)} MB heap kept; compiled ${compiled.rss.toFixed(1)} MB, ${compiled.heap.toFixed(1)} MB`)
    expect(compact.rss).toBeLessThan(compiled.rss / 2)
    expect(compact.heap).toBeLessThan(15)
  })
})
