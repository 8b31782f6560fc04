import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

// Hash history: the app is served from one file, and a hash change never triggers 'will-navigate'.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/reception' },
  {
    path: '/reception',
    name: 'reception',
    component: () => import('../views/reception/ReceptionView.vue'),
    meta: { title: 'Reception' },
  },
  {
    path: '/guard',
    name: 'guard',
    component: () => import('../views/guard/GuardView.vue'),
    meta: { title: 'Guard' },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('../views/settings/SettingsView.vue'),
    meta: { title: 'Settings' },
  },
  // A notification click opens the guard page on one alarm (no `name`: not a tab of its own).
  {
    path: '/guard/alarms/:id?',
    component: () => import('../views/guard/GuardView.vue'),
    meta: { title: 'Guard' },
  },
  // No `name`: the setup wizard is not a tab; first run opens it and Settings links to it.
  { path: '/setup', component: () => import('../views/setup/SetupView.vue'), meta: { title: 'Set up' } },
]

export const router = createRouter({ history: createWebHashHistory(), routes })
