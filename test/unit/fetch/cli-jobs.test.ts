import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'
import { startFixtureServer } from './helpers/jobs-harness'
import { createTestLibrary, type TestLibrary } from './helpers/library'
import { sleep, type TestServer } from './helpers/test-server'

let server: TestServer
let lib: TestLibrary

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli([...argv, '--library', lib.file], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    outIsTty: false,
    errIsTty: false,
    columns: undefined,
  })
  return { code, out, err }
}

beforeAll(async () => {
  server = await startFixtureServer()
  server.route('/feeds/500.xml', (_req, res) => void res.writeHead(500).end())
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  lib = createTestLibrary()
})
afterEach(() => lib.close())

describe('parallax jobs', () => {
  it('adds a feed, lists it, runs it once and reports what it imported', async () => {
    const added = await cli('jobs', 'add', server.url('/feeds/rss2.xml'), '--feed', '--every', '30m', '--tag', 'Ukraine')
    expect(added).toMatchObject({ code: 0, err: '' })
    expect(added.out).toBe(`added job 1: feed ${server.url('/feeds/rss2.xml')} ("Auswärtiges Amt – Pressemitteilungen"), every 30m\n`)

    const run = await cli('jobs', 'run', '--once', '--host-delay', '0')
    expect(run.code).toBe(0)
    expect(run.out).toBe('job 1  ok         3 imported  Auswärtiges Amt – Pressemitteilungen\n1 job run.\n')

    const listed = await cli('jobs', 'list', '--json')
    const [job] = JSON.parse(listed.out)
    expect(job).toMatchObject({ id: 1, kind: 'feed', status: 'ok', articleCount: 3, intervalSeconds: 1800, tags: [expect.objectContaining({ name: 'Ukraine' })] })
    const table = (await cli('jobs', 'list')).out.split('\n')
    expect(table[0]).toMatch(/^ID\s+KIND\s+STATUS\s+SCHEDULE\s+LAST RUN\s+NEXT RUN\s+ARTICLES\s+TITLE$/)
    expect(table[1]).toMatch(/^1\s+feed\s+ok\s+every 30m\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+3\s+Auswärtiges Amt/)

    // Nothing is due any more.
    expect((await cli('jobs', 'run', '--once')).out).toBe('0 jobs run.\n')
  })

  it('names failing jobs on stderr and exits 1; a bad interval is a usage error', async () => {
    await cli('jobs', 'add', server.url('/feeds/500.xml'), '--every', '1h')
    const run = await cli('jobs', 'run', '--once', '--host-delay', '0')
    expect(run.code).toBe(1)
    expect(run.err).toBe(`job 1 ${server.url('/feeds/500.xml')}: HTTP 500 Internal Server Error\n`)
    const bad = await cli('jobs', 'add', server.url('/feeds/atom.xml'), '--every', 'often')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('is not an interval (examples: 30m, 2h, 1d)')
    const refused = await cli('jobs', 'add', 'ftp://example.org/feed', '--feed')
    expect(refused.code).toBe(1)
    expect(refused.err).toBe('ftp://example.org/feed: Only http and https addresses can be fetched, not "ftp://example.org/feed"\n')
  })

  it('keeps running on schedule until SIGTERM, then stops cleanly', async () => {
    await cli('jobs', 'add', server.url('/feeds/atom.xml'), '--feed', '--every', '1h')
    const running = cli('jobs', 'run', '--host-delay', '0')
    const deadline = Date.now() + 10_000
    while (lib.articles.info().articleCount < 3 && Date.now() < deadline) await sleep(50)
    expect(lib.articles.info().articleCount).toBe(3)
    process.emit('SIGTERM')
    const done = await running
    expect(done.code).toBe(0)
    expect(done.err).toBe('running jobs on schedule; Ctrl+C stops\nstopped\n')
    expect(done.out).toContain('job 1  ok         3 imported  FCDO news & statements')
  })
})
