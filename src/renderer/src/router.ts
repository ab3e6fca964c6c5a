/**
 * Every route of the app, in one place. A route with `meta.nav` appears in the sidebar (by `order`).
 * Views other than the library load on first visit. Hash history: the app is a file:// page in Electron.
 */
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { IconName } from './components/AppIcon.vue'
import type { MessageSchema } from './i18n/schema'
import LibraryView from './views/LibraryView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown in the sidebar: label key under `nav.`, icon, position. */
    nav?: { label: keyof MessageSchema['nav']; icon: IconName; order: number }
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/library' },
  {
    path: '/library',
    name: 'library',
    component: LibraryView,
    meta: { nav: { label: 'library', icon: 'library', order: 10 } },
  },
  {
    path: '/article/:id(\\d+)',
    name: 'article',
    component: () => import('./views/ReaderView.vue'),
    // ?q= carries the library search, whose words the reader highlights.
    props: (route) => ({ id: Number(route.params.id), q: typeof route.query.q === 'string' ? route.query.q : '' }),
  },
  {
    path: '/statements',
    name: 'statements',
    component: () => import('./views/StatementsView.vue'),
    meta: { nav: { label: 'statements', icon: 'statements', order: 20 } },
  },
  {
    path: '/events',
    name: 'events',
    component: () => import('./views/EventsView.vue'),
    meta: { nav: { label: 'events', icon: 'events', order: 25 } },
  },
  {
    path: '/compare',
    name: 'compare',
    component: () => import('./views/CompareView.vue'),
    meta: { nav: { label: 'compare', icon: 'compare', order: 30 } },
  },
  {
    path: '/compare/:id(\\d+)',
    name: 'compare-saved',
    component: () => import('./views/CompareView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
  },
  {
    path: '/actors',
    name: 'actors',
    component: () => import('./views/ActorsView.vue'),
    meta: { nav: { label: 'actors', icon: 'actors', order: 40 } },
  },
  {
    path: '/jobs',
    name: 'jobs',
    component: () => import('./views/JobsView.vue'),
    meta: { nav: { label: 'jobs', icon: 'jobs', order: 50 } },
  },
  {
    path: '/tags',
    name: 'tags',
    component: () => import('./views/TagsView.vue'),
    meta: { nav: { label: 'tags', icon: 'tags', order: 60 } },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./views/SettingsView.vue'),
    meta: { nav: { label: 'settings', icon: 'settings', order: 90 } },
  },
  { path: '/:pathMatch(.*)*', redirect: '/library' },
]

export const router = createRouter({ history: createWebHashHistory(), routes })
