import { describe, expect, it } from 'vitest'
import { memoTranslate } from '../../../renderer/src/composables/memo-translate'

/** A translation function that counts its calls and says which key and parameters it got. */
function counting() {
  const calls: string[] = []
  const t = (key: string, params?: Record<string, string | number>) => {
    calls.push(key)
    return params
      ? `${key}(${Object.entries(params)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')})`
      : key
  }
  return { t, calls }
}

describe('memoTranslate', () => {
  it('answers as the translation function does, asking it once per key and parameters', () => {
    const { t, calls } = counting()
    const say = memoTranslate(t)
    expect(say('guard.detail.open')).toBe('guard.detail.open')
    expect(say('guard.detail.open')).toBe('guard.detail.open')
    expect(say('guard.target.openDoor', { name: 'Main' })).toBe('guard.target.openDoor(name=Main)')
    expect(say('guard.target.openDoor', { name: 'Main' })).toBe('guard.target.openDoor(name=Main)')
    expect(say('guard.target.openDoor', { name: 'Dock' })).toBe('guard.target.openDoor(name=Dock)')
    expect(calls).toEqual(['guard.detail.open', 'guard.target.openDoor', 'guard.target.openDoor'])
  })

  it('tells parameters apart by name and value, and a key with parameters from one without', () => {
    const { t } = counting()
    const say = memoTranslate(t)
    expect(say('k', { a: '1', b: '2' })).toBe('k(a=1,b=2)')
    expect(say('k', { a: '12' })).toBe('k(a=12)')
    expect(say('k', { ab: '1' })).toBe('k(ab=1)')
    expect(say('k', { a: 1 })).toBe('k(a=1)')
    expect(say('k')).toBe('k')
    // No parameters and empty ones are the same message for vue-i18n: one answer serves both.
    expect(say('k', {})).toBe('k')
  })

  it('starts afresh past its limit, so a long feed of names cannot grow it without end', () => {
    const { t, calls } = counting()
    const say = memoTranslate(t, 3)
    for (const name of ['a', 'b', 'c']) say('pin', { pin: name })
    say('pin', { pin: 'a' })
    expect(calls).toHaveLength(3)
    say('pin', { pin: 'd' }) // the fourth: the memory is cleared, then holds d
    say('pin', { pin: 'a' })
    expect(calls).toHaveLength(5)
  })
})
