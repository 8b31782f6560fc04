/**
 * Light or dark: the operator's choice (main's settings, `app.appearance`) or, for 'system', the
 * operating system's, as `prefers-color-scheme` reports it (in Electron that follows nativeTheme).
 * The result is written to <html data-theme> for the app's CSS variables (styles/theme.css) and read
 * by App.vue for Naive UI's theme.
 */
import type { Appearance } from '@shared/settings'
import { computed, ref, watchEffect } from 'vue'
import { gatehouse, unwrap } from '../api/gatehouse'

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
const systemDark = ref(query?.matches ?? false)
query?.addEventListener('change', (event) => {
  systemDark.value = event.matches
})

const choice = ref<Appearance>('system')
export const isDark = computed(() => (choice.value === 'system' ? systemDark.value : choice.value === 'dark'))

watchEffect(() => {
  document.documentElement.dataset.theme = isDark.value ? 'dark' : 'light'
})

export function useAppearance() {
  async function load(): Promise<void> {
    choice.value = (await unwrap(gatehouse.app.appearance())).appearance
  }
  async function choose(next: Appearance): Promise<void> {
    choice.value = (await unwrap(gatehouse.app.setAppearance({ appearance: next }))).appearance
  }
  return { choice, isDark, load, choose }
}
