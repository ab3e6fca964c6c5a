/** Short messages for the person (saved, tagged, failed …), announced through an aria-live region. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { errorMessage } from '../api'
import { i18n } from '../i18n'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  text: string
}

const INFO_MS = 4000

export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function push(kind: Notice['kind'], text: string): void {
    // The same failure repeated (e.g. every row of a page) is one notice.
    if (notices.value.some((n) => n.kind === kind && n.text === text)) return
    const notice = { id: nextId++, kind, text }
    notices.value = [...notices.value.slice(-3), notice]
    // Errors stay until dismissed: they may need reading twice.
    if (kind === 'info') setTimeout(() => dismiss(notice.id), INFO_MS)
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  return {
    notices,
    info: (text: string) => push('info', text),
    /** Reports a failed call with main's message. */
    error: (err: unknown) => push('error', i18n.global.t('common.error', { message: errorMessage(err) })),
    /** An error already put into words. */
    fail: (text: string) => push('error', text),
    dismiss,
  }
})
