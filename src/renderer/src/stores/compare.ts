/**
 * The comparison being worked on: its spec (scope, actors in column order, layout, themes, card
 * notes), what main shows of it, and the saved comparisons. Notes and themes of a saved comparison
 * are stored as they are edited; scope, actors, layout and title when saved.
 *
 * A comparison arrives in parts, so one over a year of a large library is on screen at once: the
 * overview (columns, every row with its counts), then the cards of the first rows, further rows as
 * the analyst scrolls (`loadMore`), and the recurring phrases, computed over all cards, last. The
 * themes layout's overview may come before its suggested themes are found (`analysing`): the
 * analyst's own themes first, the suggestions and the rest once main has grouped them (`settle`).
 */
import { defineStore } from 'pinia'
import { computed, ref, toRaw } from 'vue'
import { COMPARE_PAGE_MAX_ROWS, pageRowCount } from '../../../shared/api'
import type {
  CardNote,
  CompareLayout,
  CompareScope,
  ComparisonCard,
  ComparisonOverview,
  ComparisonRow,
  ComparisonSpec,
  ComparisonSpecInput,
  ComparisonTarget,
  ExportOptions,
  Highlight,
  RecurringPhrase,
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
  const overview = ref<ComparisonOverview | null>(null)
  /** The rows loaded so far, from the first: `overview.rows` up to `rows.length`, with their cells. */
  const rows = ref<ComparisonRow[]>([])
  const cards = ref(new Map<number, ComparisonCard>())
  /** Recurring phrases over the whole comparison, and their places per card; empty until they arrive. */
  const phrases = ref<RecurringPhrase[]>([])
  const highlights = ref(new Map<number, Highlight[]>())
  const building = ref(false)
  /** An edit of the themes layout waits for its suggested themes again; the comparison before stays shown. */
  const refreshing = ref(false)
  const loadingMore = ref(false)
  const scopeActors = ref<ScopeActor[]>([])
  /** Known persons with statements in the scope: columns of their own. */
  const scopePersons = ref<ScopePerson[]>([])
  const saved = ref<SavedComparisonSummary[]>([])
  let buildSeq = 0

  const ready = computed(() => spec.value.actorIds.length >= 2)
  const complete = computed(() => !overview.value || rows.value.length >= overview.value.rows.length)

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

  /** Rows `offset` … `offset + count - 1` with their cards, in requests main accepts. */
  async function fetchRows(s: ComparisonSpecInput, offset: number, count: number): Promise<{ rows: ComparisonRow[]; cards: ComparisonCard[] }> {
    const out = { rows: [] as ComparisonRow[], cards: [] as ComparisonCard[] }
    for (let at = offset; at < offset + count; at += COMPARE_PAGE_MAX_ROWS) {
      const page = await api.compare.page(s, { offset: at, limit: Math.min(COMPARE_PAGE_MAX_ROWS, offset + count - at) })
      out.rows.push(...page.rows)
      out.cards.push(...page.cards)
      if (page.rows.length === 0) break
    }
    return out
  }

  /**
   * Rebuilds what is shown: the overview, then the first page — or, with `keepPlace` (an edited note or
   * theme, a card taken out), as many rows as were loaded before — then the phrases. A slower, older
   * build never overwrites a newer one. An edit keeps the comparison on screen until the new one is
   * whole (a pending themes overview would take the rows below the analyst's themes away meanwhile);
   * a new comparison shows what is known at once and the suggested themes when they are found.
   */
  async function rebuild(keepPlace = false): Promise<void> {
    const seq = ++buildSeq
    if (!ready.value) {
      clearShown()
      return
    }
    building.value = true
    const s = plain(spec.value)
    const before = keepPlace ? rows.value.length : 0
    try {
      let next = await api.compare.overview(s)
      if (seq !== buildSeq) return
      if (keepPlace && next.analysing) {
        refreshing.value = true
        next = await api.compare.settled(s)
      }
      if (seq !== buildSeq) return
      const first = await fetchRows(s, 0, Math.max(before, pageRowCount(next, 0)))
      if (seq !== buildSeq) return
      overview.value = next
      rows.value = first.rows
      cards.value = new Map(first.cards.map((c) => [c.statementId, c]))
      // Another comparison's phrases must not stand over this one's cards until its own arrive
      // (an edit keeps them: the same comparison, they change little).
      if (!keepPlace) {
        phrases.value = []
        highlights.value = new Map()
      }
      building.value = false
      if (next.analysing) void settle(seq, s)
      void loadPhrases(seq, s)
    } catch (err) {
      if (seq === buildSeq) clearShown()
      notices.error(err)
    } finally {
      if (seq === buildSeq) building.value = false
      if (seq === buildSeq) refreshing.value = false
    }
  }

  function clearShown(): void {
    overview.value = null
    rows.value = []
    cards.value = new Map()
    phrases.value = []
    highlights.value = new Map()
  }

  /**
   * The whole themes overview once its suggested themes are found. The rows loaded so far are the
   * analyst's themes, which come first in it too (numbered alike): they stay, and the rest loads as the
   * analyst scrolls.
   */
  async function settle(seq: number, s: ComparisonSpecInput): Promise<void> {
    try {
      const whole = await api.compare.settled(s)
      if (seq === buildSeq) overview.value = whole
    } catch (err) {
      if (seq === buildSeq) notices.error(err)
    }
  }

  /** The recurring phrases, after the first screen (they read every card of the comparison). */
  async function loadPhrases(seq: number, s: ComparisonSpecInput): Promise<void> {
    try {
      const found = await api.compare.phrases(s)
      if (seq !== buildSeq) return
      phrases.value = found.phrases
      highlights.value = new Map(found.highlights.map((h) => [h.statementId, h.highlights]))
    } catch (err) {
      if (seq === buildSeq) notices.error(err)
    }
  }

  /** The next rows, as the analyst scrolls towards the end of those loaded. */
  async function loadMore(): Promise<void> {
    const of = overview.value
    if (!of || loadingMore.value || building.value || complete.value) return
    const seq = buildSeq
    loadingMore.value = true
    try {
      const offset = rows.value.length
      const more = await fetchRows(plain(spec.value), offset, pageRowCount(of, offset))
      // A rebuild meanwhile has replaced the rows; these belong to the comparison before it.
      if (seq !== buildSeq || rows.value.length !== offset) return
      rows.value = [...rows.value, ...more.rows]
      const next = new Map(cards.value)
      for (const c of more.cards) next.set(c.statementId, c)
      cards.value = next
    } catch (err) {
      notices.error(err)
    } finally {
      loadingMore.value = false
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
    clearShown()
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
    await rebuild(true)
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
    await rebuild(true)
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
    await Promise.all([loadScopeActors(), rebuild(true)])
  }

  /** Puts a statement taken out of an event back (Undo). */
  async function restoreToEvent(eventId: number, statementId: number): Promise<void> {
    try {
      await api.events.addStatements(eventId, [statementId])
    } catch (err) {
      notices.error(err)
    }
    await Promise.all([loadScopeActors(), rebuild(true)])
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
    overview,
    rows,
    cards,
    phrases,
    highlights,
    building,
    refreshing,
    loadingMore,
    complete,
    scopeActors,
    scopePersons,
    saved,
    ready,
    loadSaved,
    loadScopeActors,
    rebuild,
    loadMore,
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
