import type { ChannelName } from '@shared/contract/index'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import ReceptionView from '../views/reception/ReceptionView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's name in the messages (shell.pages.*). */
    title?: 'reception' | 'guard' | 'audit' | 'settings' | 'setup'
    /** The channel a page can't work without: the page is shown only to roles that may call it. */
    requires?: ChannelName
  }
}

// Hash history: the app is served from one file, and a hash change never triggers 'will-navigate'.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/reception' },
  {
    path: '/reception',
    name: 'reception',
    // The start page is in the first bundle: no second round of downloads before the form shows.
    component: ReceptionView,
    meta: { title: 'reception', requires: 'reception.listVisits' },
  },
  {
    path: '/guard',
    name: 'guard',
    component: () => import('../views/guard/GuardView.vue'),
    meta: { title: 'guard', requires: 'guard.snapshot' },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('../views/audit/AuditView.vue'),
    meta: { title: 'audit', requires: 'audit.search' },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('../views/settings/SettingsView.vue'),
    meta: { title: 'settings', requires: 'settings.update' },
  },
  // A notification click opens the guard page on one alarm (no `name`: not a tab of its own).
  {
    path: '/guard/alarms/:id?',
    component: () => import('../views/guard/GuardView.vue'),
    meta: { title: 'guard', requires: 'guard.snapshot' },
  },
  // No `name`: the setup wizard is not a tab; first run opens it and Settings links to it.
  {
    path: '/setup',
    component: () => import('../views/setup/SetupView.vue'),
    meta: { title: 'setup', requires: 'settings.addProfile' },
  },
]

export const router = createRouter({ history: createWebHashHistory(), routes })

// The guard page is one click away on a guard booth: fetch and compile it once the first page is up
// and has settled (its data arrives and the form takes the focus in the first second; compiling ~180 KB
// of guard screen and table in between delayed that). A click on Guard before then loads it at once.
const GUARD_PREFETCH_AFTER_MS = 1500
router.isReady().then(
  () => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 0))
    setTimeout(() => idle(() => void import('../views/guard/GuardView.vue')), GUARD_PREFETCH_AFTER_MS)
  },
  () => undefined,
)
