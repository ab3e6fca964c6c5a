/**
 * The test server answers API errors as a web API would (issue 13): an id that does not exist is 404
 * with a not-found error, not an internal 500; the page's own import.start is refused for a path
 * nobody chose, while a dropped path imports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from './harness/server'

let server: TestServer
beforeAll(async () => void (server = await startTestServer()))
afterAll(async () => server?.close())

const post = (path: string, args: unknown[]) =>
  fetch(`${server.origin}/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })

describe('API errors over HTTP', () => {
  it('not found is 404 with a typed error', async () => {
    const res = await post('library/deleteArticle', [999999])
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: string }).error).toMatch(/^\[not-found\] Article 999999 does not exist/)
    const extract = await post('statements/extractArticle', [999999])
    expect(extract.status).toBe(404)
  })

  it("the page cannot import a path nobody chose", async () => {
    const res = await post('import/start', [['/etc/passwd']])
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(/^\[refused\] \/etc\/passwd was not chosen for import/)
  })
})
