/**
 * The reader's statement panel follows the reading position: scrolling a long article marks, and scrolls
 * into view, the statement being read (the last one starting above a third of the way down the text).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { StatementPage } from '../../src/shared/api'
import { openApp, type AppSession } from './harness/app'

let app: AppSession
let dir: string

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 700 } })
  dir = await mkdtemp(join(tmpdir(), 'parallax-reader-follow-'))
})
afterAll(async () => {
  await app?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** A long German article: between paragraphs of filler, the foreign ministry is quoted again and again. */
function longArticle(): string {
  const filler = 'Die Lage in der Region blieb am Abend unübersichtlich, Beobachter sprachen von einer angespannten Ruhe in den Straßen der Stadt.'
  const paragraphs = Array.from({ length: 24 }, (_, i) =>
    i % 3 === 1
      ? `<p>Das russische Außenministerium erklärte am Nachmittag: „Wir beobachten die Entwicklung Nummer ${i} mit großer Sorge und rufen zur Zurückhaltung auf.“ ${filler}</p>`
      : `<p>${filler} ${filler} ${filler}</p>`,
  )
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Lange Lage</title>
<meta property="og:site_name" content="Ostwelt Nachrichten"><meta property="article:published_time" content="2022-01-07T10:00:00+01:00">
<link rel="canonical" href="https://ostwelt-nachrichten.example/2022/01/lange-lage"></head>
<body><article><h1>Lange Lage</h1>${paragraphs.join('\n')}</article></body></html>`
}

it('marks and shows in the panel the statement at the reading position as the text scrolls', async () => {
  const file = join(dir, 'lange-lage.html')
  await writeFile(file, longArticle())
  await app.importAndWait([file])
  const page = app.page
  await expect.poll(async () => ((await app.call('statements', 'list', [{}])) as StatementPage).items.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(6)
  const articleId = ((await app.call('statements', 'list', [{}])) as StatementPage).items[0].articleId
  await page.goto(app.url(`#/article/${articleId}`))
  await page.getByTestId('reader').waitFor()
  const panel = page.getByTestId('statement-panel')
  await expect.poll(() => panel.getByTestId('statement-item').count()).toBeGreaterThanOrEqual(6)

  const reading = () => panel.locator('.item.reading').getAttribute('data-statement-id')
  await page.locator('.reader .scroll').evaluate((el) => el.scrollTo(0, 400))
  await expect.poll(reading).not.toBeNull()
  const early = await reading()
  await page.locator('.reader .scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect.poll(reading).not.toBe(early)
  // The statement being read is in the panel's view.
  const item = panel.locator('.item.reading')
  const [box, list] = [await item.boundingBox(), await panel.boundingBox()]
  expect(box!.y).toBeGreaterThanOrEqual(list!.y - 1)
  expect(box!.y + box!.height).toBeLessThanOrEqual(list!.y + list!.height + 1)
  await app.screenshot('reader-follows-reading')
  expect(app.consoleErrors).toEqual([])
})
