import { watch } from 'vue'
import { i18n, languageState } from '../i18n/index'
/**
 * Naive UI's number fields draw their -/+ buttons without an accessible name (axe `button-name`,
 * critical). They are mouse conveniences (not in the tab order; the arrow keys step the field), but a
 * screen reader still meets them: name them "Decrease" and "Increase" wherever a number field appears,
 * now or later (dialogs, wizard steps).
 */
const STEPPERS = ['common.decrease', 'common.increase'] as const

function labelSteppers(root: ParentNode): void {
  for (const field of root.querySelectorAll('.n-input-number')) {
    field.querySelectorAll('button').forEach((button, i) => {
      const key = STEPPERS[i]
      const name = key ? i18n.global.t(key) : undefined
      if (name && button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name)
    })
  }
}

export function labelNumberSteppers(root: HTMLElement = document.body): () => void {
  labelSteppers(root)
  // In the station's language, renamed when it changes.
  const stopWatch = watch(
    () => languageState.language,
    () => labelSteppers(root),
    { flush: 'post' },
  )
  const observer = new MutationObserver(() => labelSteppers(root))
  observer.observe(root, { childList: true, subtree: true })
  return () => {
    observer.disconnect()
    stopWatch()
  }
}
