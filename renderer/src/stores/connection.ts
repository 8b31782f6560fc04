import type { CapabilitiesView, ConnectionStatus } from '@shared/contract/connection'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { gatehouse } from '../api/gatehouse'

/** The link to the ZKBio server, as main reports it (main polls; the page only listens). */
export const useConnectionStore = defineStore('connection', () => {
  const status = ref<ConnectionStatus>({
    state: 'connecting',
    profileName: null,
    serverUrl: null,
    lastError: null,
    lastSuccessAt: null,
    nextRetryAt: null,
    unreachableSince: null,
  })
  const capabilities = ref<CapabilitiesView>({ profileId: null, detectedAt: null, features: [] })
  const isConfigured = computed(() => status.value.state !== 'unconfigured')
  /** Known once main answered the first status request (so first-run detection does not guess). */
  const loaded = ref(false)
  const unsubscribers: (() => void)[] = []

  async function start(): Promise<void> {
    if (unsubscribers.length === 0) {
      unsubscribers.push(
        gatehouse.on('connection.changed', (next) => {
          status.value = next
        }),
        gatehouse.on('connection.capabilitiesChanged', (next) => {
          capabilities.value = next
        }),
      )
    }
    const [result, caps] = await Promise.all([
      gatehouse.connection.status(),
      gatehouse.connection.capabilities(),
    ])
    if (result.ok) status.value = result.data
    if (caps.ok) capabilities.value = caps.data
    loaded.value = true
  }

  async function retryNow(): Promise<void> {
    const result = await gatehouse.connection.retryNow()
    if (result.ok) status.value = result.data
  }

  /** The sentence to show when the server lacks a feature, or null when it has it (or is unknown). */
  function missingFeature(feature: string): string | null {
    const found = capabilities.value.features.find((f) => f.feature === feature)
    return found && found.availability === 'no' ? found.message : null
  }

  function stop(): void {
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe()
  }

  return { status, capabilities, isConfigured, loaded, start, stop, retryNow, missingFeature }
})
