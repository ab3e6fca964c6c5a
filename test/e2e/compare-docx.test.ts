/**
 * The Word briefing opens in a real word processor: the long comparison (timeline, with the themes
 * layout lending its actor × theme table) is written as DOCX and converted to PDF by LibreOffice
 * headless; the PDF must carry the summary, the theme table, the quotes, the footnoted sources and the
 * numbered list, with no word over another. Skipped where LibreOffice is not installed
 * (`apt-get install libreoffice-writer-nogui`). Pages as PNG in test-results/compare-docx/.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../../src/main/core/compare/export/docx/briefing'
import { LONG_THEME, longComparison } from './print/long-comparison'
import { overlappingWords, wordBoxes } from './print/word-boxes'

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))
const OUT = resolve(import.meta.dirname, '../../test-results/compare-docx')

describe.skipIf(!SOFFICE)('the Word briefing in LibreOffice', () => {
  let pdf = ''
  let text = ''

  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true })
    await mkdir(OUT, { recursive: true })
    const docx = join(OUT, 'briefing.docx')
    await writeFile(docx, await renderDocx(longComparison('timeline'), { themesModel: longComparison('themes') }))
    // A profile of its own, so a running LibreOffice (or another test) does not hold the conversion.
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(OUT, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { timeout: 120_000, stdio: 'pipe' })
    pdf = join(OUT, 'briefing.pdf')
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '4', pdf, join(OUT, 'page')])
  }, 150_000)

  it('opens and lays out the title, the summary and the actor × theme table', () => {
    expect(existsSync(pdf)).toBe(true)
    expect(text).toContain('Kazakhstan, January 2022: Moscow, Minsk, Zakharova and the CSTO')
    expect(text).toContain('Summary')
    expect(text).toContain('Strongest statement')
    expect(text).toContain('Themes by actor')
    expect(text.replace(/\s+/g, ' ')).toContain(LONG_THEME.split(' ').slice(1, 4).join(' '))
  })

  it('carries the side-by-side table with the quotes, translations and notes', () => {
    expect(text).toContain('Side by side')
    expect(text).toContain('CSTO peacekeepers were sent to')
    expect(text).toContain('Миротворцы ОДКБ')
    expect(text).toContain('Translation:')
    expect(text).toContain('Wording identical to the statement')
  })

  it('prints every source as a footnote and lists them at the end', () => {
    // Footnotes at the foot of the pages: the full source once, then "See note n."
    expect(text).toMatch(/SHA-256 of the capture: (ab){32}/)
    expect(text).toMatch(/See note \d+\./)
    expect(text).toContain('https://news.example/a/500')
    const sources = text.lastIndexOf('Sources')
    expect(sources).toBeGreaterThan(text.indexOf('Side by side'))
  })

  it('prints no word over another', () => {
    const overlaps = overlappingWords(wordBoxes(pdf)).map((o) => `page ${o.page}: “${o.a.text}” × “${o.b.text}”`)
    expect(overlaps).toEqual([])
  })
})
