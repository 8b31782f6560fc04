/**
 * Board deltas: what changed between two polls of 1,000 doors is usually a handful, so only those go
 * to the renderer. Views are flat objects; a shallow comparison is exact.
 */
export interface BoardDelta<T> {
  changed: T[]
  removed: string[]
}

export function shallowEqual(a: object, b: object): boolean {
  const ak = Object.keys(a)
  if (ak.length !== Object.keys(b).length) return false
  for (const k of ak)
    if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false
  return true
}

/** Updates `current` in place to `next` and returns the difference. */
export function applyBoard<T extends { id: string }>(
  current: Map<string, T>,
  next: readonly T[],
): BoardDelta<T> {
  const changed: T[] = []
  const seen = new Set<string>()
  for (const item of next) {
    seen.add(item.id)
    const before = current.get(item.id)
    if (!before || !shallowEqual(before, item)) {
      current.set(item.id, item)
      changed.push(item)
    }
  }
  const removed: string[] = []
  for (const id of current.keys()) if (!seen.has(id)) removed.push(id)
  for (const id of removed) current.delete(id)
  return { changed, removed }
}
