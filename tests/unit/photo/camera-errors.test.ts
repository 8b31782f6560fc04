import { describe, expect, it } from 'vitest'
import ar from '../../../electron/shared/i18n/messages/ar/reception'
import en from '../../../electron/shared/i18n/messages/en/reception'
import es from '../../../electron/shared/i18n/messages/es/reception'
import ptBR from '../../../electron/shared/i18n/messages/pt-BR/reception'
import zhCN from '../../../electron/shared/i18n/messages/zh-CN/reception'
import {
  CAMERA_PROBLEMS,
  classifyCameraError,
  type CameraProblem,
} from '../../../renderer/src/composables/useCamera'

/** getUserMedia's DOMException names (current and legacy Chromium spellings) to one plain message each. */
describe('classifyCameraError', () => {
  const cases: [string, CameraProblem][] = [
    ['NotAllowedError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'noCamera'],
    ['DevicesNotFoundError', 'noCamera'],
    ['OverconstrainedError', 'noCamera'],
    ['NotReadableError', 'busy'],
    ['TrackStartError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'failed'],
  ]
  it.each(cases)('%s -> %s', (name, problem) => {
    expect(classifyCameraError(new DOMException('x', name))).toBe(problem)
  })

  it('treats anything that is not an error object as a plain failure', () => {
    expect(classifyCameraError('boom')).toBe('failed')
    expect(classifyCameraError(undefined)).toBe('failed')
  })

  it('every problem has its own words in every language, telling the operator what to do', () => {
    for (const catalogue of [en, es, zhCN, ptBR, ar]) {
      const texts = CAMERA_PROBLEMS.map((p) => (catalogue.camera as Record<string, string>)[p])
      expect(texts.every((text) => typeof text === 'string' && text.length > 3)).toBe(true)
      expect(new Set(texts).size).toBe(texts.length)
    }
    expect(en.camera.denied).toMatch(/privacy settings/)
    expect(en.camera.busy).toMatch(/another program/)
    expect(en.camera.noCamera).toMatch(/Plug in a webcam/)
  })
})
