import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress, ImportSummary } from '../../../src/shared/api'
import { Importer } from '../../../src/main/core/import/importer'
import { tempLibrary, type TempLibrary } from '../library/helpers'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import')
const GOOD = join(FIXTURES, 'folder')
const BROKEN = join(FIXTURES, 'broken')

let lib: TempLibrary
let importer: Importer
beforeEach(() => {
  lib = tempLibrary()
  importer = new Importer(lib.articles, { workers: 2 })
})
afterEach(async () => {
  await importer.close()
  lib.close()
})

const byFile = (summary: ImportSummary) => Object.fromEntries(summary.outcomes.map((o) => [o.file, o]))

/** `n` distinct small articles as files in a folder. */
function writePages(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true })
  return Array.from({ length: n }, (_, i) => {
    const file = join(dir, `page-${String(i).padStart(4, '0')}.html`)
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report ${i}</title>
       <link rel="canonical" href="https://reports.example.com/${i}"></head><body><article><h1>Report ${i}</h1>
       <p>Report number ${i} describes the negotiations of day ${i} in detail, with statements by the ministry.</p>
       <p>Delegates met again on day ${i}; the spokesperson said progress was made on item ${i * 7}.</p>
       </article></body></html>`,
    )
    return file
  })
}

describe('Importer.run', () => {
  it('imports a folder recursively, skipping hidden files and folders', async () => {
    const summary = await importer.run([GOOD])
    expect(summary).toMatchObject({ imported: 5, duplicates: 0, failed: 0, cancelled: false })
    expect(summary.outcomes.map((o) => o.file)).toEqual([
      join(GOOD, 'de-aussenministerium.html'),
      join(GOOD, 'en-ceasefire.htm'),
      join(GOOD, 'en-sanctions.mhtml'),
      join(GOOD, 'nested/deeper/ru-copied.txt'),
      join(GOOD, 'ru-1251.html'),
    ])
    const titles = lib.articles.search({ sort: 'title' }).hits.map((h) => h.title)
    expect(titles).toEqual([
      'Außenministerin reist nach Kyjiw',
      'Ceasefire talks resume in Geneva',
      'New sanctions package agreed',
      'Брифинг официального представителя МИД России',
      'Лавров провёл переговоры в Анкаре',
    ])
    // Ids follow the order of the input.
    expect(summary.outcomes.map((o) => (o.status === 'imported' ? o.articleId : 0))).toEqual([1, 2, 3, 4, 5])
    const mhtml = lib.articles.get(3)!
    expect(mhtml).toMatchObject({ domain: 'example-post.co.uk', siteName: 'The Example Post', capture: { mediaType: 'multipart/related' } })
    const ru = lib.articles.search({ text: 'Лавров' }).hits[0]
    const stored = lib.articles.get(ru.id)!
    expect(stored.origin).toBe(join(GOOD, 'ru-1251.html'))
    expect(stored.capture).toMatchObject({ size: readFileSync(join(GOOD, 'ru-1251.html')).byteLength, fileName: 'ru-1251.html' })
  })

  it('reports every broken input with its reason and imports the rest', async () => {
    const summary = await importer.run([
      join(BROKEN, 'empty.html'),
      join(GOOD, 'en-ceasefire.htm'),
      join(BROKEN, 'image.html'),
      join(BROKEN, 'notes.pdf'),
      join(BROKEN, 'missing.html'),
    ])
    expect(summary).toMatchObject({ imported: 1, duplicates: 0, failed: 4 })
    const outcomes = byFile(summary)
    expect(outcomes[join(BROKEN, 'empty.html')]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/empty/u) })
    expect(outcomes[join(BROKEN, 'image.html')]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/PNG/u) })
    expect(outcomes[join(BROKEN, 'notes.pdf')]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/"\.pdf" files are not imported/u) })
    expect(outcomes[join(BROKEN, 'missing.html')]).toMatchObject({ status: 'failed', reason: 'no such file or folder' })
    expect(outcomes[join(GOOD, 'en-ceasefire.htm')]).toMatchObject({ status: 'imported' })
    expect(lib.articles.info().articleCount).toBe(1)
  })

  it('imports a page without article structure by fallback extraction and says so', async () => {
    const shell = join(lib.dir, 'shell.html')
    const body = { '@type': 'NewsArticle', articleBody: 'The ministry said on Monday that the talks would resume next week in Geneva.\n\nDelegates from both sides confirmed the date.' }
    writeFileSync(shell, `<html><head><title>Talks</title><script type="application/ld+json">${JSON.stringify(body)}</script></head><body><div id="app"></div></body></html>`)
    const summary = await importer.run([shell, join(GOOD, 'en-ceasefire.htm')])
    const outcomes = byFile(summary)
    expect(outcomes[shell]).toMatchObject({ status: 'imported', fallback: true })
    expect(outcomes[join(GOOD, 'en-ceasefire.htm')]).not.toHaveProperty('fallback')
  })

  it('refuses files over 50 MB without reading them', async () => {
    const big = join(lib.dir, 'huge.html')
    writeFileSync(big, '<html>')
    truncateSync(big, 51 * 1024 * 1024)
    const summary = await importer.run([big])
    expect(summary.outcomes).toEqual([{ file: big, status: 'failed', reason: expect.stringMatching(/too large \(51\.0 MB; at most 50 MB/u) }])
  })

  it('reports duplicates by capture and by URL, and imports a file given twice once', async () => {
    const dir = join(lib.dir, 'dups')
    mkdirSync(dir)
    copyFileSync(join(GOOD, 'en-ceasefire.htm'), join(dir, 'a.html'))
    copyFileSync(join(GOOD, 'en-ceasefire.htm'), join(dir, 'b.html'))
    // Same article saved again, with different bytes: same canonical URL.
    writeFileSync(join(dir, 'c.html'), readFileSync(join(GOOD, 'en-ceasefire.htm'), 'utf8').replace('Most read', 'Popular'))
    symlinkSync(join(dir, 'a.html'), join(lib.dir, 'link.html'))
    const summary = await importer.run([dir, join(lib.dir, 'link.html'), join(dir, 'a.html')])
    expect(summary).toMatchObject({ imported: 1, duplicates: 2, failed: 0 })
    expect(summary.outcomes.map((o) => [o.file, o.status, 'reason' in o ? o.reason : null])).toEqual([
      [join(dir, 'a.html'), 'imported', null],
      [join(dir, 'b.html'), 'duplicate', 'capture'],
      [join(dir, 'c.html'), 'duplicate', 'url'],
    ])
  })

  it('follows symbolic links within the folder without looping, and reports a dangling one', async () => {
    const dir = join(lib.dir, 'loop')
    writePages(join(dir, 'sub'), 2)
    symlinkSync(dir, join(dir, 'sub', 'back-to-top'))
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.html'))
    const summary = await importer.run([dir])
    expect(summary.imported).toBe(2)
    // The dangling link is named with its reason (issue 13), not skipped in silence.
    expect(summary.outcomes.filter((o) => o.status === 'failed')).toEqual([
      { file: join(dir, 'dangling.html'), status: 'failed', reason: 'a symbolic link whose target does not exist' },
    ])
  })

  it('reports throttled progress up to the total', async () => {
    const files = writePages(join(lib.dir, 'many'), 60)
    const events: ImportProgress[] = []
    const started = Date.now()
    const summary = await importer.run([join(lib.dir, 'many')], { onProgress: (p) => events.push(p), jobId: 'job-1' })
    const elapsed = Date.now() - started
    expect(summary.imported).toBe(files.length)
    expect(events[0]).toMatchObject({ jobId: 'job-1', done: 0, total: 60 })
    expect(events.at(-1)).toMatchObject({ jobId: 'job-1', done: 60, total: 60 })
    const dones = events.map((e) => e.done)
    expect(dones).toEqual([...dones].sort((a, b) => a - b))
    // About ten a second at most (plus the first and the last).
    expect(events.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2)
    expect(events.some((e) => e.currentFile !== null && files.includes(e.currentFile))).toBe(true)
  })

  it('fails a file whose extraction exceeds the time limit, without harming the library', async () => {
    addExisting(lib)
    const slow = new Importer(lib.articles, { workers: 1, taskTimeoutMs: 1 })
    try {
      const summary = await slow.run([join(GOOD, 'en-ceasefire.htm'), join(GOOD, 'ru-1251.html')])
      expect(summary.failed).toBe(2)
      for (const o of summary.outcomes) expect(o).toMatchObject({ status: 'failed', reason: expect.stringMatching(/took longer than/u) })
    } finally {
      await slow.close()
    }
    expect(lib.articles.info().articleCount).toBe(1)
    // A fresh worker imports normally afterwards.
    expect((await importer.run([join(GOOD, 'en-ceasefire.htm')])).imported).toBe(1)
  })

  it('fails the batch, keeping the library as it was, when the library cannot be written', async () => {
    addExisting(lib)
    lib.db.pragma('busy_timeout = 50')
    const other = new (await import('better-sqlite3')).default(lib.file)
    other.exec('BEGIN IMMEDIATE') // another process holds the write lock
    try {
      const summary = await importer.run([GOOD])
      expect(summary.failed).toBe(5)
      for (const o of summary.outcomes) expect(o).toMatchObject({ status: 'failed', reason: expect.stringMatching(/could not be stored.*locked/u) })
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect(lib.articles.info().articleCount).toBe(1)
    expect((await importer.run([GOOD])).imported).toBe(5)
  })
})

describe('Importer.start and cancel', () => {
  it('returns at once and reports the summary when done', async () => {
    const done = new Promise<ImportSummary>((resolveDone) => {
      void importer.start([GOOD], { onDone: resolveDone }).then(({ jobId }) => expect(jobId).toMatch(/^[0-9a-f-]{36}$/u))
    })
    const summary = await done
    expect(summary.imported).toBe(5)
  })

  it('stops promptly on cancel and keeps what was already imported', async () => {
    writePages(join(lib.dir, 'lots'), 400)
    let cancelledAt = 0
    let jobId = ''
    const summary = await new Promise<ImportSummary>((resolveDone) => {
      void importer
        .start([join(lib.dir, 'lots')], {
          onProgress: (p) => {
            if (p.done >= 20 && !cancelledAt) {
              cancelledAt = Date.now()
              void importer.cancel(jobId)
            }
          },
          onDone: resolveDone,
        })
        .then((job) => (jobId = job.jobId))
    })
    expect(summary.cancelled).toBe(true)
    expect(Date.now() - cancelledAt).toBeLessThan(1500)
    expect(summary.imported).toBeGreaterThanOrEqual(20)
    expect(summary.imported).toBeLessThan(400)
    // Everything reported as imported is in the library, complete and searchable.
    expect(lib.articles.info().articleCount).toBe(summary.imported)
    for (const o of summary.outcomes) {
      if (o.status !== 'imported') continue
      expect(lib.articles.get(o.articleId)?.text).toMatch(/negotiations/u)
    }
    expect(lib.articles.search({ text: 'negotiations' }).total).toBe(summary.imported)
  })
})

function addExisting(l: TempLibrary) {
  l.articles.add(
    {
      title: 'Already here',
      byline: null,
      siteName: null,
      url: 'https://kept.example/1',
      publishedAt: null,
      language: 'en',
      excerpt: null,
      cleanHtml: '<p>Kept</p>',
      text: 'Kept article text.',
      wordCount: 3,
      mediaType: 'text/html',
    },
    null,
    '/kept.html',
  )
}
