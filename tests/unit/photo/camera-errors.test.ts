import { describe, expect, it } from 'vitest'
import { CAMERA_MESSAGES, classifyCameraError } from '../../../renderer/src/composables/useCamera'

/** getUserMedia's DOMException names (current and legacy Chromium spellings) to one plain message each. */
describe('classifyCameraError', () => {
  const cases: [string, keyof typeof CAMERA_MESSAGES][] = [
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

  it('has a distinct message for each problem, telling the operator what to do', () => {
    const texts = Object.values(CAMERA_MESSAGES)
    expect(new Set(texts).size).toBe(texts.length)
    expect(CAMERA_MESSAGES.denied).toMatch(/privacy settings/)
    expect(CAMERA_MESSAGES.busy).toMatch(/another program/)
    expect(CAMERA_MESSAGES.noCamera).toMatch(/Plug in a webcam/)
  })
})
