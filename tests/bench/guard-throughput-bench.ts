/**
 * Guard event pipeline throughput: `npx tsx tests/bench/guard-throughput-bench.ts`
 *
 * 1. Pipeline alone: 100,000 access monitor rows (3% alarms, 5% repeated rows as servers send them)
 *    normalised, de-duplicated, classified, alarms persisted in SQLite on disk, fed to the batched feed.
 * 2. Boards at scale: the simulator with 1,000 doors; time of each door-state poll (HTTP, parse,
 *    classify, engine, diff) and the size of the deltas sent to the renderer.
 * 3. End to end: the simulator's scenario at 100 events a second for 20 s, the real workers polling
 *    every second over HTTP. Afterwards the server's own v2 lists for the run are compared, key by
 *    key, with what reached the feed: lost and duplicated events are counted (both must be zero).
 */
import { atMost, reportFigure } from './support/figures'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FeedEvent } from '../../electron/shared/contract/guard'
import { compileEventPolicy } from '../../electron/shared/guard/classify-event'
import { eventKey } from '../../electron/shared/guard/event-key'
import { toEventRow } from '../../electron/shared/guard/event-row'
import { defaultSettings } from '../../electron/shared/settings'
import { auditMigrations } from '../../electron/main/audit/audit-log'
import { openDatabase } from '../../electron/main/db/database'
import { AlarmEngine } from '../../electron/main/guard/alarms/alarm-engine'
import { AlarmStore, guardMigrations } from '../../electron/main/guard/alarms/alarm-store'
import { EventPipeline } from '../../electron/main/guard/events/event-pipeline'
import { FeedBuffer } from '../../electron/main/guard/events/feed-buffer'
import { createGuardRig, eventsNamed } from '../unit/guard/support/guard-rig'

process.env.GATEHOUSE_LOG = 'quiet'

const pad = (n: number) => String(n).padStart(2, '0')

