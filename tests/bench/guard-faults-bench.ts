/**
 * Guard alarms under faults: `npx tsx tests/bench/guard-faults-bench.ts`
 *
 * The real guard service against the simulator, polling every 250 ms. For each fault run (every
 * simulator fault kind on every endpoint, the server down, a system sleep, an app restart) alarms are
 * raised on fresh doors WHILE the fault is on; then the fault ends and the run waits for the app to
 * catch up. Each expected alarm must exist exactly once in the database (lost = missing, duplicated =
 * more than one alarm for the key) and must have given exactly one notification. Latency from the
 * trigger to the notification is reported per run. Exits non-zero on any lost or duplicated alarm.
 */
import { atMost, reportFigure } from './support/figures'
import Database from 'better-sqlite3'
import { foldText } from '../../electron/shared/guard/text'
import { createGuardRig, type GuardRig } from '../unit/guard/support/guard-rig'

process.env.GATEHOUSE_LOG = 'quiet'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Door = { id: string; name: string }
interface Run {
  name: string
  start(rig: GuardRig): Promise<void>
  end(rig: GuardRig): Promise<void>
}

const faultRun = (kind: string, extra: Record<string, unknown> = {}, endpoint = '*'): Run => ({
  name: `${kind}${endpoint === '*' ? '' : ` on ${endpoint}`}`,
  start: async (rig) => void (await rig.sim.control.addFault({ endpoint, kind, ...extra } as never)),
  end: async (rig) => void (await rig.sim.control.clearFaults()),
})

const RUNS: Run[] = [
  faultRun('reset'),
  faultRun('http500'),
  faultRun('html'),
  faultRun('redirectLogin'),
  faultRun('springError'),
  faultRun('truncatedJson'),
  faultRun('malformedJson'),
  faultRun('apiAccessAbnormal'),
  faultRun('stall'),
  faultRun('latency', { ms: 2500 }),
  faultRun('repeatMonitorRows'),
  faultRun('localisedNames', { lang: 'es' }),
  faultRun('doorStateArray', {}, '/api/door/allDoorState'),
  faultRun('reset', {}, '/api/transaction/monitor'),
  {
    name: 'server down',
    start: async (rig) => void (await rig.sim.control.setOnline(false)),
    end: async (rig) => void (await rig.sim.control.setOnline(true)),
  },
  {
    name: 'system sleep',
    start: async (rig) => rig.guard.suspend(),
    end: async (rig) => rig.guard.resume(),
  },
  {
    name: 'app restart',
    start: async (rig) => {
      rig.guard.stop()
      await rig.guard.idle()
    },
    end: async (rig) => rig.restart().start(),
  },
]

function alarmsByKey(rig: GuardRig, key: string): number {
  const db = new Database((rig.db as unknown as { name: string }).name, { readonly: true })
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM guard_alarms WHERE key = ?').get(key) as { n: number }).n
  } finally {
    db.close()
  }
}

async function main(): Promise<void> {
  const rig = await createGuardRig({
    pollMs: 250,
    settings: (s) => void (s.notifications.maxPerMinute = 60),
  })
  let totalLost = 0
  let totalDup = 0
  let totalNotifyErrors = 0
  try {
    rig.guard.start()
    await rig.waitFor(
      () => rig.guard.workerStatuses().every((w) => w.lastSuccessAt !== null),
      20_000,
      'first polls',
    )
    const snap = await rig.sim.control.snapshot()
    const doors = (snap.doors as (Door & { connect: string; hasSensor: boolean })[]).filter(
      (d) => d.connect === '1',
    )
    let next = 0
    const perRun = 2
    for (const run of RUNS) {
      const started = Date.now()
      await run.start(rig)
      await sleep(600) // the fault is felt by the workers
      const expected: { key: string; door: Door; at: number }[] = []
      for (let i = 0; i < perRun; i++) {
        const door = doors[next++ % doors.length]!
        const at = Date.now()
        await rig.sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
        expected.push({ key: `door|${foldText(door.name)}|forcedOpen`, door, at })
      }
      await sleep(800)
      await run.end(rig)
      const deadline = Date.now() + 30_000
      while (Date.now() < deadline && !expected.every((e) => alarmsByKey(rig, e.key) >= 1)) await sleep(100)
      await sleep(1500) // more polls: anything duplicated would show now
      let lost = 0
      let dup = 0
      let badNotify = 0
      const latencies: number[] = []
      for (const e of expected) {
        const n = alarmsByKey(rig, e.key)
        if (n === 0) lost++
        if (n > 1) dup++
        const notes = rig.notifications.filter(
          (x) => String(x.title).includes(e.door.name) && x.alarmId !== null,
        )
        if (notes.length !== 1) badNotify++
        else latencies.push(notes[0]!.at - e.at)
      }
      totalLost += lost
      totalDup += dup
      totalNotifyErrors += badNotify
      console.log(
        `${run.name.padEnd(36)} alarms ${perRun}: lost ${lost}, duplicated ${dup}, notifications wrong ${badNotify}; ` +
          `trigger->notification ${latencies.map((l) => `${(l / 1000).toFixed(1)} s`).join(', ')} ` +
          `(fault on ~1.4 s; run ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      )
    }
    const all = rig.guard.listAlarms({ status: 'all', limit: 500 }).alarms
    const keys = new Set(all.map((a) => a.key))
    console.log(
      `fault runs: ${RUNS.length}, alarms expected ${RUNS.length * perRun}, stored ${all.length} (${keys.size} keys); ` +
        `lost ${totalLost}, duplicated ${totalDup}, notification errors ${totalNotifyErrors}`,
    )
    reportFigure(
      { name: 'fault runs: alarms lost', value: totalLost, unit: 'alarms', ...atMost(0)(totalLost) },
      quiet,
    )
    reportFigure(
      { name: 'fault runs: alarms duplicated', value: totalDup, unit: 'alarms', ...atMost(0)(totalDup) },
      quiet,
    )
    reportFigure(
      {
        name: 'fault runs: notification errors',
        value: totalNotifyErrors,
        unit: 'alarms',
        ...atMost(0)(totalNotifyErrors),
      },
      quiet,
    )
  } finally {
    await rig.close()
  }
  if (totalLost || totalDup || totalNotifyErrors) process.exitCode = 1
}

const quiet = { quiet: true }

void main()
