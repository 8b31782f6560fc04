import { describe, expect, it } from 'vitest'
import { faithfulJson } from '../../harness/json-transport'

describe('harness main -> page transport (JSON where it is faithful)', () => {
  it('sends plain records, arrays, strings, finite numbers, booleans and null as JSON', () => {
    const payload = [
      { events: [{ key: 'a', temperature: 36.6, pin: null, recovered: false }], nested: { ok: true } },
    ]
    const json = faithfulJson(payload)
    expect(json).not.toBeNull()
    expect(JSON.parse(json!)).toEqual(payload)
    expect(faithfulJson([Object.assign(Object.create(null) as object, { x: 1 })])).toBe('[{"x":1}]')
  })

  it('leaves to Playwright what JSON would change', () => {
    for (const changed of [
      new Date(0),
      new Map([[1, 2]]),
      new Set([1]),
      new Uint8Array([1, 2]),
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      undefined,
      10n,
      { toJSON: () => 'x' },
      new (class Door {
        id = 1
      })(),
    ]) {
      expect(faithfulJson([{ deep: [changed] }]), String(changed)).toBeNull()
    }
    // A record whose field is undefined: JSON drops the key, the structured clone keeps it.
    expect(faithfulJson([{ alarm: undefined }])).toBeNull()
  })
})
