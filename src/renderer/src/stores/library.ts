/**
 * The library list: the current query, and the result rows fetched page by page as the list scrolls.
 * Only pages near what is visible are fetched and kept, so 100,000 articles cost a few hundred rows
 * of memory. Every query change starts a new generation; answers from an older one are dropped.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowReactive } from 'vue'
import type { SearchHit, SearchQuery, SortOrder, Source } from '../../../shared/api'
import { api } from '../api'
import { useNoticesStore } from './notices'

export const PAGE_SIZE = 100
/** Pages kept in memory; the ones farthest from the visible range are dropped first. */
const MAX_PAGES = 30
const MAX_CONCURRENT = 2
/** Fast scrolling passes many pages; wait this long for the range to settle before fetching. */
const SETTLE_MS = 40

export interface LibraryFilters {
  text: string
  tagIds: number[]
  sourceIds: number[]
  languages: string[]
  from: string
  to: string
  sort: SortOrder
}

const DEFAULT_SORT: SortOrder = 'imported-desc'

function emptyFilters(): LibraryFilters {
  return { text: '', tagIds: [], sourceIds: [], languages: [], from: '', to: '', sort: DEFAULT_SORT }
}

export const useLibraryStore = defineStore('library', () => {
  const filters = ref<LibraryFilters>(emptyFilters())
  /** Matching articles for the current query; null until the first answer. */
  const total = ref<number | null>(null)
  /** Articles in the whole library (for "n of total"). */
  const libraryCount = ref<number | null>(null)
  const pages = shallowReactive(new Map<number, SearchHit[]>())
  /** Bumped on every query change, so views can scroll back to the top. */
  const generation = ref(0)
  const loading = ref(false)
  const sources = ref<Source[]>([])
  const languages = ref<{ language: string; count: number }[]>([])
  /** Selected article ids (multi-select for bulk tagging); survives scrolling and paging. */
  const selected = ref(new Set<number>())

  const inFlight = new Set<number>()
  let wanted = { first: 0, last: 0 }
  let pumpTimer: ReturnType<typeof setTimeout> | null = null

  const hasFilters = computed(() => {
    const f = filters.value
    return f.tagIds.length > 0 || f.sourceIds.length > 0 || f.languages.length > 0 || f.from !== '' || f.to !== ''
  })
  const isFiltered = computed(() => hasFilters.value || filters.value.text.trim() !== '')

  function toQuery(offset: number): SearchQuery {
    const f = filters.value
    const text = f.text.trim()
    return {
      ...(text ? { text } : {}),
      ...(f.tagIds.length ? { tagIds: f.tagIds } : {}),
      ...(f.sourceIds.length ? { sourceIds: f.sourceIds } : {}),
      ...(f.languages.length ? { languages: f.languages } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
      // Relevance needs words to rank by; without them the newest imports come first.
      sort: f.sort === 'relevance' && !text ? DEFAULT_SORT : f.sort,
      offset,
      limit: PAGE_SIZE,
    }
  }

  async function fetchPage(page: number, gen: number): Promise<void> {
    inFlight.add(page)
    try {
      const result = await api.library.search(toQuery(page * PAGE_SIZE))
      if (gen !== generation.value) return
      total.value = result.total
      pages.set(page, result.hits)
      evictFarPages()
    } catch (err) {
      if (gen === generation.value) useNoticesStore().error(err)
    } finally {
      inFlight.delete(page)
      if (gen === generation.value) schedulePump(0)
    }
  }

  function evictFarPages(): void {
    if (pages.size <= MAX_PAGES) return
    const centre = (wanted.first + wanted.last) / 2
    const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre))
    for (const page of byDistance.slice(0, pages.size - MAX_PAGES)) pages.delete(page)
  }

  /** Fetches the missing pages of the wanted range, a couple at a time. */
  function pump(): void {
    pumpTimer = null
    const gen = generation.value
    for (let page = wanted.first; page <= wanted.last; page++) {
      if (inFlight.size >= MAX_CONCURRENT) return
      if (!pages.has(page) && !inFlight.has(page)) void fetchPage(page, gen)
    }
  }

  function schedulePump(delay = SETTLE_MS): void {
    if (pumpTimer !== null) clearTimeout(pumpTimer)
    pumpTimer = setTimeout(pump, delay)
  }

  /** Called by the list with the rows it shows (inclusive indexes). */
  function ensureRows(firstIndex: number, lastIndex: number): void {
    const first = Math.max(0, Math.floor(firstIndex / PAGE_SIZE))
    const last = Math.max(first, Math.floor(lastIndex / PAGE_SIZE))
    if (first === wanted.first && last === wanted.last && [...range(first, last)].every((p) => pages.has(p))) return
    wanted = { first, last }
    schedulePump()
  }

  function hitAt(index: number): SearchHit | undefined {
    return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  }

  /** Starts over with the current filters: first page at once (it also brings the total). */
  async function reload(): Promise<void> {
    generation.value++
    pages.clear()
    inFlight.clear()
    wanted = { first: 0, last: 0 }
    const gen = generation.value
    loading.value = true
    try {
      await fetchPage(0, gen)
    } finally {
      if (gen === generation.value) loading.value = false
    }
  }

  /**
   * Re-fetches the loaded pages in place (after tagging or an import), keeping the scroll position:
   * rows do not blink to "loading" and back.
   */
  async function refresh(): Promise<void> {
    const loaded = [...pages.keys()]
    const gen = generation.value
    await Promise.all(
      (loaded.length ? loaded : [0]).map(async (page) => {
        try {
          const result = await api.library.search(toQuery(page * PAGE_SIZE))
          if (gen !== generation.value) return
          total.value = result.total
          pages.set(page, result.hits)
        } catch (err) {
          if (gen === generation.value) useNoticesStore().error(err)
        }
      }),
    )
    void loadFacets()
  }

  function setFilters(patch: Partial<LibraryFilters>): void {
    const next = { ...filters.value, ...patch }
    // Searching ranks by relevance unless another order was chosen; clearing the words returns to the default.
    if (patch.text !== undefined) {
      const hadText = filters.value.text.trim() !== ''
      const hasText = next.text.trim() !== ''
      if (!hadText && hasText && next.sort === DEFAULT_SORT) next.sort = 'relevance'
      if (hadText && !hasText && next.sort === 'relevance') next.sort = DEFAULT_SORT
    }
    filters.value = next
    void reload()
  }

  function resetFilters(): void {
    const { text, sort } = filters.value
    filters.value = { ...emptyFilters(), text, sort }
    void reload()
  }

  async function loadFacets(): Promise<void> {
    try {
      const [s, l, info] = await Promise.all([api.library.sources(), api.library.languages(), api.library.info()])
      sources.value = s
      languages.value = l
      libraryCount.value = info.articleCount
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  function toggleSelected(id: number, on?: boolean): void {
    const next = new Set(selected.value)
    if (on ?? !next.has(id)) next.add(id)
    else next.delete(id)
    selected.value = next
  }

  function selectMany(ids: number[]): void {
    selected.value = new Set([...selected.value, ...ids])
  }

  function clearSelection(): void {
    selected.value = new Set()
  }

  return {
    filters,
    total,
    libraryCount,
    pages,
    generation,
    loading,
    sources,
    languages,
    selected,
    hasFilters,
    isFiltered,
    ensureRows,
    hitAt,
    reload,
    refresh,
    setFilters,
    resetFilters,
    loadFacets,
    toggleSelected,
    selectMany,
    clearSelection,
  }
})

function* range(first: number, last: number): Generator<number> {
  for (let i = first; i <= last; i++) yield i
}
