/**
 * Jittered exponential backoff for a failing poller: base interval doubled per consecutive failure,
 * capped, with "full jitter" in the upper half so many desks do not hammer a recovering server in step.
 */
export function backoffDelayMs(
  intervalMs: number,
  consecutiveFailures: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const exp = Math.min(capMs, intervalMs * 2 ** Math.max(0, consecutiveFailures - 1))
  const base = Math.max(intervalMs, exp)
  return Math.round(base / 2 + random() * (base / 2))
}
