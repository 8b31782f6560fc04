/**
 * `.vue` files whose template texts are not yet in the translation files, skipped by the literal-text
 * test. The guard screens are translated on their own branch (issue 15c): remove a file from this
 * list in the commit that translates it. Paths are relative to renderer/src.
 */
export const UNTRANSLATED_FILES: readonly string[] = [
  // Desk screens still being translated on issue-15a (removed one by one as they are done).
  // Site mode (issue 13), written in English in parallel with the translation work.
  'components/site/SiteIndicator.vue',
  'components/site/SiteSettings.vue',
  'components/site/SiteStatusPanel.vue',
]
