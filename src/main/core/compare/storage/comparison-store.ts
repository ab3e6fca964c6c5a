import type { Statement } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type {
  CardNote,
  CompareLayout,
  CompareScope,
  ComparisonSpec,
  ComparisonSpecInput,
  SavedComparison,
  SavedComparisonSummary,
  ThemeDef,
} from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { notFound } from '../../events/errors'

interface ComparisonRow {
  id: number
  title: string
  scope: string
  actorIds: string
  layout: CompareLayout
  createdAt: string
  updatedAt: string
}

const COLUMNS = 'id, title, scope, actor_ids AS actorIds, layout, created_at AS createdAt, updated_at AS updatedAt'

/**
 * Saved comparisons: the spec to rebuild one (scope, actors in order, layout), the analyst's themes
 * with their statements, and notes/translations per card. Theme and note rows go with their
 * statements when those are deleted.
 */
export class ComparisonStore {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly insert: Statement
  private readonly updateRow: Statement
  private readonly remove: Statement
  private readonly selectThemes: Statement
  private readonly selectThemeStatements: Statement
  private readonly clearThemes: Statement
  private readonly insertTheme: Statement
  private readonly insertThemeStatement: Statement
  private readonly selectNotes: Statement
  private readonly upsertNote: Statement
  private readonly deleteNote: Statement
  private readonly existingStatements: Statement
  private readonly touch: Statement

  constructor(private readonly db: Db) {
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM comparisons ORDER BY updated_at DESC, id DESC`)
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM comparisons WHERE id = ?`)
    this.insert = db
      .prepare('INSERT INTO comparisons (title, scope, actor_ids, layout, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
      .pluck()
    this.updateRow = db.prepare('UPDATE comparisons SET title = ?, scope = ?, actor_ids = ?, layout = ?, updated_at = ? WHERE id = ?')
    this.remove = db.prepare('DELETE FROM comparisons WHERE id = ?')
    this.selectThemes = db.prepare('SELECT theme_id AS id, title FROM comparison_themes WHERE comparison_id = ? ORDER BY position')
    this.selectThemeStatements = db
      .prepare('SELECT statement_id FROM comparison_theme_statements WHERE comparison_id = ? AND theme_id = ? ORDER BY statement_id')
      .pluck()
    this.clearThemes = db.prepare('DELETE FROM comparison_themes WHERE comparison_id = ?')
    this.insertTheme = db.prepare('INSERT INTO comparison_themes (comparison_id, theme_id, position, title) VALUES (?, ?, ?, ?)')
    this.insertThemeStatement = db.prepare(
      'INSERT OR IGNORE INTO comparison_theme_statements (comparison_id, theme_id, statement_id) VALUES (?, ?, ?)',
    )
    this.selectNotes = db.prepare(
      'SELECT statement_id AS statementId, note, translation FROM comparison_card_notes WHERE comparison_id = ? ORDER BY statement_id',
    )
    this.upsertNote = db.prepare(`INSERT INTO comparison_card_notes (comparison_id, statement_id, note, translation) VALUES (?, ?, ?, ?)
      ON CONFLICT (comparison_id, statement_id) DO UPDATE SET note = excluded.note, translation = excluded.translation`)
    this.deleteNote = db.prepare('DELETE FROM comparison_card_notes WHERE comparison_id = ? AND statement_id = ?')
    this.existingStatements = db.prepare('SELECT id FROM statements WHERE id IN (SELECT value FROM json_each(?))').pluck()
    this.touch = db.prepare('UPDATE comparisons SET updated_at = ? WHERE id = ?')
  }

  list(): SavedComparisonSummary[] {
    return (this.selectAll.all() as ComparisonRow[]).map(toSummary)
  }

  get(id: number): SavedComparison | null {
    const row = this.selectOne.get(id) as ComparisonRow | undefined
    if (!row) return null
    const summary = toSummary(row)
    const spec: ComparisonSpec = {
      title: row.title,
      scope: JSON.parse(row.scope) as CompareScope,
      actorIds: summary.actorIds,
      layout: row.layout,
      themes: this.themes(id),
      cardNotes: (this.selectNotes.all(id) as { statementId: number; note: string | null; translation: string | null }[]).map((n) => ({
        statementId: n.statementId,
        ...(n.note !== null ? { note: n.note } : {}),
        ...(n.translation !== null ? { translation: n.translation } : {}),
      })),
    }
    return { ...summary, spec }
  }

