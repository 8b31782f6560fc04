import type { ConnectionTestRequest, ConnectionTestResult } from '@shared/contract/connection'
import type { SettingsPatch, SettingsView } from '@shared/contract/settings'
import type { RequestOf } from '@shared/contract/index'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { gatehouse, unwrap } from '../api/gatehouse'

/**
 * Settings and server profiles as main reports them. Tokens go one way: this store can send a new
 * token with a profile but never receives one (profiles only say `hasToken`).
 */
export const useSettingsStore = defineStore('settings', () => {
  const view = ref<SettingsView | null>(null)
  const loading = ref(false)
  let unsubscribe: (() => void) | null = null

  const profiles = computed(() => view.value?.profiles ?? [])
  const activeProfile = computed(() => profiles.value.find((p) => p.active) ?? null)
  const hasProfiles = computed(() => profiles.value.length > 0)

  async function load(): Promise<SettingsView> {
    unsubscribe ??= gatehouse.on('settings.changed', (next) => {
      view.value = next
    })
    loading.value = true
    try {
      view.value = await unwrap(gatehouse.settings.get())
      return view.value
    } finally {
      loading.value = false
    }
  }

  async function update(patch: SettingsPatch): Promise<SettingsView> {
    view.value = await unwrap(gatehouse.settings.update(patch))
    return view.value
  }

  async function refreshProfiles(): Promise<void> {
    const list = await unwrap(gatehouse.settings.listProfiles())
    if (view.value) view.value = { ...view.value, ...list }
  }

  async function addProfile(request: RequestOf<'settings.addProfile'>) {
    const profile = await unwrap(gatehouse.settings.addProfile(request))
    await load()
    return profile
  }

  async function editProfile(request: RequestOf<'settings.editProfile'>) {
    const profile = await unwrap(gatehouse.settings.editProfile(request))
    await load()
    return profile
  }

  async function removeProfile(id: string): Promise<void> {
    await unwrap(gatehouse.settings.removeProfile({ id }))
    await load()
  }

  async function switchProfile(id: string): Promise<void> {
    await unwrap(gatehouse.settings.switchProfile({ id }))
    await refreshProfiles()
  }

  function testConnection(request: ConnectionTestRequest): Promise<ConnectionTestResult> {
    return unwrap(gatehouse.connection.test(request))
  }

  function stop(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return {
    view,
    loading,
    profiles,
    activeProfile,
    hasProfiles,
    load,
    update,
    addProfile,
    editProfile,
    removeProfile,
    switchProfile,
    testConnection,
    stop,
  }
})
