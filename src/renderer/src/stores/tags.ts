/** Tags: the list with counts, and every change to tags; the library list is refreshed after each change. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Tag } from '../../../shared/api'
import { api } from '../api'
import { useLibraryStore } from './library'
import { useNoticesStore } from './notices'

export const useTagsStore = defineStore('tags', () => {
  const tags = ref<Tag[]>([])
  const loaded = ref(false)

  async function load(): Promise<void> {
    try {
      tags.value = await api.tags.list()
      loaded.value = true
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  /** Runs a change, then reloads tags and the visible library rows; errors become notices. */
  async function change<T>(run: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await run()
      await load()
      void useLibraryStore().refresh()
      return result
    } catch (err) {
      useNoticesStore().error(err)
      return undefined
    }
  }

  const byId = (id: number) => tags.value.find((t) => t.id === id)

  return {
    tags,
    loaded,
    load,
    byId,
    create: (name: string, color?: string) => change(() => api.tags.create(name, color)),
    rename: (id: number, name: string) => change(() => api.tags.rename(id, name)),
    recolor: (id: number, color: string) => change(() => api.tags.recolor(id, color)),
    merge: (sourceId: number, targetId: number) => change(() => api.tags.merge(sourceId, targetId)),
    remove: (id: number) => change(() => api.tags.remove(id)),
    addToArticles: (articleIds: number[], name: string) => change(() => api.tags.addToArticles(articleIds, name)),
    removeFromArticles: (articleIds: number[], tagId: number) =>
      change(async () => {
        await api.tags.removeFromArticles(articleIds, tagId)
        return true
      }),
  }
})