function syntheticRows(count: number): unknown[] {
  const rows: unknown[] = []
  const base = Date.UTC(2026, 10, 29, 8, 0, 0)
  for (let i = 0; i < count; i++) {
    const t = new Date(base + Math.floor(i / 20) * 1000)
    const time = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`
    const alarm = i % 33 === 0
    rows.push({
      eventTime: time,
      pin: String(1000 + (i % 5000)),
      areaName: 'HQ',
      cardNo: String(9_000_000 + i),
      devSn: `SN${i % 250}`,
      verifyModeName: 'Card',
      eventName: alarm ? 'Door Opened Forcefully' : 'Normal Verify Open',
      eventPointName: `door-${i % 1000}`,
      readerName: `door-${i % 1000}-1- in`,
      devName: `192.168.1.${i % 250}`,
    })
    if (i % 20 === 7) rows.push(rows[rows.length - 1]) // repeated monitor row
  }
  return rows
}

async function pipelineBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'guard-bench-'))
  const db = openDatabase(join(dir, 'gatehouse.db'), [...auditMigrations, ...guardMigrations])
  const store = new AlarmStore(db)
  let raised = 0
  let batches = 0
  const engine = new AlarmEngine(store, { raised: () => void raised++, changed: () => undefined })
  let fed = 0
  const feed = new FeedBuffer((events) => {
    batches++
    fed += events.length
  })
  const classify = compileEventPolicy({ alarmEventNames: defaultSettings().notifications.alarmEventNames })
  const pipeline = new EventPipeline({ store, engine, classify: () => classify, feed: (e) => feed.push(e) })
  const rows = syntheticRows(100_000)
  const t0 = performance.now()
  let events = 0
  let duplicates = 0
  for (let i = 0; i < rows.length; i += 500) {
    const r = pipeline.ingest('access', rows.slice(i, i + 500), false)
    events += r.events
    duplicates += r.duplicates
  }
  feed.flush()
  const ms = performance.now() - t0
  console.log(
    `pipeline: ${rows.length} rows in ${ms.toFixed(0)} ms = ${Math.round((rows.length / ms) * 1000)} rows/s; ` +
      `${events} new events, ${duplicates} repeats dropped, ${raised} alarms raised (one per door), ` +
      `${fed} feed events in ${batches} IPC batches`,
  )
  reportFigure(
    { name: 'pipeline ingest rate', value: Math.round((rows.length / ms) * 1000), unit: 'rows/s' },
    quiet,
  )
  db.close()
  rmSync(dir, { recursive: true, force: true })
}

async function endToEnd(rate: number, seconds: number): Promise<boolean> {
  const rig = await createGuardRig({
    pollMs: 1000,
    settings: (s) => void (s.notifications.maxPerMinute = 60),
  })
  try {
    rig.guard.start()
    await rig.waitFor(
      () => rig.guard.workerStatuses().every((w) => w.lastSuccessAt !== null),
      20_000,
      'first polls',
    )
    const startServer = (await rig.sim.control.clock()).now
    await rig.sim.control.scenario({ rate })
    await new Promise((r) => setTimeout(r, seconds * 1000))
    await rig.sim.control.scenario({ rate: 0 })
    const endServer = (await rig.sim.control.clock()).now
    await new Promise((r) => setTimeout(r, 3000)) // last polls
    rig.guard.flushFeed()
    const feed: FeedEvent[] = eventsNamed(rig, 'guard.feed').flatMap((f) => f.events)
    const seen = new Map<string, number>()
    for (const e of feed) seen.set(e.key, (seen.get(e.key) ?? 0) + 1)
    const duplicated = [...seen.values()].filter((n) => n > 1).length

    // The server's own record of the run, through the same client and normalisation.
    const serverKeys = new Set<string>()
    const lists = [
      [
        'access',
        (p: number) =>
          rig.client.transaction.listV2({
            startDate: startServer,
            endDate: endServer,
            pageNo: p,
            pageSize: 1000,
          }),
      ],
      [
        'gate',
        (p: number) =>
          rig.client.psgTransaction.listV2({
            startDate: startServer,
            endDate: endServer,
            pageNo: p,
            pageSize: 1000,
          }),
      ],
    ] as const
    for (const [stream, fetchPage] of lists) {
      for (let p = 1; p < 100; p++) {
        const page = await fetchPage(p)
        for (const raw of page.items) {
          const row = toEventRow(stream, raw)
          if (row) serverKeys.add(eventKey(row))
        }
        if (page.items.length < 1000) break
      }
    }
    for (let p = 1; p < 100; p++) {
      const rows = await rig.client.hep.list({
        startDate: startServer,
        endDate: endServer,
        pageNo: p,
        pageSize: 1000,
      })
      for (const raw of rows) {
        const row = toEventRow('temperature', raw)
        if (row) serverKeys.add(eventKey(row))
      }
      if (rows.length < 1000) break
    }
    const lost = [...serverKeys].filter((k) => !seen.has(k)).length
    const alarms = rig.guard.listAlarms({ status: 'all', limit: 500 }).alarms.length
    console.log(
      `end to end @ ${rate} events/s for ${seconds} s, polling 1 s: server wrote ${serverKeys.size} monitored events, ` +
        `feed got ${seen.size} (${duplicated} duplicated, ${lost} lost), ${alarms} alarms, ` +
        `${eventsNamed(rig, 'guard.feed').length} feed batches, notifications ${rig.notifications.length}`,
    )
    reportFigure(
      { name: `end to end @ ${rate}/s: events lost`, value: lost, unit: 'events', ...atMost(0)(lost) },
      quiet,
    )
    reportFigure(
      {
        name: `end to end @ ${rate}/s: events duplicated`,
        value: duplicated,
        unit: 'events',
        ...atMost(0)(duplicated),
      },
      quiet,
    )
    return lost === 0 && duplicated === 0
  } finally {
    await rig.close()
  }
}

async function boardBench(): Promise<void> {
  const rig = await createGuardRig({ pollMs: 1000, sim: { size: 'scale' } })
  try {
    rig.guard.start()
    await rig.waitFor(() => rig.guard.snapshot().doors.length >= 1000, 60_000, '1,000 doors')
    const snap = await rig.sim.control.snapshot()
    const doors = (snap.doors as { id: string; connect: string }[]).filter((d) => d.connect === '1')
    const durations: number[] = []
    let lastSuccess = rig.guard.workerStatuses().find((w) => w.name === 'doorStates')!.lastSuccessAt
    for (let i = 0; i < 10; i++) {
      await rig.sim.control.trigger({ kind: i % 2 ? 'doorOpen' : 'doorClose', doorId: doors[i * 37]!.id })
      const status = await rig.waitFor(
        () => {
          const s = rig.guard.workerStatuses().find((w) => w.name === 'doorStates')!
          return s.lastSuccessAt !== lastSuccess ? s : null
        },
        10_000,
        'door poll',
      )
      lastSuccess = status.lastSuccessAt
      durations.push(status.lastDurationMs ?? NaN)
    }
    const deltas = eventsNamed(rig, 'guard.doors').map((d) => d.changed.length)
    const sorted = [...durations].sort((a, b) => a - b)
    console.log(
      `boards: ${rig.guard.snapshot().doors.length} doors; door-state poll (HTTP + parse + classify + diff) ` +
        `median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted[sorted.length - 1]} ms; ` +
        `deltas sent: first ${deltas[0]} doors, then ${deltas.slice(1).join(', ')}`,
    )
    reportFigure(
      { name: '1,000-door state poll median', value: sorted[Math.floor(sorted.length / 2)]!, unit: 'ms' },
      quiet,
    )
    reportFigure({ name: '1,000-door state poll max', value: sorted[sorted.length - 1]!, unit: 'ms' }, quiet)
  } finally {
    await rig.close()
  }
}

const quiet = { quiet: true }

async function main(): Promise<void> {
  await pipelineBench()
  await boardBench()
  const ok = await endToEnd(
    Number(process.env.GUARD_BENCH_RATE ?? 100),
    Number(process.env.GUARD_BENCH_SECONDS ?? 20),
  )
  if (!ok) process.exitCode = 1
}

void main()
