import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'

function open(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

function actor(db: Database.Database, id: string): void {
  db.prepare(
    `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at)
     VALUES (?, ?, 'foreign-ministry', 'ru', 'seed', ?, 'now', 'now')`,
  ).run(id, id, id)
}

function article(db: Database.Database): number {
  return db
    .prepare("INSERT INTO articles (title, text, text_hash, origin, imported_at) VALUES ('t', 'Sacharowa sagte, es sei ernst.', 'h', 'file', 'now') RETURNING id")
    .pluck()
    .get() as number
}

const statement = (db: Database.Database, articleId: number, values: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO statements (article_id, actor_id, speaker, quote, start_offset, end_offset, kind)
       VALUES (@articleId, @actorId, 'Sacharowa', 'es sei ernst', 17, 29, 'reported') RETURNING id`,
    )
    .pluck()
    .get({ articleId, actorId: 'ru-mfa', ...values }) as number

const person = (db: Database.Database, values: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO persons (id, name, names, gender, source, created_at, updated_at)
       VALUES (@id, @name, @names, @gender, @source, 'now', 'now')`,
    )
    .run({
      id: 'maria-zakharova',
      name: 'Maria Zakharova',
      names: JSON.stringify({ de: ['Maria Sacharowa'], en: ['Maria Zakharova'], ru: ['Мария Захарова'] }),
      gender: 'f',
      source: 'seed',
      ...values,
    })

const office = (db: Database.Database, values: Record<string, unknown> = {}) =>
  db
    .prepare('INSERT INTO person_offices (person_id, actor_id, role, valid_from, valid_to) VALUES (@person, @actor, @role, @from, @to)')
    .run({ person: 'maria-zakharova', actor: 'ru-mfa', role: 'spokesperson', from: '2015-08', to: null, ...values })

describe('migration 007 persons', () => {
  let db: Database.Database
  afterEach(() => db?.close())

  it('upgrades a version 6 library: statements keep their data and gain an empty person', () => {
    db = open()
    migrate(db, migrations, 6)
    actor(db, 'ru-mfa')
    const id = statement(db, article(db))
    expect(migrate(db, migrations, 7)).toBe(7)
    expect(schemaVersion(db)).toBe(7)
    expect(db.prepare('SELECT actor_id, speaker, person_id FROM statements WHERE id = ?').get(id)).toEqual({
      actor_id: 'ru-mfa',
      speaker: 'Sacharowa',
      person_id: null,
    })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['persons', 'person_offices', 'person_seed']))
  })

  it('keeps persons, offices and statements consistent through their foreign keys', () => {
    db = open()
    migrate(db, migrations)
    actor(db, 'ru-mfa')
    actor(db, 'by-mfa')
    person(db)
    office(db)
    office(db, { actor: 'by-mfa', role: 'foreign-minister', from: '2010', to: '2012-03-01' })
    const a = article(db)
    const id = statement(db, a)
    db.prepare('UPDATE statements SET person_id = ? WHERE id = ?').run('maria-zakharova', id)
    expect(() => db.prepare('UPDATE statements SET person_id = ? WHERE id = ?').run('nobody', id)).toThrow(/FOREIGN KEY/)

    // An actor deleted takes the offices held there with it; the person stays.
    db.prepare("DELETE FROM actors WHERE id = 'by-mfa'").run()
    expect(db.prepare('SELECT actor_id FROM person_offices').pluck().all()).toEqual(['ru-mfa'])
    // A renamed person id follows into offices and statements; a deleted person leaves the statement without one.
    db.prepare("UPDATE persons SET id = 'm-zakharova' WHERE id = 'maria-zakharova'").run()
    expect(db.prepare('SELECT person_id FROM statements WHERE id = ?').pluck().get(id)).toBe('m-zakharova')
    expect(db.prepare('SELECT person_id FROM person_offices').pluck().all()).toEqual(['m-zakharova'])
    db.prepare("DELETE FROM persons WHERE id = 'm-zakharova'").run()
    expect(db.prepare('SELECT person_id, actor_id FROM statements WHERE id = ?').get(id)).toEqual({ person_id: null, actor_id: 'ru-mfa' })
    expect(db.prepare('SELECT count(*) FROM person_offices').pluck().get()).toBe(0)
  })

  it('refuses bad ids, names, sources, roles and dates', () => {
    db = open()
    migrate(db, migrations)
    actor(db, 'ru-mfa')
    expect(() => person(db, { id: 'Maria Z' })).toThrow(/CHECK/)
    expect(() => person(db, { name: '  ' })).toThrow(/CHECK/)
    expect(() => person(db, { names: '["Maria"]' })).toThrow(/CHECK/)
    expect(() => person(db, { gender: 'x' })).toThrow(/CHECK/)
    expect(() => person(db, { source: 'user' })).toThrow(/CHECK/)
    person(db, { gender: null, source: 'analyst' })
    expect(() => office(db, { role: 'Spokesperson' })).toThrow(/CHECK/)
    expect(() => office(db, { from: 'August 2015' })).toThrow(/CHECK/)
    expect(() => office(db, { from: '2015-08', to: '2014' })).toThrow(/CHECK/)
    expect(() => office(db, { to: '2015-13-99x' })).toThrow(/CHECK/)
    office(db, { from: '2015', to: '2015-08-20' })
  })

  it('finds a person’s statements through an index', () => {
    db = open()
    migrate(db, migrations)
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM statements WHERE person_id = 'maria-zakharova'").all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (?:COVERING )?INDEX statements_person/)
  })
})
