/**
 * Coalesces items that arrive in bursts into one hand-over per frame, and at most one every
 * `minIntervalMs`. The live feed gets a message per polled stream (access, gate, temperature), often
 * several close together; each hand-over makes the 10,000-row table recompute and re-render, so a few
 * per second instead of one per message keeps frames short while the feed fills. A quiet feed's first
 * message is shown at the next frame. The flush runs in an animation frame; a timer flushes too
 * (`maxWaitMs` after it was due), since a hidden or minimised window gets no animation frames and its
 * list must still follow. At most `limit` newest items are kept while waiting (the feed keeps no more).
 */
export interface FrameBatcher<T> {
  /** Queues items (oldest first, as they arrived); the flush gets everything queued since the last. */
  push(items: readonly T[]): void
  /** Hands over what is queued now (e.g. before the feed is paused or replaced). */
  flush(): void
  /** Drops what is queued and stops the pending flush. */
  cancel(): void
}

export interface FrameScheduler {
  requestFrame(callback: () => void): () => void
  setTimer(callback: () => void, ms: number): () => void
  now(): number
}

const browserScheduler: FrameScheduler = {
  requestFrame: (callback) => {
    const id = requestAnimationFrame(() => callback())
    return () => cancelAnimationFrame(id)
  },
  setTimer: (callback, ms) => {
    const id = setTimeout(callback, ms)
    return () => clearTimeout(id)
  },
  now: () => performance.now(),
}

export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  options: { limit: number; minIntervalMs?: number; maxWaitMs?: number; scheduler?: FrameScheduler },
): FrameBatcher<T> {
  const { limit, minIntervalMs = 0, maxWaitMs = 100, scheduler = browserScheduler } = options
  let queued: T[] = []
  let scheduled = false
  let cancelFrame: (() => void) | null = null
  let cancelTimer: (() => void) | null = null
  let lastFlush = -Infinity

  const unschedule = () => {
    cancelFrame?.()
    cancelTimer?.()
    cancelFrame = cancelTimer = null
    scheduled = false
  }
  const flush = () => {
    unschedule()
    if (!queued.length) return
    const items = queued
    queued = []
    lastFlush = scheduler.now()
    deliver(items)
  }
  /** Due now: the next frame flushes, or the timer when no frame comes. */
  const flushSoon = () => {
    cancelTimer?.()
    cancelFrame = scheduler.requestFrame(flush)
    cancelTimer = scheduler.setTimer(flush, maxWaitMs)
  }
  return {
    push(items) {
      if (!items.length) return
      queued.push(...items)
      if (queued.length > limit) queued = queued.slice(queued.length - limit)
      if (scheduled) return
      scheduled = true
      const wait = lastFlush + minIntervalMs - scheduler.now()
      if (wait <= 0) flushSoon()
      else cancelTimer = scheduler.setTimer(flushSoon, wait)
    },
    flush,
    cancel() {
      unschedule()
      queued = []
    },
  }
}
