/**
 * The live feed between the pipeline and the renderer. Events are batched (one IPC message at most
 * every `flushMs`, at most `maxBatch` events each) so a burst of thousands of events a second costs a
 * few messages, and the newest `capacity` events are kept for `guard.snapshot` / `guard.recentEvents`.
 */
import type { FeedEvent } from '../../../shared/contract/guard'

export class FeedBuffer {
  private readonly ring: (FeedEvent | undefined)[]
  private next = 0
  private count = 0
  private pending: FeedEvent[] = []
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly send: (events: FeedEvent[]) => void,
    private readonly options: { capacity?: number; flushMs?: number; maxBatch?: number } = {},
  ) {
    this.ring = new Array(options.capacity ?? 10_000)
  }

  push(events: readonly FeedEvent[]): void {
    for (const e of events) {
      this.ring[this.next] = e
      this.next = (this.next + 1) % this.ring.length
      this.count = Math.min(this.count + 1, this.ring.length)
      this.pending.push(e)
    }
    // Never hold more than the ring: if the renderer is far behind, it reloads with a snapshot anyway.
    if (this.pending.length > this.ring.length) this.pending.splice(0, this.pending.length - this.ring.length)
    if (!this.timer && this.pending.length) {
      this.timer = setTimeout(() => this.flush(), this.options.flushMs ?? 250)
      this.timer.unref?.()
    }
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const max = this.options.maxBatch ?? 1000
    while (this.pending.length) this.send(this.pending.splice(0, max))
  }

  /** Newest first. */
  recent(limit: number): FeedEvent[] {
    const out: FeedEvent[] = []
    const n = Math.min(limit, this.count)
    for (let i = 1; i <= n; i++) {
      const e = this.ring[(this.next - i + this.ring.length) % this.ring.length]
      if (e) out.push(e)
    }
    return out
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
