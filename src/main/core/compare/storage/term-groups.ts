/**
 * Where the term-equivalence layer's groups come from: the groups the app ships
 * (resources/compare/terms.json), the actor registry (each actor's names in every language are one
 * group: "ОДКБ", "OVKS", "CSTO", …; each country's names are one, its capitals another; each person's
 * names another), and the
 * analyst's own groups in the library (table term_equivalents, migration 011).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { displayAlias } from '../../actors/inflect'
import { defaultSeed } from '../../actors/seed'
import type { Db } from '../../db/open'
import { LibraryError } from '../../library/errors'
import type { TermGroup } from '../text/terms'

const fileSchema = z.object({
  version: z.number().int(),
  notation: z.string().optional(),
  groups: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), terms: z.array(z.string().min(1)).min(2) }).strict()),
})

/** "Kasachstan@de" → text and language; a term without "@xx" has none. */
export function parseTerm(term: string): { text: string; language: string | null } {
  const m = /^(.*\S)@([a-z]{2})$/u.exec(term.trim())
  return m ? { text: m[1], language: m[2] } : { text: term.trim(), language: null }
}

/** resources/compare/terms.json, found like the actor seed: beside the package.json above this module. */
function shippedFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'resources', 'compare', 'terms.json')
    const parent = dirname(dir)
    if (parent === dir) throw new Error('resources/compare/terms.json: no package.json above the app')
    dir = parent
  }
}

let shipped: TermGroup[] | undefined

/** The shipped groups, read once per process. */
export function shippedTermGroups(): TermGroup[] {
  if (!shipped) {
    const parsed = fileSchema.parse(JSON.parse(readFileSync(shippedFile(), 'utf8')))
    shipped = parsed.groups.map((g) => ({ id: g.id, terms: g.terms.map(parseTerm) }))
  }
  return shipped
}

/**
 * The registry's groups: every actor's names (its display name and 'name' aliases, in all languages),
 * each country's names and capitals from the seed's lexicon, and each person's names.
 */
export function registryTermGroups(db: Db): TermGroup[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.name, al.text, al.language FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id AND al.kind = 'name' AND al.removed = 0
       WHERE a.hidden = 0 ORDER BY a.id`,
    )
    .all() as { id: string; name: string; text: string | null; language: string | null }[]
  const byActor = new Map<string, TermGroup>()
  for (const r of rows) {
    const group = byActor.get(r.id) ?? { id: `actor-${r.id}`, terms: [{ text: r.name, language: 'en' }] }
    if (r.text) group.terms.push({ text: displayAlias(r.text), language: r.language })
    byActor.set(r.id, group)
  }
  const countries = defaultSeed().lexicon.countries.flatMap((c) => [
    { id: `country-${c.iso}`, terms: c.names.map((n) => ({ text: displayAlias(n.text), language: n.language })) },
    { id: `capital-${c.iso}`, terms: c.capitals.map((n) => ({ text: displayAlias(n.text), language: n.language })) },
  ])
  return [...byActor.values(), ...countries, ...personTermGroups(db)].filter((g) => g.terms.length >= 2)
}

/**
 * Each person's names, one group ("Sergej Lawrow" = "Sergey Lavrov" = "Сергей Лавров"): statements about
 * the same thing name the same people, in whatever language. Full names only: a surname alone, stemmed,
 * meets ordinary words too often ("Sunak" and "zunächst", "Maas" and "Masse", "Biden" and "bid").
 */
function personTermGroups(db: Db): TermGroup[] {
  const rows = db.prepare('SELECT id, names FROM persons ORDER BY id').all() as { id: string; names: string }[]
  return rows.map((r) => {
    let names: Partial<Record<string, string[]>> = {}
    try {
      names = JSON.parse(r.names) as typeof names
    } catch {
      // A malformed names column gives no terms.
    }
    const terms = Object.entries(names).flatMap(([language, list]) => (list ?? []).map((name) => ({ text: name.trim(), language })))
    return { id: `person-${r.id}`, terms: terms.filter((t) => /\s/u.test(t.text)) }
  })
}

export interface AnalystTermGroup {
  id: number
  terms: string[]
  createdAt: string
}

export function analystTermGroups(db: Db): AnalystTermGroup[] {
  return (db.prepare('SELECT id, terms, created_at AS createdAt FROM term_equivalents ORDER BY id').all() as { id: number; terms: string; createdAt: string }[]).map((r) => ({
    ...r,
    terms: JSON.parse(r.terms) as string[],
  }))
}

/** Adds the analyst's group of equivalent terms ("ОДКБ", "OVKS", "CSTO"; "Kasachstan@de" names a language). */
export function addTermGroup(db: Db, terms: readonly string[]): AnalystTermGroup {
  const clean = [...new Set(terms.map((t) => t.replace(/\s+/gu, ' ').trim()).filter(Boolean))]
  if (clean.length < 2) throw new LibraryError('refused', 'A group of equivalent terms needs at least two different terms.')
  if (clean.some((t) => t.length > 200)) throw new LibraryError('refused', 'A term has at most 200 characters.')
  const id = db.prepare('INSERT INTO term_equivalents (terms, created_at) VALUES (?, ?) RETURNING id').pluck().get(JSON.stringify(clean), new Date().toISOString()) as number
  return analystTermGroups(db).find((g) => g.id === id)!
}

export function removeTermGroup(db: Db, id: number): void {
  if (db.prepare('DELETE FROM term_equivalents WHERE id = ?').run(id).changes === 0) throw new LibraryError('not-found', `There is no group of terms #${id}.`)
}

/** Every group the comparison matches on: shipped, registry, the analyst's (which may join shipped terms). */
export function allTermGroups(db: Db): TermGroup[] {
  return [
    ...shippedTermGroups(),
    ...registryTermGroups(db),
    ...analystTermGroups(db).map((g) => ({ id: `own-${g.id}`, terms: g.terms.map(parseTerm) })),
  ]
}
