/**
 * Every language has exactly the English keys, none empty, and every message means the same to
 * vue-i18n (the renderer) and to formatMessage (main): same text for the same parameters.
 */
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { SUPPORTED } from '../../../electron/shared/i18n/languages'
import { formatMessage } from '../../../electron/shared/i18n/format-message'
import { messages } from '../../../electron/shared/i18n/messages/index'

/** Every leaf as [dotted key, value]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]]
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

const english = new Map(leaves(messages.en))

describe('translations are complete', () => {
  for (const language of SUPPORTED) {
    it(`${language}: exactly the English keys, every value a non-empty string`, () => {
      const own = new Map(leaves(messages[language]))
      const missing = [...english.keys()].filter((k) => !own.has(k))
      const extra = [...own.keys()].filter((k) => !english.has(k))
      const empty = [...own].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)
      expect({ missing, extra, empty }).toEqual({ missing: [], extra: [], empty: [] })
    })

    it(`${language}: every message keeps the English parameters and renders the same in main and vue-i18n`, () => {
      const i18n = createI18n({ legacy: false, locale: language, messages, missingWarn: false })
      const t = i18n.global.t as (key: string, named: Record<string, unknown>) => string
      const problems: string[] = []
      for (const [key, value] of leaves(messages[language])) {
        const text = String(value)
        const params = Object.fromEntries(
          [...String(english.get(key) ?? '').matchAll(/\{\s*([A-Za-z_$][\w$]*)\s*\}/g)].map((m) => [
            m[1]!,
            'X',
          ]),
        )
        const own = [...text.matchAll(/\{\s*([A-Za-z_$][\w$]*)\s*\}/g)].map((m) => m[1]!)
        for (const name of own) if (!(name in params)) problems.push(`${key}: unknown parameter {${name}}`)
        for (const count of [0, 1, 2, 7]) {
          const named = { ...params, ...('count' in params ? { count } : {}) }
          const viaVue = t(key, named)
          const viaMain = formatMessage(text, named)
          if (viaVue !== viaMain) problems.push(`${key}: vue-i18n "${viaVue}" but main "${viaMain}"`)
        }
      }
      expect(problems).toEqual([])
    })
  }
})
