import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExtractionPool } from '../../../src/main/core/import/extraction-pool'

/** A stand-in worker whose behaviour the file name chooses: crash, exit, hang, or succeed. */
const FAKE_WORKER = `
import { parentPort } from 'node:worker_threads'
let crashing = false
parentPort.on('message', ({ type, id, path }) => {
  // A real worker reads one file at a time: nothing after a file that is crashing.
  if (type === 'cancel' || crashing) return
  if (path.includes('slow')) { const end = Date.now() + 300; while (Date.now() < end) {} }
  if (path.includes('stamp')) parentPort.postMessage({ id, ok: true, extracted: { title: String(Date.now()) }, capture: null })
  else if (path.includes('crash')) (crashing = true), setTimeout(() => { throw new Error('boom in ' + path) })
  else if (path.includes('exit')) process.exit(3)
  else if (path.includes('hang')) { const end = Date.now() + 60_000; while (Date.now() < end) {} }
  else parentPort.postMessage({ id, ok: true, extracted: { title: path }, capture: null })
})
`

let dir: string
let pool: ExtractionPool
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-pool-'))
  writeFileSync(join(dir, 'fake-worker.mjs'), FAKE_WORKER)
  pool = new ExtractionPool({ size: 2, taskTimeoutMs: 1500, location: { file: join(dir, 'fake-worker.mjs'), execArgv: [] } })
})
afterAll(async () => {
  await pool.close()
  rmSync(dir, { recursive: true, force: true })
})

const title = (r: Awaited<ReturnType<ExtractionPool['run']>>) => (r.ok ? r.extracted.title : `failed: ${r.reason}`)

describe('ExtractionPool', () => {
  it('fails only the file whose worker crashed, exited or hung, and goes on with fresh workers', async () => {
    const files = ['a.html', 'crash.html', 'b.html', 'exit.html', 'c.html', 'hang.html', 'd.html', 'e.html']
    const results = await Promise.all(files.map((f) => pool.run(f, false)))
    expect(results.map(title)).toEqual([
      'a.html',
      'failed: the extraction worker crashed: boom in crash.html',
      'b.html',
      'failed: the extraction worker stopped unexpectedly (exit code 3)',
      'c.html',
      'failed: extraction took longer than 2 s',
      'd.html',
      'e.html',
    ])
  })

  it('stops a running extraction when its signal aborts', async () => {
    const controller = new AbortController()
    const started = Date.now()
    const pending = pool.run('hang-forever.html', false, { signal: controller.signal })
    setTimeout(() => controller.abort(), 100)
    await expect(pending).rejects.toThrow(/abort/iu)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(title(await pool.run('after.html', false))).toBe('after.html')
  })

  it('hands a worker its next file ahead, so it goes on while the calling thread is busy', async () => {
    const single = new ExtractionPool({ size: 1, location: { file: join(dir, 'fake-worker.mjs'), execArgv: [] } })
    try {
      const first = single.run('slow-1.html', false)
      const second = single.run('stamp-2.html', false)
      await first
      // The calling thread is blocked (a long write): the worker must not wait for it to post the next file.
      const blockedUntil = Date.now() + 400
      while (Date.now() < blockedUntil) {}
      const done = await second
      expect(done.ok && Number(done.extracted.title)).toBeLessThan(blockedUntil - 200)
    } finally {
      await single.close()
    }
  })

  it('drops an aborted file that was posted ahead, keeping the one under way', async () => {
    const single = new ExtractionPool({ size: 1, location: { file: join(dir, 'fake-worker.mjs'), execArgv: [] } })
    try {
      const controller = new AbortController()
      const running = single.run('slow-a.html', false)
      const ahead = single.run('b.html', false, { signal: controller.signal })
      controller.abort()
      await expect(ahead).rejects.toThrow(/abort/iu)
      expect(title(await running)).toBe('slow-a.html')
      expect(title(await single.run('c.html', false))).toBe('c.html')
    } finally {
      await single.close()
    }
  })
})
