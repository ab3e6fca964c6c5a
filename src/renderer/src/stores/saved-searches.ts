/**
 * Saved searches: the list with each one's count of new matching articles (shown in the sidebar),
 * saving the library's current query, and opening one, which applies it to the library and resets
 * its count. Imports and fetch jobs bring new articles, so their events reload the counts.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SavedSearch } from '../../../shared/api'
import { api } from '../api'
import { useLibraryStore } from './library'
import { useNoticesStore } from './notices'

/** Bursts of events (a feed importing many items) reload the counts once. */
const RELOAD_DELAY_MS = 300

export const useSavedSearchesStore = defineStore('savedSearches', () => {
  const searches = ref<SavedSearch[]>([])
  let reloadTimer: ReturnType<typeof setTimeout> | null = null

  async function load(): Promise<void> {
    try {
      searches.value = await api.searches.list()
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  function scheduleReload(): void {
    if (reloadTimer) return
    reloadTimer = setTimeout(() => {
      reloadTimer = null
      void load()
    }, RELOAD_DELAY_MS)
  }

  /** Subscribes once, at app start: new articles change the counts. */
  function listen(): void {
    api.on('import.done', scheduleReload)
    api.on('jobs.changed', scheduleReload)
  }

  /** Saves the library's current words and filters under `name`. */
  async function saveCurrent(name: string): Promise<SavedSearch | undefined> {
    const f = useLibraryStore().filters
    try {
      const saved = await api.searches.save(name, {
        ...(f.text.trim() ? { text: f.text.trim() } : {}),
        ...(f.tagIds.length ? { tagIds: f.tagIds } : {}),
        ...(f.sourceIds.length ? { sourceIds: f.sourceIds } : {}),
        ...(f.languages.length ? { languages: f.languages } : {}),
        ...(f.from ? { from: f.from } : {}),
        ...(f.to ? { to: f.to } : {}),
        sort: f.sort,
      })
      await load()
      return saved
    } catch (err) {
      useNoticesStore().error(err)
      return undefined
    }
  }

  /** Shows the search's articles in the library and marks it opened (its count goes to zero). */
  async function open(id: number): Promise<void> {
    try {
      const saved = await api.searches.open(id)
      const q = saved.query
      useLibraryStore().setFilters({
        text: q.text ?? '',
        tagIds: q.tagIds ?? [],
        sourceIds: q.sourceIds ?? [],
        languages: q.languages ?? [],
        from: q.from ?? '',
        to: q.to ?? '',
        sort: q.sort ?? (q.text ? 'relevance' : 'imported-desc'),
      })
      searches.value = searches.value.map((s) => (s.id === id ? saved : s))
    } catch (err) {
      useNoticesStore().error(err)
      void load()
    }
  }

  async function remove(id: number): Promise<boolean> {
    try {
      await api.searches.remove(id)
      await load()
      return true
    } catch (err) {
      useNoticesStore().error(err)
      return false
    }
  }

  return { searches, load, listen, saveCurrent, open, remove }
})
