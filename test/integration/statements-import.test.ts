/**
 * End to end: a German article quoting the Russian and the Belarusian foreign ministries on Kazakhstan is
 * imported through the Importer into a library on disk; its statements land under the right ministries;
 * the analyst confirms, rejects, corrects and adds statements; re-extraction keeps that work; the CLI
 * reports the same.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/program'
import { createServices, type Services } from '../../src/main/core/services'
import type { StatementRecord } from '../../src/shared/api'

const ARTICLE = resolve(import.meta.dirname, '../fixtures/statements/import/kasachstan.html')

let dir: string
let libraryPath: string
let services: Services
let articleId: number

async function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), outIsTty: false, errIsTty: false, columns: undefined })
  return { code, stdout, stderr }
}

const find = (all: StatementRecord[], words: string) => {
  const s = all.find((x) => x.quote.includes(words))
  if (!s) throw new Error(`no statement with "${words}" in ${JSON.stringify(all.map((x) => x.quote))}`)
  return s
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-statements-'))
  libraryPath = join(dir, 'library.sqlite')
  services = createServices({ libraryPath, importWorkers: 1 })
  const summary = await services.importer.run([ARTICLE])
  expect(summary.imported).toBe(1)
  articleId = (summary.outcomes[0] as { articleId: number }).articleId
}, 60_000)

afterAll(async () => {
  await services?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('statements of an imported article', () => {
  it('are extracted on import, each under the ministry that made it', () => {
    const all = services.statements.forArticle(articleId)
    const text = services.articles.get(articleId)!.text
    for (const s of all) expect(text.slice(s.start, s.end)).toBe(s.quote)

    expect(find(all, 'von außen inspirierten Versuch')).toMatchObject({ kind: 'direct', actor: { id: 'ru-mfa' }, cue: 'heißt es', origin: 'auto', review: 'unreviewed' })
    expect(find(all, 'Die Russische Föderation werde')).toMatchObject({ kind: 'reported', actor: { id: 'ru-mfa' } })
    expect(find(all, 'alle Merkmale eines gewaltsamen Umsturzversuchs')).toMatchObject({ kind: 'reported', actor: { id: 'by-mfa' } })
    expect(find(all, 'Wir verurteilen entschieden')).toMatchObject({ kind: 'direct', actor: { id: 'by-mfa' } })
    expect(find(all, 'Staatsstreich')).toMatchObject({ kind: 'partial', actor: { id: 'by-mfa' } })
    // Eyewitnesses are no ministry, and share buttons and footers are not statements.
    expect(all.filter((s) => s.actor && !['ru-mfa', 'by-mfa'].includes(s.actor.id))).toEqual([])
    expect(all.some((s) => /Twitter|Impressum/u.test(s.quote))).toBe(false)
  })

  it('lists them with filters: actor, kind, review state, language, text', () => {
    const byActor = services.statements.list({ actorIds: ['by-mfa'] })
    expect(byActor.total).toBe(3)
    expect(byActor.items.every((s) => s.article.id === articleId && s.article.language === 'de')).toBe(true)
    expect(services.statements.list({ kinds: ['partial'] }).items.map((s) => s.quote)).toEqual(['Staatsstreich'])
    expect(services.statements.list({ text: 'umsturzversuchs' }).total).toBe(1)
    expect(services.statements.list({ language: 'ru' }).total).toBe(0)
    expect(services.statements.list({ from: '2022-01-01', to: '2022-01-31', limit: 2 }).items).toHaveLength(2)
  })

  it('keeps confirmed, rejected, corrected and manual statements when extraction runs again', () => {
    const before = services.statements.forArticle(articleId)
    const confirmed = find(before, 'von außen inspirierten Versuch')
    const rejected = find(before, 'Staatsstreich')
    const corrected = find(before, 'Die Russische Föderation werde')
    const untouched = find(before, 'Wir verurteilen entschieden')
    expect(services.statements.setReview([confirmed.id], 'confirmed')).toBe(1)
    services.statements.setReview([rejected.id], 'rejected')
    services.statements.update(corrected.id, { actorId: 'ru-gov', note: 'Regierungslinie' })
    const text = services.articles.get(articleId)!.text
    const start = text.indexOf('Augenzeugen berichteten')
    const manual = services.statements.createManual({ articleId, start, end: text.indexOf('.', start), kind: 'reported', speaker: 'Augenzeugen' })
    expect(manual).toMatchObject({ origin: 'manual', review: 'confirmed', quote: 'Augenzeugen berichteten von Plünderungen im Stadtzentrum', actor: null })

    const summary = services.statementExtraction.extractArticle(articleId)
    expect(summary).toMatchObject({ articles: 1, added: 0, failed: [] })
    expect(summary.kept).toBe(4)

    const after = services.statements.forArticle(articleId)
    expect(after.find((s) => s.id === confirmed.id)).toMatchObject({ review: 'confirmed', actor: { id: 'ru-mfa' } })
    expect(after.find((s) => s.id === rejected.id)).toMatchObject({ review: 'rejected' })
    expect(after.filter((s) => s.quote === 'Staatsstreich')).toHaveLength(1)
    expect(after.find((s) => s.id === corrected.id)).toMatchObject({ actor: { id: 'ru-gov' }, corrected: true, note: 'Regierungslinie' })
    expect(after.find((s) => s.id === manual.id)).toMatchObject({ origin: 'manual', quote: manual.quote })
    // An unreviewed automatic statement found again keeps its id (events and comparisons refer to it).
    expect(after.find((s) => s.id === untouched.id)).toMatchObject({ actor: { id: 'by-mfa' }, review: 'unreviewed' })
    expect(after).toHaveLength(before.length + 1)
  })

  it('re-anchors kept statements by their quote when the article text shifts', () => {
    const manual = services.statements.forArticle(articleId).find((s) => s.origin === 'manual')!
    services.db.prepare('UPDATE articles SET text = ? || text WHERE id = ?').run('Aktualisiert am 7. Januar.\n\n', articleId)
    services.statementExtraction.extractArticle(articleId)
    const text = services.articles.get(articleId)!.text
    const moved = services.statements.get(manual.id)!
    expect(moved.start).toBe(manual.start + 'Aktualisiert am 7. Januar.\n\n'.length)
    expect(text.slice(moved.start, moved.end)).toBe(manual.quote)
    for (const s of services.statements.forArticle(articleId)) expect(text.slice(s.start, s.end)).toBe(s.quote)
  })
})

describe('the CLI', () => {
  beforeAll(async () => {
    await services.close()
  })
  afterAll(() => {
    services = createServices({ libraryPath, importWorkers: 1 })
  })

  it('lists the statements as JSON with actor, offsets and review state', async () => {
    const { code, stdout } = await cli('statements', '--library', libraryPath, '--article', String(articleId), '--json')
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as { id: number; articleId: number; quote: string; actor: { id: string; name: string } | null; review: string }[]
    expect(Object.keys(rows[0])).toEqual(['id', 'articleId', 'quote', 'kind', 'speaker', 'actor', 'person', 'channel', 'cue', 'start', 'end', 'confidence', 'review', 'reasons'])
    expect(rows.find((r) => r.quote.startsWith('Wir verurteilen'))?.actor?.id).toBe('by-mfa')
    const ru = JSON.parse((await cli('statements', '--library', libraryPath, '--actor', 'ru-mfa', '--json')).stdout) as { actor: { id: string } }[]
    expect(ru.length).toBeGreaterThan(0)
    expect(ru.every((r) => r.actor.id === 'ru-mfa')).toBe(true)
  })

  it('runs extraction again and names a missing article', async () => {
    const run = await cli('statements', 'extract', '--library', libraryPath, '--json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ articles: 1, failed: [] })
    const missing = await cli('statements', 'extract', '--article', '999', '--library', libraryPath)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/article 999: not in the library/u)
  })

  it('gives `extract --jsonl` a statements field with offsets into its text', async () => {
    const { code, stdout } = await cli('extract', ARTICLE, '--jsonl')
    expect(code).toBe(0)
    const record = JSON.parse(stdout.trim()) as { text: string; statements: { quote: string; start: number; end: number; actor: { id: string } | null }[] }
    expect(record.statements.length).toBeGreaterThanOrEqual(5)
    for (const s of record.statements) expect(record.text.slice(s.start, s.end)).toBe(s.quote)
    expect(record.statements.find((s) => s.quote.startsWith('Wir betrachten'))?.actor?.id).toBe('ru-mfa')
  })
})
