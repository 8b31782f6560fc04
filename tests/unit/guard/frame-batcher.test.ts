import { describe, expect, it } from 'vitest'
import { createFrameBatcher, type FrameScheduler } from '../../../renderer/src/stores/frame-batcher'

/** A scheduler the test drives: frames and timers run only when the test says so. */
function manualScheduler() {
  const frames = new Set<() => void>()
  const timers = new Set<{ callback: () => void; ms: number }>()
  let now = 1000
  const scheduler: FrameScheduler = {
    now: () => now,
    requestFrame(callback) {
      frames.add(callback)
      return () => frames.delete(callback)
    },
    setTimer(callback, ms) {
      const timer = { callback, ms }
      timers.add(timer)
      return () => timers.delete(timer)
    },
  }
  return {
    scheduler,
    pending: () => ({ frames: frames.size, timers: [...timers].map((t) => t.ms) }),
    frame: () => [...frames].forEach((f) => (frames.delete(f), f())),
    timeout: () => [...timers].forEach((t) => (timers.delete(t), t.callback())),
    advance: (ms: number) => (now += ms),
  }
}

describe('frame batcher (one live-feed update per frame)', () => {
  it('hands over every message of a frame at once, in arrival order', () => {
    const clock = manualScheduler()
    const delivered: number[][] = []
    const batcher = createFrameBatcher<number>((items) => delivered.push(items), {
      limit: 100,
      scheduler: clock.scheduler,
    })
    batcher.push([1, 2])
    batcher.push([3])
    batcher.push([])
    batcher.push([4, 5])
    expect(delivered).toEqual([])
    expect(clock.pending()).toEqual({ frames: 1, timers: [100] })
    clock.frame()
    expect(delivered).toEqual([[1, 2, 3, 4, 5]])
    // The frame's flush stopped the timer: nothing is handed over twice.
    expect(clock.pending()).toEqual({ frames: 0, timers: [] })
    clock.timeout()
    expect(delivered).toHaveLength(1)
  })

  it('still hands over when no frame comes (a hidden window)', () => {
    const clock = manualScheduler()
    const delivered: string[][] = []
    const batcher = createFrameBatcher<string>((items) => delivered.push(items), {
      limit: 10,
      maxWaitMs: 250,
      scheduler: clock.scheduler,
    })
    batcher.push(['a'])
    expect(clock.pending().timers).toEqual([250])
    clock.timeout()
    expect(delivered).toEqual([['a']])
    expect(clock.pending()).toEqual({ frames: 0, timers: [] })
    batcher.push(['b'])
    clock.frame()
    expect(delivered).toEqual([['a'], ['b']])
  })

  it('keeps only the newest `limit` items while waiting', () => {
    const clock = manualScheduler()
    const delivered: number[][] = []
    const batcher = createFrameBatcher<number>((items) => delivered.push(items), {
      limit: 3,
      scheduler: clock.scheduler,
    })
    batcher.push([1, 2])
    batcher.push([3, 4, 5])
    clock.frame()
    expect(delivered).toEqual([[3, 4, 5]])
  })

  it('flushes on demand and drops the queue on cancel', () => {
    const clock = manualScheduler()
    const delivered: number[][] = []
    const batcher = createFrameBatcher<number>((items) => delivered.push(items), {
      limit: 10,
      scheduler: clock.scheduler,
    })
    batcher.flush()
    expect(delivered).toEqual([])
    batcher.push([1])
    batcher.flush()
    expect(delivered).toEqual([[1]])
    expect(clock.pending()).toEqual({ frames: 0, timers: [] })
    batcher.push([2])
    batcher.cancel()
    clock.frame()
    clock.timeout()
    expect(delivered).toEqual([[1]])
  })

  it('hands over at most once every minIntervalMs, the first message of a quiet spell at once', () => {
    const clock = manualScheduler()
    const delivered: number[][] = []
    const batcher = createFrameBatcher<number>((items) => delivered.push(items), {
      limit: 100,
      minIntervalMs: 250,
      scheduler: clock.scheduler,
    })
    batcher.push([1])
    expect(clock.pending()).toEqual({ frames: 1, timers: [100] })
    clock.frame()
    expect(delivered).toEqual([[1]])
    // 40 ms later: the rest of the interval passes first (a timer), then the next frame hands over.
    clock.advance(40)
    batcher.push([2])
    batcher.push([3])
    expect(clock.pending()).toEqual({ frames: 0, timers: [210] })
    clock.advance(210)
    clock.timeout()
    expect(delivered).toEqual([[1]])
    expect(clock.pending()).toEqual({ frames: 1, timers: [100] })
    batcher.push([4])
    clock.frame()
    expect(delivered).toEqual([[1], [2, 3, 4]])
    // A quiet spell longer than the interval: the next message goes at the next frame.
    clock.advance(1000)
    batcher.push([5])
    expect(clock.pending()).toEqual({ frames: 1, timers: [100] })
    clock.frame()
    expect(delivered).toEqual([[1], [2, 3, 4], [5]])
  })
})