  require(id: number): SavedComparison {
    const saved = this.get(id)
    if (!saved) throw notFound(`Comparison ${id}`)
    return saved
  }

  /** Saves a spec whose title has been settled (the caller names untitled ones). */
  create(spec: ComparisonSpecInput & { title: string }, now = new Date()): SavedComparison {
    return this.db.transaction(() => {
      const stamp = now.toISOString()
      const id = this.insert.get(spec.title, JSON.stringify(spec.scope), JSON.stringify(spec.actorIds), spec.layout, stamp, stamp) as number
      this.writeThemes(id, spec.themes ?? [])
      for (const n of spec.cardNotes ?? []) this.writeNote(id, n)
      return this.require(id)
    })()
  }

  update(id: number, patch: Partial<ComparisonSpec>, now = new Date()): SavedComparison {
    return this.db.transaction(() => {
      const { spec } = this.require(id)
      const next = { ...spec, ...patch }
      this.updateRow.run(next.title, JSON.stringify(next.scope), JSON.stringify(next.actorIds), next.layout, now.toISOString(), id)
      if (patch.themes) this.writeThemes(id, patch.themes)
      if (patch.cardNotes) for (const n of patch.cardNotes) this.writeNote(id, n)
      return this.require(id)
    })()
  }

  delete(id: number): void {
    if (this.remove.run(id).changes === 0) throw notFound(`Comparison ${id}`)
  }

  /** Sets or clears (empty text) a card's note and translation. */
  setCardNote(id: number, note: CardNote, now = new Date()): SavedComparison {
    return this.db.transaction(() => {
      this.require(id)
      this.writeNote(id, note)
      this.touch.run(now.toISOString(), id)
      return this.require(id)
    })()
  }

  setThemes(id: number, themes: ThemeDef[], now = new Date()): SavedComparison {
    return this.db.transaction(() => {
      this.require(id)
      this.writeThemes(id, themes)
      this.touch.run(now.toISOString(), id)
      return this.require(id)
    })()
  }

  /** Appends a theme made of the given statements, taking them out of any other theme. */
  addTheme(id: number, title: string, statementIds: number[], now = new Date()): SavedComparison {
    const { spec } = this.require(id)
    const taken = new Set(statementIds)
    const themes = spec.themes
      .map((t) => ({ ...t, statementIds: t.statementIds.filter((s) => !taken.has(s)) }))
      .concat({ id: randomUUID(), title, statementIds })
    return this.setThemes(id, themes, now)
  }

  private themes(id: number): ThemeDef[] {
    return (this.selectThemes.all(id) as { id: string; title: string }[]).map((t) => ({
      ...t,
      statementIds: this.selectThemeStatements.all(id, t.id) as number[],
    }))
  }

  private writeThemes(id: number, themes: readonly ThemeDef[]): void {
    this.clearThemes.run(id)
    themes.forEach((t, position) => {
      this.insertTheme.run(id, t.id, position, t.title.trim() || '—')
      for (const sid of this.existing(t.statementIds)) this.insertThemeStatement.run(id, t.id, sid)
    })
  }

  private writeNote(id: number, n: CardNote): void {
    const note = n.note?.trim() || null
    const translation = n.translation?.trim() || null
    if (note === null && translation === null) this.deleteNote.run(id, n.statementId)
    else if (this.existing([n.statementId]).length) this.upsertNote.run(id, n.statementId, note, translation)
  }

  private existing(statementIds: readonly number[]): number[] {
    return this.existingStatements.all(JSON.stringify(statementIds)) as number[]
  }
}

function toSummary(row: ComparisonRow): SavedComparisonSummary {
  return {
    id: row.id,
    title: row.title,
    layout: row.layout,
    actorIds: JSON.parse(row.actorIds) as string[],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}
