/**
 * Steal time: how long this virtual machine's CPUs wanted to run but the host ran something else (the
 * `steal` column of Linux's /proc/stat). A frame over 50 ms with one core busy is either the app's
 * work or the machine stopping under it; on a 2-core VM whose host is loaded it can be the second, so
 * the guard UI bench samples steal through each frame phase and says, for every long frame, how much
 * of its window the host took. Linux only; elsewhere (or with steal not accounted) it reads 0.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** The kernel reports CPU times in USER_HZ ticks, 100 a second on every Linux of ours. */
const TICK_MS = 10

/** Steal time so far, summed over the machine's CPUs (ms); 0 where /proc/stat is not there. */
export function stealMs(): number {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/)
    // cpu user nice system idle iowait irq softirq steal ...
    return Number(cpu[8] ?? 0) * TICK_MS
  } catch {
    return 0
  }
}

export interface StealSample {
  /** Wall-clock time (ms since the epoch, sub-ms), comparable with a page's timeOrigin + now(). */
  at: number
  steal: number
}

/** Samples steal every `everyMs` until stopped; `stop` returns the samples (first and last included). */
export function sampleSteal(everyMs = TICK_MS): { stop: () => StealSample[] } {
  const samples: StealSample[] = []
  const take = () => samples.push({ at: performance.timeOrigin + performance.now(), steal: stealMs() })
  take()
  const timer = setInterval(take, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      take()
      return samples
    },
  }
}

/**
 * Steal within [from, to] (wall-clock ms), widened to the samples just outside it: the counter moves
 * in whole ticks, so a stall inside a frame shows in the samples around it.
 */
export function stealBetween(samples: readonly StealSample[], from: number, to: number): number {
  let before: StealSample | undefined
  let after: StealSample | undefined
  for (const sample of samples) {
    if (sample.at <= from) before = sample
    if (sample.at >= to) {
      after = sample
      break
    }
  }
  before ??= samples[0]
  after ??= samples.at(-1)
  return before && after ? Math.max(0, after.steal - before.steal) : 0
}
