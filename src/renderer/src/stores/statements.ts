/** The Statements view: filters, a page of matching statements (more on demand), selection, bulk review. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ReviewState, StatementFilter, StatementListItem } from '../../../shared/api'
import { api } from '../api'
import { i18n } from '../i18n'
import { useNoticesStore } from './notices'

const PAGE = 100

export const useStatementsStore = defineStore('statements', () => {
  const filter = ref<StatementFilter>({})
  const items = ref<StatementListItem[]>([])
  const total = ref(0)
  const loading = ref(false)
  const selected = ref<Set<number>>(new Set())
  let seq = 0

  async function load(more = false): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const page = await api.statements.list({ ...filter.value, offset: more ? items.value.length : 0, limit: PAGE })
      if (mine !== seq) return
      items.value = more ? [...items.value, ...page.items] : page.items
      total.value = page.total
      // Selection follows what is shown.
      const shown = new Set(items.value.map((s) => s.id))
      selected.value = new Set([...selected.value].filter((id) => shown.has(id)))
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

  function toggle(id: number, on: boolean): void {
    const next = new Set(selected.value)
    if (on) next.add(id)
    else next.delete(id)
    selected.value = next
  }

  function selectAll(on: boolean): void {
    selected.value = on ? new Set(items.value.map((s) => s.id)) : new Set()
  }

  async function review(state: ReviewState, ids = [...selected.value]): Promise<void> {
    if (!ids.length) return
    try {
      const n = await api.statements.review(ids, state)
      useNoticesStore().info(i18n.global.t('statements.reviewed', { n }, n))
      await load()
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  return { filter, items, total, loading, selected, load, setFilter, toggle, selectAll, review }
})
