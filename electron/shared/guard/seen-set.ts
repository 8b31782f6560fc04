/**
 * A bounded set of recently seen keys (insertion order eviction). Live rates can reach tens of events a
 * second for hours, so the memory of "seen" must be capped; older keys are also covered by the
 * persistent store for alarm events.
 */
export class SeenSet {
  private readonly keys = new Set<string>()
  constructor(private readonly capacity: number) {}

  has(key: string): boolean {
    return this.keys.has(key)
  }

  /** Adds the key; returns false when it was already there. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false
    this.keys.add(key)
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next()
      if (!oldest.done) this.keys.delete(oldest.value)
    }
    return true
  }

  /** Forgets the key (a batch that added it was rolled back: the row must count as new next time). */
  delete(key: string): void {
    this.keys.delete(key)
  }

  get size(): number {
    return this.keys.size
  }
}
