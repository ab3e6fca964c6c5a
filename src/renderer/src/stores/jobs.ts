/** Fetch jobs: the list, live progress of running jobs, the new-articles badge; failures become notices. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { FetchJob, JobPatch, JobProgress, NewJob } from '../../../shared/api'
import { api } from '../api'
import { useNoticesStore } from './notices'

export const useJobsStore = defineStore('jobs', () => {
  const jobs = ref<FetchJob[]>([])
  const loaded = ref(false)
  /** Progress of jobs running now, by job id. */
  const progress = ref<Record<number, JobProgress>>({})
  /** Bumped whenever main reports a change, so an open detail knows to reload. */
  const revision = ref(0)
  const newTotal = computed(() => jobs.value.reduce((sum, j) => sum + j.newCount, 0))

  async function load(): Promise<void> {
    try {
      jobs.value = await api.jobs.list()
      loaded.value = true
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  let reloading: ReturnType<typeof setTimeout> | null = null
  /** Subscribes once to main's job events; bursts of changes reload the list once. */
  function listen(): void {
    api.on('jobs.changed', () => {
      revision.value++
      if (reloading) return
      reloading = setTimeout(() => {
        reloading = null
        void load()
      }, 150)
    })
    api.on('jobs.progress', (p) => {
      const next = { ...progress.value }
      if (p.phase === 'finished') delete next[p.jobId]
      else next[p.jobId] = p
      progress.value = next
    })
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
    jobs,
    loaded,
    progress,
    revision,
    newTotal,
    load,
    listen,
    get: (id: number) => api.jobs.get(id),
    versionDiff: (versionId: number) => api.jobs.versionDiff(versionId),
    discover: (url: string) => api.jobs.discoverFeeds(url),
    add: (job: NewJob) => change(() => api.jobs.add(job)),
    update: (id: number, patch: JobPatch) => change(() => api.jobs.update(id, patch)),
    pause: (id: number) => change(() => api.jobs.pause(id)),
    resume: (id: number) => change(() => api.jobs.resume(id)),
    runNow: (id: number) => change(() => api.jobs.runNow(id)),
    remove: (id: number) => change(() => api.jobs.remove(id)),
  }
})
