/**
 * The printed comparison holds on paper: both layouts (timeline and themes) of a multi-page comparison
 * — four columns with long names, a person's column, three languages, quotes up to most of a page,
 * notes, translations, an analyst's theme with a long title and suggested themes — are printed to PDF
 * by headless Chromium (the engine of Electron's printToPDF, with the app's own page options), and
 * poppler's word boxes (`pdftotext -bbox`) must show no word printed over another. Every page of the
 * table names its rows (a row continued from the page before repeats its label), sources are numbered
 * and listed at the end. Pages as PNG in test-results/compare-print/ to look at.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfPrintOptions, playwrightPdfOptions, renderHtmlReport, reportLabels } from '../../src/main/core/compare/export'
import type { CompareLayout } from '../../src/shared/api/compare'
import { CHROMIUM, CHROMIUM_ARGS } from './harness/app'
import { LONG_THEME, longComparison } from './print/long-comparison'
import { overlappingWords, wordBoxes } from './print/word-boxes'

const OUT = resolve(import.meta.dirname, '../../test-results/compare-print')
let browser: Browser

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true })
  await mkdir(OUT, { recursive: true })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
})

afterAll(async () => {
  await browser?.close()
})

async function print(layout: CompareLayout): Promise<string> {
  const model = longComparison(layout)
  const html = renderHtmlReport(model, { pageNumbersInCss: false })
  const page = await browser.newPage()
  try {
    await page.setContent(html, { waitUntil: 'load' })
    const path = join(OUT, `${layout}.pdf`)
    await page.pdf(playwrightPdfOptions(pdfPrintOptions(model.title, reportLabels('en')), path) as Parameters<typeof page.pdf>[0])
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(OUT, layout)])
    return path
  } finally {
    await page.close()
  }
}

const pageText = (pdf: string, n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' })

describe.each(['timeline', 'themes'] as const)('the %s layout on paper', (layout) => {
  let pdf = ''
  let pages = 0

  beforeAll(async () => {
    pdf = await print(layout)
    pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
  })

  it('runs to several pages', () => {
    expect(pages).toBeGreaterThanOrEqual(4)
  })

  it('prints no word over another', () => {
    const words = wordBoxes(pdf)
    expect(words.length).toBeGreaterThan(2000)
    const overlaps = overlappingWords(words).map((o) => `page ${o.page}: “${o.a.text}” × “${o.b.text}” (${o.area.toFixed(1)} pt²)`)
    expect(overlaps).toEqual([])
  })

  it('fills every page but the last at least half: a row that does not fit leaves no half-empty page', () => {
    const words = wordBoxes(pdf)
    const footer = Math.max(...words.map((w) => w.yMin)) - 1
    for (let p = 1; p < pages; p++) {
      const lowest = Math.max(...words.filter((w) => w.page === p && w.yMin < footer).map((w) => w.yMax))
      expect(lowest / footer, `page ${p} filled`).toBeGreaterThan(0.5)
    }
  })

  it('names the row on every page of the table, continued rows included', () => {
    const model = longComparison(layout)
    const labels = model.rows.map((r) => (r.kind === 'date' ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${r.date}T00:00:00Z`)) : r.label))
    for (let p = 1; p <= pages; p++) {
      const text = pageText(pdf, p)
      if (!/DIRECT QUOTE|PARTIAL QUOTE|REPORTED SPEECH/.test(text)) continue
      // The first words of the page's table body are a row's heading (its label, or "… (cont.)").
      const named = labels.some((l) => l && text.replace(/\s+/g, ' ').includes(l.split(' ').slice(0, 2).join(' ')))
      expect(named || /\(cont\.\)|Not assigned to a theme|Undated/.test(text), `page ${p} names its rows`).toBe(true)
    }
  })

  it('numbers the sources and lists them at the end with outlet, title, date, URL and SHA-256', () => {
    const last = pageText(pdf, pages)
    const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(all).toContain('Sources')
    expect(last).toMatch(/[0-9a-f]{64}|https:\/\/news\.example/)
    expect(all).toMatch(/\[1\]/)
    expect(all).toContain('https://news.example/a/500')
    expect(all).toContain('SHA-256')
  })

  if (layout === 'themes') {
    it("prints the analyst's long theme title whole, inside the row headings' column", () => {
      // Its words follow each other in the PDF's text order; together they are the title, and none
      // reaches beyond the headings' column (34 mm, 96 pt) into the cards.
      const target = LONG_THEME.replace(/\s+/g, '')
      const words = wordBoxes(pdf)
      const found = words.some((w, i) => {
        if (!w.text.startsWith('Friedens')) return false
        let text = ''
        for (let k = i; k < words.length && target.startsWith(text + words[k].text); k++) {
          text += words[k].text
          if (words[k].xMax - w.xMin > 97) return false
        }
        return text === target
      })
      expect(found).toBe(true)
    })
  }

  it('leaves pages to look at', async () => {
    expect((await readdir(OUT)).filter((f) => f.startsWith(layout) && f.endsWith('.png')).length).toBe(pages)
  })
})
