/** Locale and theme: loaded from main at start, applied at once, persisted through app.updateSettings. */
import { defineStore } from 'pinia'
import { computed, ref, watchEffect } from 'vue'
import type { AppSettings } from '../../../shared/api'
import { api } from '../api'
import { setLocale } from '../i18n'
import { useNoticesStore } from './notices'

export type ThemePreference = AppSettings['theme']

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<AppSettings['locale']>('en')
  const theme = ref<ThemePreference>('system')

  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)')
  const systemDark = ref(darkQuery.matches)
  darkQuery.addEventListener('change', (e) => (systemDark.value = e.matches))

  /** The theme actually shown: "system" resolves through prefers-color-scheme. */
  const effectiveTheme = computed<'light' | 'dark'>(() =>
    theme.value === 'system' ? (systemDark.value ? 'dark' : 'light') : theme.value,
  )

  watchEffect(() => {
    document.documentElement.dataset.theme = effectiveTheme.value
  })
  watchEffect(() => setLocale(locale.value))

  function apply(settings: AppSettings): void {
    locale.value = settings.locale
    theme.value = settings.theme
  }

  async function load(): Promise<void> {
    try {
      apply(await api.app.settings())
    } catch (err) {
      useNoticesStore().error(err)
    }
  }

  /** Applies the change at once, then persists; main's answer is the truth. */
  async function update(patch: Partial<AppSettings>): Promise<void> {
    const before: AppSettings = { locale: locale.value, theme: theme.value }
    apply({ ...before, ...patch })
    try {
      apply(await api.app.updateSettings(patch))
    } catch (err) {
      apply(before)
      useNoticesStore().error(err)
    }
  }

  return { locale, theme, effectiveTheme, load, update }
})
