/**
 * The comparison being worked on: its spec (scope, actors in column order, layout, themes, card
 * notes), the model main builds from it, and the saved comparisons. Notes and themes of a saved
 * comparison are stored as they are edited; scope, actors, layout and title when saved.
 */
import { defineStore } from 'pinia'
import { computed, ref, toRaw } from 'vue'
import type {
  CardNote,
  CompareLayout,
  CompareScope,
  ComparisonModel,
  ComparisonSpec,
  ComparisonTarget,
  ExportOptions,
  SavedComparisonSummary,
  ScopeActor,
  ScopePerson,
  ThemeDef,
} from '../../../shared/api'
import { api } from '../api'
import { i18n } from '../i18n'
import { useNoticesStore } from './notices'

export const MAX_ACTORS = 6

const emptySpec = (): ComparisonSpec => ({ title: '', scope: {}, actorIds: [], layout: 'timeline', themes: [], cardNotes: [] })

/** A plain copy for IPC (structured clone refuses Vue proxies). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(toRaw(value))) as T

export const useCompareStore = defineStore('compare', () => {
  const notices = useNoticesStore()
  const spec = ref<ComparisonSpec>(emptySpec())
  const savedId = ref<number | null>(null)
  const dirty = ref(false)
  const model = ref<ComparisonModel | null>(null)
  const building = ref(false)
  const scopeActors = ref<ScopeActor[]>([])
  /** Known persons with statements in the scope: columns of their own. */
  const scopePersons = ref<ScopePerson[]>([])
  const saved = ref<SavedComparisonSummary[]>([])
  let buildSeq = 0

  const ready = computed(() => spec.value.actorIds.length >= 2)

  async function loadSaved(): Promise<void> {
    try {
      saved.value = await api.compare.list()
    } catch (err) {
      notices.error(err)
    }
  }

  async function loadScopeActors(): Promise<void> {
    try {
      const scope = plain(spec.value.scope)
      ;[scopeActors.value, scopePersons.value] = await Promise.all([api.compare.actorsInScope(scope), api.compare.personsInScope(scope)])
    } catch (err) {
      scopeActors.value = []
      scopePersons.value = []
      notices.error(err)
    }
  }

  /** Rebuilds the model; a slower, older build never overwrites a newer one. */
  async function rebuild(): Promise<void> {
    const seq = ++buildSeq
    if (!ready.value) {
      model.value = null
      return
    }
    building.value = true
    try {
      const next = await api.compare.build(plain(spec.value))
      if (seq === buildSeq) model.value = next
    } catch (err) {
      if (seq === buildSeq) model.value = null
      notices.error(err)
    } finally {
      if (seq === buildSeq) building.value = false
    }
  }

  function edit(change: (s: ComparisonSpec) => void): void {
    change(spec.value)
    dirty.value = true
  }

  async function setScope(scope: CompareScope): Promise<void> {
    edit((s) => (s.scope = scope))
    await loadScopeActors()
    await rebuild()
  }

  async function setActors(actorIds: string[]): Promise<void> {
    edit((s) => (s.actorIds = actorIds.slice(0, MAX_ACTORS)))
    await rebuild()
  }

  async function setLayout(layout: CompareLayout): Promise<void> {
    edit((s) => (s.layout = layout))
    await rebuild()
  }

  function setTitle(title: string): void {
    edit((s) => (s.title = title))
  }

  function reset(scope: CompareScope = {}): void {
    spec.value = { ...emptySpec(), scope }
    savedId.value = null
    dirty.value = false
    model.value = null
    void loadScopeActors().then(() => {
      // Opened from an event: its two most frequent speakers side by side, so there is something to see at once.
      if (scope.eventId !== undefined && spec.value.actorIds.length === 0 && scopeActors.value.length >= 2) {
        void setActors(scopeActors.value.slice(0, 2).map((a) => a.actor.id))
      }
    })
  }

  async function open(id: number): Promise<boolean> {
    try {
      const found = await api.compare.get(id)
      if (!found) return false
      spec.value = found.spec
      savedId.value = found.id
      dirty.value = false
      await Promise.all([loadScopeActors(), rebuild()])
      return true
    } catch (err) {
      notices.error(err)
      return false
    }
  }

  /** Saves (a new comparison, or the open one unless `asNew`); the saved id, or null on failure. */
  async function save(asNew = false): Promise<number | null> {
    try {
      const s = plain(spec.value)
      const result = savedId.value !== null && !asNew ? await api.compare.update(savedId.value, s) : await api.compare.save(s)
      spec.value = result.spec
      savedId.value = result.id
      dirty.value = false
      await loadSaved()
      return result.id
    } catch (err) {
      notices.error(err)
      return null
    }
  }

  async function removeSaved(id: number): Promise<void> {
    try {
      await api.compare.delete(id)
      if (savedId.value === id) reset(spec.value.scope)
      await loadSaved()
    } catch (err) {
      notices.error(err)
    }
  }

  /** Persists themes of a saved comparison right away; an unsaved one keeps them until saved. */
  async function applyThemes(themes: ThemeDef[]): Promise<void> {
    spec.value.themes = themes
    if (savedId.value !== null) {
      try {
        spec.value = (await api.compare.setThemes(savedId.value, plain(themes))).spec
      } catch (err) {
        notices.error(err)
      }
    } else dirty.value = true
    await rebuild()
  }

  function newThemeId(): string {
    return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  }

  /** Makes a suggestion a theme; its statements leave any other theme. */
  function acceptSuggestion(label: string, statementIds: number[]): Promise<void> {
    const taken = new Set(statementIds)
    const themes = spec.value.themes.map((t) => ({ ...t, statementIds: t.statementIds.filter((id) => !taken.has(id)) }))
    return applyThemes([...themes, { id: newThemeId(), title: label, statementIds }])
  }

  /** Moves a statement into a theme (or a new one, or none). */
  function moveToTheme(statementId: number, target: string | null, newTitle = ''): Promise<void> {
    const themes = spec.value.themes.map((t) => ({ ...t, statementIds: t.statementIds.filter((id) => id !== statementId) }))
    if (target === 'new') themes.push({ id: newThemeId(), title: newTitle, statementIds: [statementId] })
    else if (target !== null) themes.find((t) => t.id === target)?.statementIds.push(statementId)
    return applyThemes(themes)
  }

  function renameTheme(id: string, title: string): Promise<void> {
    return applyThemes(spec.value.themes.map((t) => (t.id === id ? { ...t, title } : t)))
  }

  function moveTheme(id: string, by: -1 | 1): Promise<void> {
    const themes = [...spec.value.themes]
    const at = themes.findIndex((t) => t.id === id)
    if (at < 0 || at + by < 0 || at + by >= themes.length) return Promise.resolve()
    themes.splice(at + by, 0, ...themes.splice(at, 1))
    return applyThemes(themes)
  }

  function removeTheme(id: string): Promise<void> {
    return applyThemes(spec.value.themes.filter((t) => t.id !== id))
  }

  async function setCardNote(note: CardNote): Promise<void> {
    const others = spec.value.cardNotes.filter((n) => n.statementId !== note.statementId)
    spec.value.cardNotes = note.note || note.translation ? [...others, note] : others
    if (savedId.value !== null) {
      try {
        spec.value = (await api.compare.setCardNote(savedId.value, plain(note))).spec
      } catch (err) {
        notices.error(err)
      }
    } else dirty.value = true
    await rebuild()
  }

  /** Takes a statement out of the event the comparison is scoped to (misattributed, off-topic). */
  async function removeFromEvent(statementId: number): Promise<void> {
    const eventId = spec.value.scope.eventId
    if (eventId === undefined) return
    try {
      await api.events.removeStatements(eventId, [statementId])
      // Taken out at once, with a way back: a click too many should cost nothing.
      notices.info(i18n.global.t('compare.card.removed'), { label: i18n.global.t('compare.card.undo'), run: () => void restoreToEvent(eventId, statementId) })
    } catch (err) {
      notices.error(err)
    }
    await Promise.all([loadScopeActors(), rebuild()])
  }

  /** Puts a statement taken out of an event back (Undo). */
  async function restoreToEvent(eventId: number, statementId: number): Promise<void> {
    try {
      await api.events.addStatements(eventId, [statementId])
    } catch (err) {
      notices.error(err)
    }
    await Promise.all([loadScopeActors(), rebuild()])
  }

  /** What exports and printing work on: the saved comparison, or the spec as it stands. */
  const target = (): ComparisonTarget => (savedId.value !== null && !dirty.value ? savedId.value : plain(spec.value))

  async function exportAs(format: 'html' | 'json' | 'csv', options: ExportOptions = {}): Promise<string | null> {
    try {
      if (format === 'html') return await api.compare.exportHtml(target(), options)
      if (format === 'json') return await api.compare.exportJson(target())
      return await api.compare.exportCsv(target())
    } catch (err) {
      notices.error(err)
      return null
    }
  }

  /** The Word briefing as base64 bytes, or null when it failed (the notice says why). */
  async function exportDocx(options: ExportOptions = {}): Promise<string | null> {
    try {
      return await api.compare.exportDocx(target(), options)
    } catch (err) {
      notices.error(err)
      return null
    }
  }

  async function print(options: ExportOptions): Promise<void> {
    try {
      await api.compare.print(target(), options)
    } catch (err) {
      notices.error(err)
    }
  }

  async function savePdf(options: ExportOptions): Promise<string | null> {
    try {
      return await api.compare.printToPdf(target(), options)
    } catch (err) {
      notices.error(err)
      return null
    }
  }

  return {
    spec,
    savedId,
    dirty,
    model,
    building,
    scopeActors,
    scopePersons,
    saved,
    ready,
    loadSaved,
    loadScopeActors,
    rebuild,
    setScope,
    setActors,
    setLayout,
    setTitle,
    reset,
    open,
    save,
    removeSaved,
    acceptSuggestion,
    moveToTheme,
    renameTheme,
    moveTheme,
    removeTheme,
    setCardNote,
    removeFromEvent,
    exportAs,
    exportDocx,
    print,
    savePdf,
  }
})
