/**
 * Refused IPC calls are logged for the site's IT admin, but a renderer gone wrong (or the end-to-end
 * fuzz) can send thousands a minute: 6,590 WARN lines in the fuzz before this. Each kind of refusal
 * (reason and channel) is written at most `burst` times per `windowMs`; the rest are counted, and the
 * next line written for that kind says how many were left out since the previous one. Pure: the
 * clock is passed in, no timers.
 */
export interface RefusalLogOptions {
  burst: number
  windowMs: number
  now?: () => number
}

interface Window {
  startedAt: number
  written: number
  leftOut: number
}

/** Calls `write(leftOutBefore)` when this refusal is to be logged; counts it otherwise. */
export type RefusalLog = (kind: string, write: (leftOutBefore: number) => void) => void

export function createRefusalLog({ burst, windowMs, now = Date.now }: RefusalLogOptions): RefusalLog {
  // One entry per reason and channel: bounded by the contract's size.
  const windows = new Map<string, Window>()
  return (kind, write) => {
    const at = now()
    let window = windows.get(kind)
    if (!window || at - window.startedAt >= windowMs) {
      window = { startedAt: at, written: 0, leftOut: window?.leftOut ?? 0 }
      windows.set(kind, window)
    }
    if (window.written >= burst) {
      window.leftOut++
      return
    }
    window.written++
    const leftOut = window.leftOut
    window.leftOut = 0
    write(leftOut)
  }
}
