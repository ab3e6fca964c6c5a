/** Shortcuts that work in every view: "/" jumps to the library search. */
import { nextTick, onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'

export const SEARCH_INPUT_ID = 'library-search'

/** Is the key press meant for a text field (so single-letter shortcuts must not fire)? */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range'].includes(target.type)
  }
  return false
}

export function useGlobalKeys(): void {
  const router = useRouter()

  async function onKeydown(event: KeyboardEvent): Promise<void> {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === '/' && !isTyping(event.target)) {
      event.preventDefault()
      if (router.currentRoute.value.name !== 'library') await router.push({ name: 'library' })
      await nextTick()
      const input = document.getElementById(SEARCH_INPUT_ID)
      if (input instanceof HTMLInputElement) {
        input.focus()
        input.select()
      }
    }
  }

  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
