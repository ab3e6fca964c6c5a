/**
 * Fetch jobs end to end, in headless Chromium against the built renderer, the real handler map and
 * a local web server (127.0.0.1) standing in for a ministry's site: find a press page's feed and
 * follow it, watch a statement page by dropping its link and see its edit as a diff, a gone page,
 * pause, run now and delete. Every screen is saved to test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FetchJob } from '../../src/shared/api'
import { startFixtureServer } from '../unit/fetch/helpers/jobs-harness'
import type { TestServer } from '../unit/fetch/helpers/test-server'
import { openApp, type AppSession } from './harness/app'

const STATEMENT = [
  'Das Ministerium erklärte am Dienstag, die Verhandlungen über das Abkommen würden in der kommenden Woche fortgesetzt.',
  '„Deutschland wird keine weiteren Zugeständnisse machen“, sagte der Sprecher des Ministeriums vor der Presse in Berlin.',
  'Die Delegationen wollen sich am Montag in Genf treffen, um die offenen Fragen zu klären und einen Zeitplan festzulegen.',
  'Weitere Informationen veröffentlicht das Ministerium auf seiner Internetseite und in den sozialen Medien.',
]

let site: TestServer
let app: AppSession
let statement = [...STATEMENT]

beforeAll(async () => {
  site = await startFixtureServer()
  site.route('/presse', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="de"><head><title>Presse – Auswärtiges Amt</title>
      <link rel="alternate" type="application/rss+xml" title="Pressemitteilungen" href="/feeds/rss2.xml">
      <link rel="alternate" type="application/atom+xml" title="English news" href="/feeds/atom.xml"></head><body><h1>Presse</h1></body></html>`)
  })
  site.route('/erklaerung', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="de"><head><meta charset="utf-8">
      <title>Erklärung des Ministeriums</title></head><body><main><article><h1>Erklärung des Ministeriums</h1>
      ${statement.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`)
  })
  app = await openApp({ hash: '#/jobs' })
})

afterAll(async () => {
  await app?.close()
  await site?.close()
})

const page = () => app.page
/** Background runs and the polite host delay (1 s) take seconds, not vitest's default second. */
const poll = <T>(fn: () => T | Promise<T>, options = { timeout: 20_000 }) => expect.poll(fn, options)
const jobs = async () => (await app.call('jobs', 'list')) as FetchJob[]
const jobItem = (text: string) => page().getByTestId('job-item').filter({ hasText: text })

