/** Short messages for the person (saved, tagged, failed …), announced through an aria-live region. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { errorMessage } from '../api'
import { i18n } from '../i18n'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  text: string
  /** A button beside the text, e.g. Undo for what was just done. */
  action?: NoticeAction
}

export interface NoticeAction {
  label: string
  run: () => void
}

const INFO_MS = 4000
/** A notice that offers to undo stays longer: the person has to notice it and decide. */
const ACTION_MS = 10000

export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function push(kind: Notice['kind'], text: string, action?: NoticeAction): void {
    // The same failure repeated (e.g. every row of a page) is one notice.
    if (!action && notices.value.some((n) => n.kind === kind && n.text === text)) return
    const notice: Notice = { id: nextId++, kind, text, ...(action ? { action } : {}) }
    notices.value = [...notices.value.slice(-3), notice]
    // Errors stay until dismissed: they may need reading twice.
    if (kind === 'info') setTimeout(() => dismiss(notice.id), action ? ACTION_MS : INFO_MS)
  }

  /** Runs a notice's action once and closes the notice. */
  function act(id: number): void {
    const notice = notices.value.find((n) => n.id === id)
    dismiss(id)
    notice?.action?.run()
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  return {
    notices,
    info: (text: string, action?: NoticeAction) => push('info', text, action),
    /** Reports a failed call with main's message. */
    error: (err: unknown) => push('error', i18n.global.t('common.error', { message: errorMessage(err) })),
    /** An error already put into words. */
    fail: (text: string) => push('error', text),
    dismiss,
    act,
  }
})
