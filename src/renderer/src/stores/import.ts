/**
 * Imports: progress of running jobs and the summaries of finished ones. Driven by the pushed
 * events, so an import started from the menu (File ▸ Import… in main) shows here too, and an
 * event that arrives before `start` has answered is not lost.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ImportProgress, ImportSummary } from '../../../shared/api'
import { api, errorMessage } from '../api'
import { i18n } from '../i18n'
import { useLibraryStore } from './library'
import { useNoticesStore } from './notices'
import { useTagsStore } from './tags'

export interface RunningImport {
  jobId: string
  progress: ImportProgress | null
  cancelling: boolean
}

export const useImportStore = defineStore('import', () => {
  const running = ref<RunningImport[]>([])
  const summaries = ref<ImportSummary[]>([])
  /** A start call is on its way to main (no job id yet). */
  const starting = ref(false)
  const finished = new Set<string>()
  let unsubscribe: (() => void) | null = null

  const busy = computed(() => starting.value || running.value.length > 0)

  function upsert(jobId: string, patch: Partial<RunningImport>): void {
    if (finished.has(jobId)) return
    const existing = running.value.find((r) => r.jobId === jobId)
    if (existing) Object.assign(existing, patch)
    else running.value.push({ jobId, progress: null, cancelling: false, ...patch })
  }

  /** While an import runs, the list shows new articles arriving, refreshed at most this often. */
  const LIVE_REFRESH_MS = 1500
  let lastLiveRefresh = 0

  function onProgress(progress: ImportProgress): void {
    upsert(progress.jobId, { progress })
    const now = Date.now()
    if (progress.done > 0 && now - lastLiveRefresh >= LIVE_REFRESH_MS) {
      lastLiveRefresh = now
      void useLibraryStore().refresh()
    }
  }

  function onDone(summary: ImportSummary): void {
    finished.add(summary.jobId)
    running.value = running.value.filter((r) => r.jobId !== summary.jobId)
    summaries.value = [summary, ...summaries.value.filter((s) => s.jobId !== summary.jobId)]
    const library = useLibraryStore()
    void library.refresh()
    void useTagsStore().load()
  }

  /** Subscribes to import events once, at app start. */
  function listen(): void {
    if (unsubscribe) return
    const offProgress = api.on('import.progress', onProgress)
    const offDone = api.on('import.done', onDone)
    unsubscribe = () => {
      offProgress()
      offDone()
    }
  }

  async function begin(run: () => Promise<{ jobId: string } | null>): Promise<void> {
    starting.value = true
    try {
      const job = await run()
      if (job) upsert(job.jobId, {})
    } catch (err) {
      useNoticesStore().fail(i18n.global.t('import.failedToStart', { message: errorMessage(err) }))
    } finally {
      starting.value = false
    }
  }

  return {
    running,
    summaries,
    starting,
    busy,
    listen,
    start: (paths: string[]) => begin(() => api.import.start(paths)),
    pickAndStart: () => begin(() => api.import.pickAndStart()),
    async cancel(jobId: string): Promise<void> {
      upsert(jobId, { cancelling: true })
      try {
        await api.import.cancel(jobId)
      } catch (err) {
        useNoticesStore().error(err)
      }
    },
    dismiss(jobId: string): void {
      summaries.value = summaries.value.filter((s) => s.jobId !== jobId)
    },
  }
})
