import type { ConnectionStatus } from '@shared/contract/connection'
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
  })
  const isConfigured = computed(() => status.value.state !== 'unconfigured')
  let unsubscribe: (() => void) | null = null

  async function start(): Promise<void> {
    unsubscribe ??= gatehouse.on('connection.changed', (next) => {
      status.value = next
    })
    const result = await gatehouse.connection.status()
    if (result.ok) status.value = result.data
  }

  function stop(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return { status, isConfigured, start, stop }
})
