/**
 * Guard alarm latency: `npx tsx tests/bench/guard-latency-bench.ts [pollMs...]` (default 1000 2000)
 *
 * The real guard service (workers, monitor sessions, engine, notifier) against the simulator over HTTP.
 * Alarms (forced open, tamper, duress, held open; a fresh door+kind each time) are triggered at random
 * phases of the polling cycle; latency = time of the native notification record minus the moment the
 * simulator created the event. Storm control is opened to its maximum (60 a minute) so every alarm is
 * notified. Reports p50/p95/max per polling interval against the goal p95 <= interval + 1 s, and exits
 * non-zero when the goal is missed.
 */
import { createGuardRig } from '../unit/guard/support/guard-rig'

process.env.GATEHOUSE_LOG = 'quiet'

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function latencyRun(
  pollMs: number,
  samples: number,
): Promise<{ p50: number; p95: number; max: number; n: number }> {
  const rig = await createGuardRig({
    pollMs,
    settings: (s) => {
      s.notifications.maxPerMinute = 60
    },
  })
  try {
    rig.guard.start()
    await rig.waitFor(
      () => rig.guard.workerStatuses().every((w) => w.lastSuccessAt !== null),
      20_000,
      'first polls',
    )
    const snap = await rig.sim.control.snapshot()
    const doors = (snap.doors as { id: string; connect: string; hasSensor: boolean }[]).filter(
      (d) => d.connect === '1',
    )
    const kinds = ['forcedOpen', 'tamper', 'duress', 'heldOpen'] as const
    const latencies: number[] = []
    for (let i = 0; i < samples; i++) {
      const door = doors[i % doors.length]!
      const kind = kinds[Math.floor(i / doors.length) % kinds.length]!
      await sleep(Math.random() * pollMs) // a random phase of the polling cycle
      const before = rig.notifications.length
      const triggeredAt = Date.now()
      await rig.sim.control.trigger({ kind, doorId: door.id })
      const note = await rig.waitFor(() => rig.notifications[before], pollMs * 3 + 5000, `notification ${i}`)
      latencies.push(note.at - triggeredAt)
      // Keep under 60 notifications a minute (storm control) and away from the per-door window.
      await sleep(Math.max(0, 1050 - (Date.now() - triggeredAt)))
    }
    return {
      n: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
    }
  } finally {
    await rig.close()
  }
}

async function main(): Promise<void> {
  const intervals = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0)
  const samples = Number(process.env.GUARD_BENCH_SAMPLES ?? 40)
  let failed = false
  for (const pollMs of intervals.length ? intervals : [1000, 2000]) {
    const r = await latencyRun(pollMs, samples)
    const goal = pollMs + 1000
    const ok = r.p95 <= goal
    failed ||= !ok
    console.log(
      `alarm latency @ poll ${pollMs} ms: n=${r.n} p50=${r.p50} ms p95=${r.p95} ms max=${r.max} ms ` +
        `(goal p95 <= ${goal} ms: ${ok ? 'met' : 'MISSED'})`,
    )
  }
  if (failed) process.exitCode = 1
}

if (import.meta.url === `file://${process.argv[1]}`) void main()
