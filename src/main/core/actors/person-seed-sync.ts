/**
 * Brings the library's shipped persons to the person seed: new people are added, known ones updated with their
 * offices; the analyst's persons are never touched, also where the seed ships the same id. People the seed no
 * longer ships stay, as the analyst's, since statements may point at them. Offices at bodies the library does
 * not know (a test's small actor seed) are left out: nobody could be attributed to them anyway.
 */
import type { Db } from '../db/open'
import type { PersonSeed } from './person-seed'

export interface PersonSeedSyncResult {
  /** False when the library already had this seed (same version and content) or a newer one. */
  synced: boolean
  version: number
  added: number
  updated: number
}

/** `force`: sync even when the library has this seed (the actors changed, so offices may now find their body). */
export function syncPersonSeed(db: Db, seed: PersonSeed, { force = false, now = new Date() } = {}): PersonSeedSyncResult {
  const result: PersonSeedSyncResult = { synced: false, version: seed.version, added: 0, updated: 0 }
  const state = db.prepare('SELECT version, hash FROM person_seed WHERE id = 1').get() as { version: number; hash: string } | undefined
  if (state && !force && (state.version > seed.version || (state.version === seed.version && state.hash === seed.hash))) return result

  const at = now.toISOString()
  const sourceOf = db.prepare('SELECT source FROM persons WHERE id = ?').pluck()
  const insert = db.prepare(
    `INSERT INTO persons (id, name, names, gender, surname_alone, source, created_at, updated_at)
     VALUES (@id, @name, @names, @gender, @surnameAlone, 'seed', @at, @at)`,
  )
  const update = db.prepare(
    // A person learned from the text whom the seed now ships becomes the shipped person.
    `UPDATE persons SET name = @name, names = @names, gender = @gender, surname_alone = @surnameAlone, source = 'seed', updated_at = @at
     WHERE id = @id AND source IN ('seed', 'text')`,
  )
  const clearOffices = db.prepare('DELETE FROM person_offices WHERE person_id = ?')
  const insertOffice = db.prepare(
    `INSERT INTO person_offices (person_id, actor_id, role, valid_from, valid_to)
     SELECT ?, id, ?, ?, ? FROM actors WHERE id = ?`,
  )
  const orphans = db.prepare("SELECT id FROM persons WHERE source = 'seed' AND id NOT IN (SELECT value FROM json_each(?))").pluck()
  const adopt = db.prepare("UPDATE persons SET source = 'analyst', updated_at = ? WHERE id = ?")

  db.transaction(() => {
    for (const p of seed.persons) {
      const source = sourceOf.get(p.id) as string | undefined
      if (source === 'analyst') continue // the analyst's person with this id wins
      const values = { id: p.id, name: p.names.en[0], names: JSON.stringify(p.names), gender: p.gender, surnameAlone: p.surnameAlone === false ? 0 : 1, at }
      if (source === undefined) {
        insert.run(values)
        result.added++
      } else {
        update.run(values)
        result.updated++
      }
      clearOffices.run(p.id)
      for (const o of p.offices) insertOffice.run(p.id, o.role, o.from, o.to, o.actor)
    }
    for (const id of orphans.all(JSON.stringify(seed.persons.map((p) => p.id))) as string[]) adopt.run(at, id)
    db.prepare(
      `INSERT INTO person_seed (id, version, hash, synced_at) VALUES (1, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET version = excluded.version, hash = excluded.hash, synced_at = excluded.synced_at`,
    ).run(seed.version, seed.hash, at)
  })()
  result.synced = true
  return result
}
