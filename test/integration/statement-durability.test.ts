/**
 * Statements are part of an import's promise (issue 13): an import killed with SIGKILL at any moment,
 * or two processes importing into one library at once, never leave an article without a statement run
 * once the library is next opened (start-up repair) or imported into again. Real processes: the CLI
 * from source, on a library on disk.
 */
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../src/main/core/services'
import { STATEMENT_ENGINE_VERSION } from '../../src/main/core/statements/engine-version'

const CLI = resolve(import.meta.dirname, '../../bin/parallax.mjs')
let dir: string

/** `count` distinct articles, each quoting a minister, in a new folder. */
function articles(folder: string, count: number, seed: string): string {
  const path = join(dir, folder)
  mkdirSync(path, { recursive: true })
  for (let i = 0; i < count; i++) {
    const n = `${seed}-${i}`
    writeFileSync(
      join(path, `article-${n}.html`),
      `<!doctype html><html lang="en"><head><title>Talks continue, round ${n}</title></head><body><article><h1>Talks continue, round ${n}</h1>` +
        `<p>"We will continue the talks next week in round ${n}," the German foreign minister said on Tuesday in Berlin after meeting her counterparts.</p>` +
        `<p>The Russian foreign ministry said that it saw no reason for optimism about round ${n} and urged Kyiv to accept its terms without delay.</p>` +
        `<p>Officials from both sides said the negotiations on item ${n} would resume at a lower level, according to diplomats familiar with the matter.</p>` +
        `</article></body></html>`,
    )
  }
  return path
}

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { env: { ...process.env, PARALLAX_FROM_SOURCE: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
}

function exit(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  child.stdout!.resume()
  return new Promise((done) => child.on('exit', (code) => done({ code, stderr })))
}

/** Articles and articles without a current statement run, read by a separate connection. */
function counts(library: string): { articles: number; unread: number } {
  const db = new Database(library, { readonly: true })
  try {
    const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number
    const unread = db
      .prepare('SELECT count(*) FROM articles a LEFT JOIN statement_runs r ON r.article_id = a.id WHERE r.engine IS NULL OR r.engine < ?')
      .pluck()
      .get(STATEMENT_ENGINE_VERSION) as number
    return { articles, unread }
  } finally {
    db.close()
  }
}

function articleCount(library: string): number {
  try {
    return counts(library).articles
  } catch {
    return 0 // not created yet, or mid-migration
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-durability-'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('statements survive kill -9 and concurrent processes', () => {
  it('imports killed with SIGKILL mid-way: after the next start no article lacks its statement run', async () => {
    const library = join(dir, 'killed.sqlite')
    let killedWith = 0
    for (let round = 0; round < 3; round++) {
      const folder = articles(`killed-${round}`, 80, `k${round}`)
      const child = cli(['import', '--library', library, folder])
      const exited = exit(child)
      const before = articleCount(library)
      // Kill once this import has stored something, at a slightly different moment each round.
      const deadline = Date.now() + 60_000
      while (articleCount(library) <= before + round * 7 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5))
      child.kill('SIGKILL')
      await exited
      killedWith = articleCount(library)
    }
    expect(killedWith).toBeGreaterThan(0)
    // The next start of the app reads what the killed imports left unread.
    const services = createServices({ libraryPath: library, settingsFile: join(dir, 'settings.json') })
    try {
      await services.statementRepair.start()
      await services.statementRepair.idle()
    } finally {
      await services.close()
    }
    expect(counts(library)).toEqual({ articles: killedWith, unread: 0 })
  }, 240_000)

  it('a killed import is also repaired by the next import', async () => {
    const library = join(dir, 'killed-next.sqlite')
    const child = cli(['import', '--library', library, articles('next-a', 80, 'n')])
    const exited = exit(child)
    while (articleCount(library) < 5) await new Promise((r) => setTimeout(r, 5))
    child.kill('SIGKILL')
    await exited
    // Simulate the worst case the kill can leave: articles stored, their statements not.
    const db = new Database(library)
    db.prepare('DELETE FROM statement_runs WHERE article_id IN (SELECT id FROM articles ORDER BY id DESC LIMIT 3)').run()
    db.close()
    expect(counts(library).unread).toBeGreaterThanOrEqual(3)
    const next = await exit(cli(['import', '--library', library, articles('next-b', 2, 'm')]))
    expect(next.code).toBe(0)
    expect(counts(library).unread).toBe(0)
  }, 120_000)

  it('two processes importing into one library: both succeed and every article has its statement run', async () => {
    const library = join(dir, 'two.sqlite')
    // Create the library first, so the two do not race to create and migrate it.
    await exit(cli(['import', '--library', library, articles('two-0', 1, 't0')]))
    const [a, b] = await Promise.all([
      exit(cli(['import', '--library', library, articles('two-a', 80, 'ta')])),
      exit(cli(['import', '--library', library, articles('two-b', 80, 'tb')])),
    ])
    expect(a.stderr).toBe('')
    expect(b.stderr).toBe('')
    expect([a.code, b.code]).toEqual([0, 0])
    expect(counts(library)).toEqual({ articles: 161, unread: 0 })
  }, 240_000)
})
