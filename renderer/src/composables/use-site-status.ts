import type { SiteStatusView } from '@shared/contract/site'
import { onBeforeUnmount, onMounted, ref } from 'vue'
import { gatehouse } from '../api/gatehouse'

/** The site status from main ('site.status', then every 'site.statusChanged'); null until known. */
export function useSiteStatus() {
  const status = ref<SiteStatusView | null>(null)
  let off: (() => void) | null = null
  const refresh = async () => {
    const result = await gatehouse.site.status()
    if (result.ok) status.value = result.data
  }
  onMounted(() => {
    off = gatehouse.on('site.statusChanged', (next) => {
      status.value = next
    })
    void refresh()
  })
  onBeforeUnmount(() => off?.())
  return { status, refresh }
}
