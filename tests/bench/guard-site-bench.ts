/**
 * Guard site mode: `npx tsx tests/bench/guard-site-bench.ts`
 *
 * Real parts only: the simulator over HTTP, a private PostgreSQL cluster, and stations that each have
 * their own SQLite database, guard service and site connections (tests/unit/guard-site/support).
 *
 * - ack propagation: an alarm acknowledged at one station, until the other station's copy is
 *   acknowledged and its notification closed; p50/p95 (goal p95 < 1 s);
 * - ZKBio requests per minute with 1, 2 and 5 stations (goal: flat, one poller);
 * - leader failover: the leader stops at once, its connections dropped (as when its process dies), until another
 *   station leads and until its first door poll (goal < two polling intervals).
 */
import { startPostgresCluster } from '../support/postgres-cluster'
import { createSiteRig, type SiteRig } from '../unit/guard-site/support/site-rig'

process.env.GATEHOUSE_LOG = 'quiet'
const POLL_MS = Number(process.env.SITE_BENCH_POLL_MS ?? 1000)

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function ready(rig: SiteRig): Promise<void> {
  await rig.waitFor(() => rig.leaders().length === 1, 15_000, 'a leader')
  await rig.waitFor(() => rig.stations.every((s) => s.guard.snapshot().doors.length > 0), 15_000, 'boards')
}

async function ackPropagation(cluster: Awaited<ReturnType<typeof startPostgresCluster>>, samples: number) {
  const rig = await createSiteRig(cluster, { pollMs: POLL_MS })
  try {
    await rig.addStation('A')
    await rig.addStation('B')
    await ready(rig)
    const snap = await rig.sim.control.snapshot()
    const doors = (snap.doors as { id: string; name: string; connect: string }[]).filter(
      (d) => d.connect === '1',
    )
    const kinds = ['forcedOpen', 'tamper', 'duress'] as const
    const delays: number[] = []
    for (let i = 0; i < samples; i++) {
      const door = doors[i % doors.length]!
      const kind = kinds[Math.floor(i / doors.length) % kinds.length]!
      await rig.sim.control.trigger({ kind, doorId: door.id })
      const [x, y] = i % 2 ? [rig.stations[0]!, rig.stations[1]!] : [rig.stations[1]!, rig.stations[0]!]
      const atX = await rig.waitFor(
        () =>
          x.guard
            .snapshot()
            .openAlarms.find((a) => a.kind === kind && a.status === 'new' && a.targetName === door.name),
        POLL_MS * 3 + 5000,
        `alarm ${i} at ${x.name}`,
      )
      const atY = await rig.waitFor(
        () => y.guard.snapshot().openAlarms.find((a) => a.key === atX.key && a.status === 'new'),
        5000,
        `alarm ${i} at ${y.name}`,
      )
      const t0 = performance.now()
      x.guard.acknowledge(atX.id, `bench ${i}`)
      await rig.waitFor(
        () =>
          y.guard.getAlarm(atY.id).status !== 'new' &&
          y.notifications.filter((n) => n.alarmId === atY.id).every((n) => n.closed),
        5000,
        `ack ${i} at ${y.name}`,
      )
      delays.push(performance.now() - t0)
      await sleep(200)
    }
    return {
      n: delays.length,
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      max: Math.max(...delays),
    }
  } finally {
    await rig.close()
  }
}

async function requestsPerMinute(
  cluster: Awaited<ReturnType<typeof startPostgresCluster>>,
  stations: number,
) {
  const rig = await createSiteRig(cluster, { pollMs: POLL_MS })
  try {
    for (let i = 0; i < stations; i++) await rig.addStation(`S${i + 1}`)
    await ready(rig)
    await sleep(POLL_MS * 2)
    const from = (await rig.sim.control.requests()).length
    const windowMs = Number(process.env.SITE_BENCH_WINDOW_MS ?? 20_000)
    await sleep(windowMs)
    const count = (await rig.sim.control.requests()).length - from
    return Math.round((count * 60_000) / windowMs)
  } finally {
    await rig.close()
  }
}

async function failover(cluster: Awaited<ReturnType<typeof startPostgresCluster>>, runs: number) {
  const rig = await createSiteRig(cluster, { pollMs: POLL_MS })
  const elected: number[] = []
  const polled: number[] = []
  try {
    for (const n of ['A', 'B', 'C']) await rig.addStation(n)
    await ready(rig)
    for (let i = 0; i < runs; i++) {
      const old = rig.leaders()[0]!
      const t0 = performance.now()
      await old.crash()
      const next = await rig.waitFor(() => rig.leaders().find((s) => s !== old), 10_000, 'takeover')
      elected.push(performance.now() - t0)
      const before = next.guard.workerStatuses().find((w) => w.name === 'doorStates')!.lastSuccessAt
      await rig.waitFor(
        () => next.guard.workerStatuses().find((w) => w.name === 'doorStates')!.lastSuccessAt !== before,
        10_000,
        'first poll of the new leader',
      )
      polled.push(performance.now() - t0)
      await rig.addStation(`N${i}`) // three stations again
      await sleep(POLL_MS * 2)
    }
    return {
      elected: { p50: percentile(elected, 50), max: Math.max(...elected) },
      polled: { p50: percentile(polled, 50), max: Math.max(...polled) },
    }
  } finally {
    await rig.close()
  }
}

async function main(): Promise<void> {
  const cluster = await startPostgresCluster()
  let failed = false
  try {
    const ack = await ackPropagation(cluster, Number(process.env.SITE_BENCH_SAMPLES ?? 30))
    const ackOk = ack.p95 < 1000
    failed ||= !ackOk
    console.log(
      `site ack propagation (2 stations): n=${ack.n} p50=${ack.p50.toFixed(0)} ms p95=${ack.p95.toFixed(0)} ms ` +
        `max=${ack.max.toFixed(0)} ms (goal p95 < 1000 ms: ${ackOk ? 'met' : 'MISSED'})`,
    )
    const rates: Record<number, number> = {}
    for (const n of [1, 2, 5]) rates[n] = await requestsPerMinute(cluster, n)
    const flat = rates[5]! <= rates[1]! * 1.2 && rates[2]! <= rates[1]! * 1.2
    failed ||= !flat
    console.log(
      `site ZKBio requests/min @ poll ${POLL_MS} ms: 1 station ${rates[1]}, 2 stations ${rates[2]}, ` +
        `5 stations ${rates[5]} (goal flat within 20%: ${flat ? 'met' : 'MISSED'})`,
    )
    const f = await failover(cluster, Number(process.env.SITE_BENCH_FAILOVERS ?? 5))
    const foOk = f.polled.max < 2 * POLL_MS
    failed ||= !foOk
    console.log(
      `site leader failover @ poll ${POLL_MS} ms: new leader p50=${f.elected.p50.toFixed(0)} ms max=${f.elected.max.toFixed(0)} ms; ` +
        `its first door poll p50=${f.polled.p50.toFixed(0)} ms max=${f.polled.max.toFixed(0)} ms ` +
        `(goal < ${2 * POLL_MS} ms: ${foOk ? 'met' : 'MISSED'})`,
    )
  } finally {
    await cluster.stop()
  }
  if (failed) process.exitCode = 1
}

if (import.meta.url === `file://${process.argv[1]}`) void main()
