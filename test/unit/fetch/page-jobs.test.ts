import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createJobsHarness, type JobsHarness } from './helpers/jobs-harness'
import { startServer, type TestServer } from './helpers/test-server'

let server: TestServer
let h: JobsHarness
let page: { paragraphs: string[]; etag: string | null }

const PARAGRAPHS = [
  'Das Ministerium erklärte am Dienstag, die Verhandlungen über das Abkommen würden in der kommenden Woche fortgesetzt.',
  '„Deutschland wird keine weiteren Zugeständnisse machen“, sagte der Sprecher des Ministeriums vor der Presse in Berlin.',
  'Die Delegationen wollen sich am Montag in Genf treffen, um die offenen Fragen zu klären und einen Zeitplan festzulegen.',
  'Weitere Informationen veröffentlicht das Ministerium auf seiner Internetseite und in den sozialen Medien.',
]

function html(paragraphs: string[]): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Erklärung des Ministeriums</title>
    <meta property="article:published_time" content="2024-05-07T10:00:00+02:00"></head>
    <body><nav><a href="/">Start</a> <a href="/presse">Presse</a></nav><main><article><h1>Erklärung des Ministeriums</h1>
    ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main><footer>Impressum · Datenschutz</footer></body></html>`
}

beforeAll(async () => {
  server = await startServer({
    '/statement': (req, res) => {
      if (page.etag && req.headers['if-none-match'] === page.etag) return void res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.etag ? { etag: page.etag } : {}) }).end(html(page.paragraphs))
    },
  })
})
afterAll(async () => {
  await server.close()
})
afterEach(async () => {
  await h?.close()
})

describe('watched pages', () => {
  it('stores the first version as an article and each changed version with a word diff', async () => {
    page = { paragraphs: [...PARAGRAPHS], etag: null }
    h = createJobsHarness()
    const job = await h.jobs.add({ url: server.url('/statement'), kind: 'url', intervalSeconds: 3600, tags: ['Genf'] })
    await h.jobs.scheduler.runDue()
    let view = h.jobs.list()[0]
    expect(view).toMatchObject({ status: 'ok', articleCount: 1, versionCount: 1, title: 'Erklärung des Ministeriums' })
    const [article] = h.lib.articles.search({}).hits
    expect(article.tags.map((t) => t.name)).toEqual(['Genf'])

    // Same text again: no new version, no new article.
    h.jobs.runNow(job.id)
    await h.jobs.scheduler.runDue()
    expect(h.jobs.list()[0]).toMatchObject({ status: 'unchanged', versionCount: 1, articleCount: 1 })

    // The ministry edits a statement and deletes a paragraph.
    page.paragraphs[1] = '„Deutschland ist zu weiteren Gesprächen bereit“, sagte der Sprecher des Ministeriums vor der Presse in Berlin.'
    page.paragraphs.splice(2, 1)
    h.jobs.runNow(job.id)
    await h.jobs.scheduler.runDue()
    view = h.jobs.list()[0]
    expect(view).toMatchObject({ status: 'ok', versionCount: 2, articleCount: 1 })
    expect(h.lib.articles.info().articleCount).toBe(1)

    const versions = h.jobs.versions(job.id)
    expect(versions).toHaveLength(2)
    expect(versions[0].articleId).toBeNull()
    expect(versions[1].articleId).toBe(article.id)
    const diff = h.jobs.versionDiff(versions[0].id)
    expect(diff.previous?.id).toBe(versions[1].id)
    const removed = diff.parts.filter((p) => p.op === '-').map((p) => p.text).join(' ')
    const added = diff.parts.filter((p) => p.op === '+').map((p) => p.text).join(' ')
    expect(removed).toMatch(/wird keine.*Zugeständnisse machen/)
    expect(removed).toContain('Die Delegationen wollen sich am Montag in Genf treffen')
    expect(added).toMatch(/ist zu.*Gesprächen bereit/)
    expect(diff.version.removedWords).toBeGreaterThan(15)
    expect(h.jobs.get(job.id)!.log.some((e) => /^changed: \+\d+ \/ −\d+ words/.test(e.message))).toBe(true)
    // The first version's diff is the whole text, unchanged.
    expect(h.jobs.versionDiff(versions[1].id).parts).toEqual([{ op: '=', text: expect.stringContaining('Verhandlungen über das Abkommen') }])
  })

  it('watches a page without an article (a list of releases) by its visible text, without importing it', async () => {
    const releases = ['Außenministerin reist nach Kiew', 'Staatsminister empfängt Delegation aus Moldau']
    server.route('/releases', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="de"><head><title>Pressemitteilungen</title>
        <script>var tracking = "not text"</script></head><body><nav><a href="/">Start</a></nav><main><h1>Pressemitteilungen</h1>
        <ul>${releases.map((r, i) => `<li><a href="/press/${i}">${r}</a> <span>0${i + 1}.03.2024</span></li>`).join('')}</ul></main>
        <footer>Impressum</footer></body></html>`)
    })
    h = createJobsHarness()
    const job = await h.jobs.add({ url: server.url('/releases'), kind: 'url', intervalSeconds: 3600 })
    await h.jobs.scheduler.runDue()
    expect(h.jobs.list()[0]).toMatchObject({ status: 'ok', versionCount: 1, articleCount: 0, title: 'Pressemitteilungen' })
    expect(h.lib.articles.info().articleCount).toBe(0)
    const [first] = h.jobs.versions(job.id)
    expect(h.jobs.versionDiff(first.id).parts[0].text).toBe('Pressemitteilungen\n\nAußenministerin reist nach Kiew 01.03.2024\n\nStaatsminister empfängt Delegation aus Moldau 02.03.2024')

    releases.unshift('Gemeinsame Erklärung der G7')
    h.jobs.runNow(job.id)
    await h.jobs.scheduler.runDue()
    const diff = h.jobs.versionDiff(h.jobs.versions(job.id)[0].id)
    expect(diff.parts.filter((p) => p.op === '+').map((p) => p.text).join('')).toContain('Gemeinsame Erklärung der G7')
  })

  it('uses the ETag, and a page fetched once is done', async () => {
    page = { paragraphs: [...PARAGRAPHS], etag: '"v1"' }
    h = createJobsHarness()
    const watched = await h.jobs.add({ url: server.url('/statement'), kind: 'url', intervalSeconds: 600 })
    await h.jobs.scheduler.runDue()
    h.jobs.runNow(watched.id)
    await h.jobs.scheduler.runDue()
    expect(h.jobs.list()[0].status).toBe('unchanged')
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"')
    h.jobs.remove(watched.id)
    expect(h.lib.articles.info().articleCount).toBe(1)

    const once = await h.jobs.add({ url: `${server.url('/statement')}?once`, kind: 'url' })
    await h.jobs.scheduler.runDue()
    expect(h.jobs.list().find((j) => j.id === once.id)).toMatchObject({ status: 'done', active: false, nextRunAt: null, intervalSeconds: null })
  })

  it('refuses a duplicate job and a feed-less page for a feed job, naming why', async () => {
    page = { paragraphs: [...PARAGRAPHS], etag: null }
    h = createJobsHarness()
    const first = await h.jobs.add({ url: server.url('/statement'), kind: 'url', intervalSeconds: 600 })
    await expect(h.jobs.add({ url: server.url('/statement#x'), kind: 'url' })).rejects.toThrow(`is already watched (job ${first.id})`)
    await expect(h.jobs.add({ url: server.url('/statement'), kind: 'feed', discover: true })).rejects.toThrow('is a web page that links to no feed; add it as a watched page instead')
  })
})
