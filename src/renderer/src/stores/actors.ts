/** The actor registry for pickers and the Actors view. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ActorInput, ActorRecord, AliasInput } from '../../../shared/api'
import { api } from '../api'
import { useNoticesStore } from './notices'

export const useActorsStore = defineStore('actors', () => {
  const actors = ref<ActorRecord[]>([])
  const loaded = ref(false)

  async function load(): Promise<void> {
    try {
      actors.value = await api.actors.list()
      loaded.value = true
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  function put(actor: ActorRecord): void {
    const rest = actors.value.filter((a) => a.id !== actor.id)
    actors.value = [...rest, actor].sort((a, b) => a.name.localeCompare(b.name))
  }

  async function create(input: ActorInput): Promise<ActorRecord | null> {
    try {
      const actor = await api.actors.create(input)
      put(actor)
      return actor
    } catch (err) {
      useNoticesStore().error(err)
      return null
    }
  }

  async function addAlias(id: string, alias: AliasInput): Promise<ActorRecord | null> {
    try {
      const actor = await api.actors.addAlias(id, alias)
      put(actor)
      return actor
    } catch (err) {
      useNoticesStore().error(err)
      return null
    }
  }

  return { actors, loaded, load, create, addAlias }
})
