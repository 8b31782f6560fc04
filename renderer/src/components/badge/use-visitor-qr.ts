import type { BadgeQr } from '@shared/contract/badge'
import { QR_RETRY_MS, QR_STALE_AFTER_MS } from '@shared/contract/badge-constants'
import type { IpcError } from '@shared/result'
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { gatehouse } from '../../api/gatehouse'

/** Failures that another try will not fix (pending registration, no QR route, visit gone). */
const FINAL_CODES = new Set(['CONFLICT', 'UNSUPPORTED', 'NOT_FOUND', 'NOT_CONFIGURED', 'BAD_REQUEST'])

/**
 * The visit's dynamic QR while it is on screen: fetched when shown, fetched again when the server's
 * refresh interval is up, retried sooner after a failure (the last code stays up), paused while the
 * window is hidden and refreshed as soon as it is visible again.
 */
export function useVisitorQr(visitId: Ref<string | null>, active: Ref<boolean>) {
  const qr = ref<BadgeQr | null>(null)
  const error = ref<IpcError | null>(null)
  const loading = ref(false)
  const now = ref(Date.now())
  let timer: ReturnType<typeof setTimeout> | null = null
  let generation = 0

  const ageMs = computed(() => (qr.value ? now.value - Date.parse(qr.value.fetchedAt) : null))
  const stale = computed(() => ageMs.value !== null && ageMs.value > QR_STALE_AFTER_MS)
  const ticker = setInterval(() => (now.value = Date.now()), 1000)

  function clear(): void {
    if (timer) clearTimeout(timer)
    timer = null
  }

  function schedule(ms: number): void {
    clear()
    timer = setTimeout(() => void load(), ms)
  }

  async function load(): Promise<void> {
    const id = visitId.value
    if (!id || !active.value) return
    const mine = ++generation
    loading.value = true
    const result = await gatehouse.badge.qr({ visitId: id })
    if (mine !== generation) return // a newer load or a stop happened meanwhile
    loading.value = false
    now.value = Date.now()
    if (result.ok) {
      qr.value = result.data
      error.value = null
      if (!document.hidden) schedule(result.data.refreshInMs)
    } else {
      error.value = result.error
      if (!FINAL_CODES.has(result.error.code) && !document.hidden) schedule(QR_RETRY_MS)
    }
  }

  function stop(): void {
    generation++
    clear()
    loading.value = false
  }

  const onVisibility = (): void => {
    if (document.hidden) clear()
    else if (active.value) void load()
  }
  document.addEventListener('visibilitychange', onVisibility)

  watch(
    [visitId, active],
    ([id, on], previous) => {
      if (previous && previous[0] !== id) {
        qr.value = null
        error.value = null
      }
      if (id && on) void load()
      else stop()
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    stop()
    clearInterval(ticker)
    document.removeEventListener('visibilitychange', onVisibility)
  })

  return { qr, error, loading, ageMs, stale, refresh: load }
}
