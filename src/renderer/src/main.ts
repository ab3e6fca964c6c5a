import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'
import { useImportStore } from './stores/import'
import { useJobsStore } from './stores/jobs'
import { useSavedSearchesStore } from './stores/saved-searches'
import { useSettingsStore } from './stores/settings'
import './styles/theme.css'
import './styles/base.css'

async function start(): Promise<void> {
  if (!window.api) {
    // Opened outside the app (no preload): say so rather than fail on the first call.
    document.body.textContent = i18n.global.t('app.noApi')
    return
  }
  const pinia = createPinia()
  const app = createApp(App).use(pinia).use(i18n).use(router)
  // Locale and theme before the first paint, so the window does not flash the wrong ones.
  await useSettingsStore(pinia).load()
  useImportStore(pinia).listen()
  // Background fetch jobs update the sidebar's new-articles badge.
  useJobsStore(pinia).listen()
  void useJobsStore(pinia).load()
  // Saved searches count new articles from imports and fetch jobs in the sidebar.
  useSavedSearchesStore(pinia).listen()
  void useSavedSearchesStore(pinia).load()
  app.mount('#app')
}

void start()
