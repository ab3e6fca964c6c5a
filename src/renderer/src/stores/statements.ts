/**
 * The Statements view: the queue shown (attributed by default, the "needs a speaker" triage queue, or all),
 * filters and sort, a page of matching statements (more on demand) with the count of each queue, the row the
 * keyboard is on, selection, and review (bulk, or one statement: confirm, reject, choose its actor).
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ReviewState, StatementCounts, StatementFilter, StatementListItem, StatementQueue, StatementSort } from '../../../shared/api'
import { api } from '../api'
import { i18n } from '../i18n'
import { useNoticesStore } from './notices'

const PAGE = 100
/** The API's largest page: a reload keeps what was shown, up to this. */
const MAX_PAGE = 500

export type QueueTab = StatementQueue | 'all'

export const useStatementsStore = defineStore('statements', () => {
  /** The analyst's filters (actor, kind, review, language, text); the queue and the sort are kept apart. */
  const filter = ref<StatementFilter>({})
  const queue = ref<QueueTab>('attributed')
  const sort = ref<StatementSort>('date-desc')
  const items = ref<StatementListItem[]>([])
  const total = ref(0)
  const counts = ref<StatementCounts>({ all: 0, attributed: 0, needsSpeaker: 0 })
  const loading = ref(false)
  const selected = ref<Set<number>>(new Set())
  /** The row j/k move to and c/r/a/Enter act on. */
  const focusedId = ref<number | null>(null)
  const focused = computed(() => items.value.find((s) => s.id === focusedId.value) ?? null)
  let seq = 0

  const query = (): StatementFilter => ({ ...filter.value, queue: queue.value === 'all' ? undefined : queue.value, sort: sort.value })

  /**
   * Loads the first page (or the next, with `more`); `keep` reloads as many rows as are shown and keeps the
   * keyboard at the same position — on the row, or where it was when the row left the list.
   */
  async function load(more = false, keep = false): Promise<void> {
    const mine = ++seq
    loading.value = true
    const position = items.value.findIndex((s) => s.id === focusedId.value)
    try {
      const limit = keep ? Math.min(MAX_PAGE, Math.max(PAGE, items.value.length)) : PAGE
      const [page, totals] = await Promise.all([
        api.statements.list({ ...query(), offset: more ? items.value.length : 0, limit }),
        more ? Promise.resolve(counts.value) : api.statements.counts(filter.value),
      ])
      if (mine !== seq) return
      items.value = more ? [...items.value, ...page.items] : page.items
      total.value = page.total
      counts.value = totals
      // Selection follows what is shown.
      const shown = new Set(items.value.map((s) => s.id))
      selected.value = new Set([...selected.value].filter((id) => shown.has(id)))
      if (keep && focusedId.value !== null && !shown.has(focusedId.value)) {
        focusedId.value = items.value[Math.min(position, items.value.length - 1)]?.id ?? null
      } else if (!keep && !more) {
        focusedId.value = null
      }
    } catch (err) {
      useNoticesStore().error(err)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function setFilter(next: StatementFilter): void {
    filter.value = next
    void load()
  }

  function setQueue(next: QueueTab): void {
    if (queue.value === next) return
    queue.value = next
    void load()
  }

  function setSort(next: StatementSort): void {
    sort.value = next
    void load()
  }

  /** Filters and queue from a link (e.g. the Actors view's "n statements"). */
  function show(next: { filter: StatementFilter; queue: QueueTab }): void {
    filter.value = next.filter
    queue.value = next.queue
    void load()
  }

  function toggle(id: number, on: boolean): void {
    const next = new Set(selected.value)
    if (on) next.add(id)
    else next.delete(id)
    selected.value = next
  }

  function selectAll(on: boolean): void {
    selected.value = on ? new Set(items.value.map((s) => s.id)) : new Set()
  }

  /** Moves the keyboard to the next/previous row; returns it. */
  function step(by: 1 | -1): StatementListItem | null {
    const n = items.value.length
    if (!n) return null
    const i = items.value.findIndex((s) => s.id === focusedId.value)
    const next = items.value[i < 0 ? (by > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, i + by))]
    focusedId.value = next.id
    return next
  }

  async function review(state: ReviewState, ids = [...selected.value]): Promise<void> {
    if (!ids.length) return
    try {
      const n = await api.statements.review(ids, state)
      useNoticesStore().info(i18n.global.t('statements.reviewed', { n }, n))
      await load(false, true)
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  /** Confirms or rejects one statement; in the triage queue it leaves, and the keyboard moves on to the next. */
  async function reviewOne(id: number, state: ReviewState): Promise<void> {
    try {
      await api.statements.update(id, { review: state })
      await load(false, true)
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  /** Chooses the statement's actor (or none); the service marks it reviewed, so it leaves the triage queue. */
  async function setActor(id: number, actorId: string | null): Promise<boolean> {
    try {
      await api.statements.update(id, { actorId })
      useNoticesStore().info(i18n.global.t('statements.updated'))
      await load(false, true)
      return true
    } catch (err) {
      useNoticesStore().error(err)
      return false
    }
  }

  /** Sets who said it (a person of the library) or clears it; a correction re-extraction keeps. */
  async function setPerson(id: number, personId: string | null): Promise<boolean> {
    try {
      await api.statements.update(id, { personId })
      useNoticesStore().info(i18n.global.t('statements.updated'))
      await load(false, true)
      return true
    } catch (err) {
      useNoticesStore().error(err)
      return false
    }
  }

  return {
    filter,
    queue,
    sort,
    items,
    total,
    counts,
    loading,
    selected,
    focusedId,
    focused,
    load,
    setFilter,
    setQueue,
    setSort,
    show,
    toggle,
    selectAll,
    step,
    review,
    reviewOne,
    setActor,
    setPerson,
  }
})
