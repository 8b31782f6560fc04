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

interface Span {
  startedAt: number
  written: number
  leftOut: number
}

/** Calls `write(leftOutBefore)` when this refusal is to be logged; counts it otherwise. */
export type RefusalLog = (kind: string, write: (leftOutBefore: number) => void) => void

export function createRefusalLog({ burst, windowMs, now = Date.now }: RefusalLogOptions): RefusalLog {
  // One entry per reason and channel: bounded by the contract's size.
  const spans = new Map<string, Span>()
  return (kind, write) => {
    const at = now()
    let span = spans.get(kind)
    if (!span || at - span.startedAt >= windowMs) {
      span = { startedAt: at, written: 0, leftOut: span?.leftOut ?? 0 }
      spans.set(kind, span)
    }
    if (span.written >= burst) {
      span.leftOut++
      return
    }
    span.written++
    const leftOut = span.leftOut
    span.leftOut = 0
    write(leftOut)
  }
}
