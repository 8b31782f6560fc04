/**
 * main -> page events travel as one JSON string that the page parses, whenever JSON carries the
 * payload exactly as Electron's IPC (the structured clone) does. Playwright's own argument encoding, a
 * tagged tree several times the JSON's size unpacked by script in the page, cost the renderer 20 to
 * 53 ms for one batch of the live feed (a 188 KB message): time Electron's IPC does not take, which the
 * guard-ui bench counted as the app's long frames. A payload JSON would change (a Date, a Map, an
 * undefined value, NaN, a typed array...) keeps Playwright's encoding, which carries those.
 */

/** The payload as JSON, or null when JSON would not give the page the same value. */
export function faithfulJson(value: unknown): string | null {
  let faithful = true
  const json = JSON.stringify(value, function (this: unknown, key: string, encoded: unknown) {
    // Once a value would change, nothing more is looked at (a bigint would make stringify throw).
    if (faithful && !survivesJson((this as Record<string, unknown>)[key])) faithful = false
    return faithful ? encoded : undefined
  })
  return faithful && json !== undefined ? json : null
}

function survivesJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      // NaN and the infinities become null; -0 becomes 0.
      return Number.isFinite(value) && !Object.is(value, -0)
    case 'object': {
      if (value === null || Array.isArray(value)) return true
      const proto = Object.getPrototypeOf(value) as unknown
      // Only plain records: a Date, Map, Set, typed array or class instance is carried otherwise.
      return (
        (proto === Object.prototype || proto === null) &&
        typeof (value as { toJSON?: unknown }).toJSON !== 'function'
      )
    }
    default:
      // undefined (dropped or turned into null), functions, symbols, bigints.
      return false
  }
}