describe('jobs', () => {
  it('shows the empty state', async () => {
    await page().getByRole('heading', { name: 'Jobs', exact: false, level: 1 }).waitFor()
    await page().getByText('No jobs yet').waitFor()
    await app.screenshot('jobs-empty')
  })

  it('finds a press page’s feeds, follows one with a tag and imports its items in the background', async () => {
    await page().getByTestId('job-add').click()
    await page().getByTestId('job-url').fill(site.url('/presse'))
    await page().getByTestId('job-discover').click()
    await poll(() => page().getByTestId('job-discovery').innerText()).toContain('This page links to 2 feeds:')
    await app.screenshot('jobs-add-discovery')
    await page().getByTestId('job-follow-feed').first().click()
    expect(await page().getByTestId('job-url').inputValue()).toBe(site.url('/feeds/rss2.xml'))
    expect(await page().getByTestId('job-kind-feed').isChecked()).toBe(true)
    await page().getByTestId('job-schedule').selectOption({ label: 'Every 30 minutes' })
    await page().getByRole('combobox', { name: 'Add a tag' }).fill('Ukraine')
    await page().getByRole('combobox', { name: 'Add a tag' }).press('Enter')
    await page().getByTestId('job-submit').click()
    await jobItem('Pressemitteilungen').waitFor()
    await app.watchTexts('[data-testid=job-item] .progress')
    // While the person adds the next job, the first one runs; its detail is not open, so its badge counts up.
    await page().getByTestId('job-add').click()

    app.services.jobs.scheduler.start()
    await poll(async () => (await jobs())[0]?.status, { timeout: 30_000 }).toBe('ok')
    await poll(() => jobItem('Pressemitteilungen').getByTestId('job-new-badge').innerText()).toBe('3')
    await poll(() => page().getByTestId('jobs-nav-badge').innerText()).toMatch(/^3\b/)
    expect((await app.seenTexts('[data-testid=job-item] .progress')).some((t) => /^Importing \d of 3$/.test(t))).toBe(true)
    const [job] = await jobs()
    expect(job).toMatchObject({ kind: 'feed', intervalSeconds: 1800, articleCount: 3, tags: [expect.objectContaining({ name: 'Ukraine' })] })
    await app.screenshot('jobs-feed-imported')

    // Opening the job clears its badge and shows the items it imported.
    await jobItem('Pressemitteilungen').click()
    await page().getByTestId('job-items').waitFor()
    expect(await page().getByTestId('job-items').locator('li').count()).toBe(3)
    expect(await page().getByTestId('job-items').innerText()).toContain('Außenministerin zur Lage in der Ostukraine')
    await poll(() => jobItem('Pressemitteilungen').getByTestId('job-new-badge').count()).toBe(0)
    await poll(() => page().getByTestId('jobs-nav-badge').count()).toBe(0)
    await app.screenshot('jobs-feed-items')
    await page().getByTestId('tab-log').click()
    await poll(() => page().getByTestId('job-log').innerText()).toContain('3 items, 3 new')
    await app.screenshot('jobs-feed-log')
  })

  it('watches a page added by dropping its link, and shows an edited statement as a diff', async () => {
    // A link dragged from a browser arrives as text/uri-list (no files).
    await page().evaluate(`(() => {
      const data = new DataTransfer()
      data.setData('text/uri-list', ${JSON.stringify(site.url('/erklaerung'))})
      const view = document.querySelector('[data-testid=jobs-view]')
      view.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
      view.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    })()`)
    expect(await page().getByTestId('job-url').inputValue()).toBe(site.url('/erklaerung'))
    await poll(() => page().getByTestId('job-discovery').innerText()).toContain('links to no feed')
    expect(await page().getByTestId('job-kind-url').isChecked()).toBe(true)
    await page().getByTestId('job-submit').click()
    await poll(async () => (await jobs()).find((j) => j.kind === 'url')?.versionCount, { timeout: 30_000 }).toBe(1)

    statement = [...STATEMENT]
    statement[1] = '„Deutschland ist zu weiteren Gesprächen bereit“, sagte der Sprecher des Ministeriums vor der Presse in Berlin.'
    statement.splice(2, 1)
    await jobItem('Erklärung des Ministeriums').click()
    await page().getByTestId('job-run-now').click()
    await poll(async () => (await jobs()).find((j) => j.kind === 'url')?.versionCount, { timeout: 30_000 }).toBe(2)
    await poll(() => page().getByTestId('version-item').count()).toBe(2)
    await poll(() => jobItem('Erklärung des Ministeriums').getByTestId('job-status').innerText()).toBe('OK')
    const diff = page().getByTestId('version-diff')
    await poll(() => diff.locator('del').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Die Delegationen wollen sich am Montag in Genf treffen')]))
    expect((await diff.locator('ins').allInnerTexts()).join(' ')).toMatch(/ist zu/)
    await app.screenshot('jobs-page-diff')
    // The older version shows the whole first text.
    await page().getByTestId('version-item').nth(1).click()
    await poll(() => diff.locator('del').count()).toBe(0)
    expect(await diff.innerText()).toContain('keine weiteren Zugeständnisse')
  })

  it('shows a gone page’s error, pauses, resumes and deletes a job without losing its articles', async () => {
    await app.call('jobs', 'add', [{ url: site.url('/removed-statement'), kind: 'url', intervalSeconds: 3600 }])
    await poll(async () => (await jobs()).find((j) => j.url.endsWith('/removed-statement'))?.status, { timeout: 30_000 }).toBe('gone')
    const gone = jobItem('removed-statement')
    await poll(() => gone.getByTestId('job-item-error').innerText()).toBe('HTTP 404 Not Found')
    await gone.click()
    await poll(() => page().getByTestId('job-last-error').innerText()).toContain('HTTP 404 Not Found')
    expect(await gone.getByTestId('job-status').innerText()).toBe('Gone')
    await app.screenshot('jobs-gone')

    await jobItem('Pressemitteilungen').click()
    await page().getByTestId('job-pause').click()
    await poll(() => jobItem('Pressemitteilungen').getByTestId('job-status').innerText()).toBe('Paused')
    await page().getByTestId('job-resume').click()
    await poll(() => jobItem('Pressemitteilungen').getByTestId('job-status').innerText()).not.toBe('Paused')

    const articlesBefore = ((await app.call('library', 'info')) as { articleCount: number }).articleCount
    await page().getByTestId('job-delete').click()
    await page().getByTestId('confirm-ok').click()
    await poll(() => jobItem('Pressemitteilungen').count()).toBe(0)
    expect(((await app.call('library', 'info')) as { articleCount: number }).articleCount).toBe(articlesBefore)
    await app.screenshot('jobs-after-delete')
    expect(app.consoleErrors).toEqual([])
  })

  it('reads in German', async () => {
    await app.call('app', 'updateSettings', [{ locale: 'de' }])
    await page().reload()
    await page().getByRole('heading', { name: 'Abrufe', level: 1 }).waitFor()
    await jobItem('Erklärung des Ministeriums').click()
    await page().getByTestId('version-item').first().waitFor()
    await app.screenshot('jobs-de')
    await app.call('app', 'updateSettings', [{ locale: 'en' }])
  })
})
