/**
 * Choosing the station's language (Settings › Language and the header's Display menu): main keeps the
 * choice and tells every window; this window switches with main's answer at once.
 */
import type { LanguageChoice } from '@shared/i18n/languages'
import { ref } from 'vue'
import { errorMessage, gatehouse, unwrap } from '../api/gatehouse'
import { applyLanguage } from '../i18n/index'

export function useLanguageChoice() {
  const problem = ref<string | null>(null)
  const busy = ref(false)
  async function choose(choice: LanguageChoice): Promise<void> {
    problem.value = null
    busy.value = true
    try {
      const state = await unwrap(gatehouse.language.set({ choice }))
      await applyLanguage(state.language, state.choice)
    } catch (error) {
      problem.value = errorMessage(error)
    } finally {
      busy.value = false
    }
  }
  return { problem, busy, choose }
}
