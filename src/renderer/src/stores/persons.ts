/** The persons the library knows (shipped and the analyst's own), for pickers. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PersonRecord } from '../../../shared/api'
import { api } from '../api'
import { useNoticesStore } from './notices'

export const usePersonsStore = defineStore('persons', () => {
  const persons = ref<PersonRecord[]>([])
  const loaded = ref(false)

  async function load(): Promise<void> {
    try {
      persons.value = await api.persons.list()
      loaded.value = true
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  return { persons, loaded, load }
})
