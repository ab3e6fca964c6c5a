import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'

function open(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

const TEXT = 'Herbert Diess kam spät. Er sagte, die Lage sei ruhig.'

function seed(db: Database.Database): { articleId: number } {
  db.prepare(
    `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at)
     VALUES ('ru-mfa', 'Russian MFA', 'foreign-ministry', 'ru', 'seed', 'russian mfa', 'now', 'now')`,
  ).run()
  const articleId = db
    .prepare("INSERT INTO articles (title, text, text_hash, origin, imported_at) VALUES ('t', ?, 'h', 'file', 'now') RETURNING id")
    .pluck()
    .get(TEXT) as number
  return { articleId }
}

const insert = (db: Database.Database, values: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO statements (article_id, actor_id, speaker, quote, start_offset, end_offset, kind, cue, confidence, review_state)
       VALUES (@article_id, @actor_id, @speaker, @quote, @start_offset, @end_offset, @kind, @cue, @confidence, @review_state) RETURNING id`,
    )
    .pluck()
    .get({ actor_id: null, speaker: 'Er', quote: 'die Lage sei ruhig', start_offset: 34, end_offset: 52, kind: 'reported', cue: 'sagte', confidence: 0.8, review_state: 'unreviewed', ...values }) as number

const columns = (db: Database.Database) => (db.pragma('table_info(statements)') as { name: string }[]).map((c) => c.name)
const hits = (db: Database.Database, q: string) => db.prepare('SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid').pluck().all(q)

describe('migration 006 statement speakers', () => {
  let db: Database.Database
  afterEach(() => db?.close())

  it('upgrades a version 5 library: statements keep their data, gain empty speaker fields, and stay searchable', () => {
    db = open()
    migrate(db, migrations, 5)
    const { articleId } = seed(db)
    const id = insert(db, { article_id: articleId, actor_id: 'ru-mfa', speaker: 'Außenministerium' })
    const open2 = insert(db, { article_id: articleId, speaker: null, quote: 'Lage' })
    expect(migrate(db, migrations, 6)).toBe(6)
    expect(schemaVersion(db)).toBe(6)
    expect(columns(db)).toEqual(expect.arrayContaining(['speaker_start', 'speaker_end', 'speaker_referent', 'channel', 'reasons']))
    const row = db.prepare('SELECT actor_id, speaker, speaker_start, speaker_end, speaker_referent, channel, reasons FROM statements WHERE id = ?').get(id)
    expect(row).toEqual({
      actor_id: 'ru-mfa',
      speaker: 'Außenministerium',
      speaker_start: null,
      speaker_end: null,
      speaker_referent: null,
      channel: null,
      reasons: '[]',
    })
    // The text index was rebuilt from the existing rows, folded as before.
    expect(hits(db, 'aussenministerium')).toEqual([id])
    expect(hits(db, 'lage')).toEqual([id, open2])
  })

  it('stores span, referent, channel and reasons, and refuses broken spans and reasons that are not a JSON array', () => {
    db = open()
    migrate(db, migrations)
    const { articleId } = seed(db)
    const id = insert(db, { article_id: articleId })
    db.prepare(
      `UPDATE statements SET speaker_start = 24, speaker_end = 26, speaker_referent = 'Herbert Diess', channel = 'dpa', reasons = ? WHERE id = ?`,
    ).run(JSON.stringify(['cue: “sagte”', 'speaker: “Er” = Herbert Diess']), id)
    const row = db.prepare('SELECT speaker_start AS s, speaker_end AS e, speaker_referent AS r, channel AS c, reasons FROM statements WHERE id = ?').get(id) as {
      s: number
      e: number
      r: string
      c: string
      reasons: string
    }
    expect(TEXT.slice(row.s, row.e)).toBe('Er')
    expect(row).toMatchObject({ r: 'Herbert Diess', c: 'dpa' })
    expect(JSON.parse(row.reasons)).toEqual(['cue: “sagte”', 'speaker: “Er” = Herbert Diess'])

    const set = (sql: string, ...params: unknown[]) => () => db.prepare(`UPDATE statements SET ${sql} WHERE id = ?`).run(...params, id)
    expect(set('speaker_start = 5, speaker_end = NULL')).toThrow(/CHECK/)
    expect(set('speaker_start = NULL, speaker_end = 5')).toThrow(/CHECK/)
    expect(set('speaker_start = 10, speaker_end = 5')).toThrow(/CHECK/)
    expect(set('speaker_start = -1, speaker_end = 2')).toThrow(/CHECK/)
    expect(set('reasons = ?', 'cue: sagte')).toThrow(/CHECK/)
    expect(set('reasons = ?', '{"cue":"sagte"}')).toThrow(/CHECK/)
  })

  it('indexes the triage queue: review state, whether anybody is named, confidence', () => {
    db = open()
    migrate(db, migrations)
    const { articleId } = seed(db)
    const nobody = insert(db, { article_id: articleId, speaker: null })
    insert(db, { article_id: articleId, speaker: 'Herbert Diess' })
    const unsure = insert(db, { article_id: articleId, speaker: null, actor_id: 'ru-mfa', confidence: 0.4 })
    insert(db, { article_id: articleId, speaker: null, actor_id: 'ru-mfa', review_state: 'confirmed' })
    const queue = `FROM statements s WHERE s.review_state = 'unreviewed' AND ((s.actor_id IS NOT NULL OR s.speaker IS NOT NULL) = 0 OR s.confidence < 0.5)`
    expect(db.prepare(`SELECT s.id ${queue} ORDER BY s.id`).pluck().all()).toEqual([nobody, unsure])
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) ${queue}`).all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING COVERING INDEX statements_triage \(review_state=\?\)/)
  })

  it('keeps the text index in step with quote, speaker and referent', () => {
    db = open()
    migrate(db, migrations)
    const { articleId } = seed(db)
    const id = insert(db, { article_id: articleId })
    expect(hits(db, 'diess')).toEqual([])
    db.prepare("UPDATE statements SET speaker_referent = 'Herbert Diess' WHERE id = ?").run(id)
    expect(hits(db, 'diess')).toEqual([id])
    db.prepare("UPDATE statements SET speaker_referent = 'Олег Ёлкин' WHERE id = ?").run(id)
    expect(hits(db, 'diess')).toEqual([])
    expect(hits(db, 'елкин')).toEqual([id])
    db.prepare('DELETE FROM statements WHERE id = ?').run(id)
    expect(hits(db, 'елкин')).toEqual([])
    expect(db.prepare("INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)").run()).toBeTruthy()
  })
})
