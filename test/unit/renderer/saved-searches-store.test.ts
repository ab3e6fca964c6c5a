import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SavedQuery, SavedSearch } from '../../../src/shared/api'

/** A window.api with just what the saved-searches and library stores call, saved searches kept in memory. */
function fakeApi() {
  let searches: SavedSearch[] = []
  let nextId = 1
  const listeners = new Map<string, (payload: unknown) => void>()
  const api = {
    searches: {
      list: vi.fn(async () => searches.map((s) => ({ ...s }))),
      save: vi.fn(async (name: string, query: SavedQuery) => {
        const saved: SavedSearch = { id: nextId++, name, query, createdAt: 'now', openedAt: null, newCount: 0 }
        searches.push(saved)
        return saved
      }),
      open: vi.fn(async (id: number) => {
        const s = searches.find((x) => x.id === id)!
        Object.assign(s, { openedAt: 'later', newCount: 0 })
        return { ...s }
      }),
      remove: vi.fn(async (id: number) => void (searches = searches.filter((s) => s.id !== id))),
    },
    library: { search: vi.fn(async () => ({ total: 0, offset: 0, hits: [] })) },
    on: vi.fn((event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener)
      return () => listeners.delete(event)
    }),
    /** Test hooks. */
    setNewCount: (id: number, n: number) => void (searches.find((s) => s.id === id)!.newCount = n),
    emit: (event: string) => listeners.get(event)?.({}),
  }
  return api
}

/** What the test uses of the two stores (they are loaded at run time, see beforeAll). */
interface SavedSearchesStore {
  searches: SavedSearch[]
  load(): Promise<void>
  listen(): void
  saveCurrent(name: string): Promise<SavedSearch | undefined>
  open(id: number): Promise<void>
  remove(id: number): Promise<boolean>
}
interface LibraryStore {
  filters: Record<string, unknown>
  setFilters(patch: Record<string, unknown>): void
}

let api: ReturnType<typeof fakeApi>
let stores: { useSavedSearchesStore: () => SavedSearchesStore; useLibraryStore: () => LibraryStore }
/** Imported by a computed path: the stores belong to the renderer's (DOM) type project, not this one. */
const STORES = '../../../src/renderer/src/stores/'

beforeAll(async () => {
  api = fakeApi()
  // The renderer's api module reads window.api once, when first imported.
  ;(globalThis as { window?: unknown }).window = { api }
  stores = {
    useSavedSearchesStore: (await import(/* @vite-ignore */ `${STORES}saved-searches`)).useSavedSearchesStore,
    useLibraryStore: (await import(/* @vite-ignore */ `${STORES}library`)).useLibraryStore,
  }
})

beforeEach(() => setActivePinia(createPinia()))

describe('saved searches store', () => {
  it("saves the library's words and filters under a name", async () => {
    const library = stores.useLibraryStore()
    library.setFilters({ text: ' Unruhen ', languages: ['de'], from: '2024-01-01' })
    const saved = stores.useSavedSearchesStore()
    await saved.saveCurrent('Unruhen DE')
    expect(api.searches.save).toHaveBeenLastCalledWith('Unruhen DE', { text: 'Unruhen', languages: ['de'], from: '2024-01-01', sort: 'relevance' })
    expect(saved.searches.map((s) => s.name)).toContain('Unruhen DE')
  })

  it('opens a saved search: the library shows its query and its count goes back to zero', async () => {
    const saved = stores.useSavedSearchesStore()
    const created = await saved.saveCurrent('Kasachstan')
    api.setNewCount(created!.id, 3)
    await saved.load()
    expect(saved.searches.find((s) => s.id === created!.id)!.newCount).toBe(3)
    await api.searches.save('Filters only', { tagIds: [7] })
    await saved.load()
    const filtersOnly = saved.searches.find((s) => s.name === 'Filters only')!
    await saved.open(filtersOnly.id)
    expect(stores.useLibraryStore().filters).toMatchObject({ text: '', tagIds: [7], sort: 'imported-desc' })
    await saved.open(created!.id)
    expect(api.searches.open).toHaveBeenLastCalledWith(created!.id)
    expect(saved.searches.find((s) => s.id === created!.id)!.newCount).toBe(0)
  })

  it('reloads the counts when articles arrive (imports, fetch jobs)', async () => {
    vi.useFakeTimers()
    try {
      const saved = stores.useSavedSearchesStore()
      saved.listen()
      const calls = api.searches.list.mock.calls.length
      api.emit('jobs.changed')
      api.emit('import.done')
      await vi.advanceTimersByTimeAsync(400)
      // A burst of events reloads once.
      expect(api.searches.list.mock.calls.length).toBe(calls + 1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('deletes a saved search', async () => {
    const saved = stores.useSavedSearchesStore()
    await saved.load()
    const first = saved.searches[0]
    expect(await saved.remove(first.id)).toBe(true)
    expect(saved.searches.some((s) => s.id === first.id)).toBe(false)
  })
})
