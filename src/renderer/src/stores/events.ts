/** Events: the list with counts, and every change to events; failures become notices. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { EventDetail, EventInput, EventSeed, EventSummary } from '../../../shared/api'
import { api } from '../api'
import { useNoticesStore } from './notices'

export const useEventsStore = defineStore('events', () => {
  const events = ref<EventSummary[]>([])
  const loaded = ref(false)

  async function load(): Promise<void> {
    try {
      events.value = await api.events.list()
      loaded.value = true
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  /** Runs a change and reloads the list; undefined when it failed (the notice says why). */
  async function change<T>(run: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await run()
      await load()
      return result
    } catch (err) {
      useNoticesStore().error(err)
      return undefined
    }
  }

  return {
    events,
    loaded,
    load,
    get: (id: number) => api.events.get(id),
    create: (input: EventInput, seed?: EventSeed): Promise<EventDetail | undefined> =>
      change(() => (seed ? api.events.create(input, seed) : api.events.create(input))),
    update: (id: number, patch: Partial<EventInput>) => change(() => api.events.update(id, patch)),
    remove: (id: number) => change(() => api.events.delete(id)),
    addStatements: (id: number, statementIds: number[]) => change(() => api.events.addStatements(id, statementIds)),
    removeStatements: (id: number, statementIds: number[]) => change(() => api.events.removeStatements(id, statementIds)),
  }
})
