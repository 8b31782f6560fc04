/// <reference lib="dom" />
/**
 * Guard alarms end to end: the REAL built app (main, preload, renderer through the harness) against
 * the simulator over HTTP, polling every 250 ms (test-only override). Native notifications are the
 * electron double's records; the renderer side is reached through `window.gatehouse`, exactly as the
 * guard screen reaches it; the audit log is read from the app's own database.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { Page } from 'playwright'
import type { AlarmView, GuardSnapshot } from '../../electron/shared/contract/guard'
import type { GatehouseApp } from '../harness/launcher'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'
import { call, snapshot, untilGuardLive } from './support/page-api'

let sim: RunningSimulator

test.beforeEach(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterEach(async () => {
  await sim?.close()
})

const POLL_ENV = { GATEHOUSE_TEST_POLL_MS: '250' }

/** Calls `window.gatehouse.guard.<verb>` in the page and unwraps the Result. */
const guard = <T>(page: Page, verb: string, payload?: unknown) => call<T>(page, 'guard', verb, payload)

async function launchGuard(launch: (o?: object) => Promise<GatehouseApp>): Promise<GatehouseApp> {
  const app = await launch({ simulatorUrl: sim.url, simulatorToken: sim.token, env: POLL_ENV })
  // Connected, boards loaded, every monitor session open.
  await untilGuardLive(app.page)
  return app
}

async function onlineDoors(): Promise<{ id: string; name: string }[]> {
  const snap = await sim.control.snapshot()
  return (snap.doors as { id: string; name: string; connect: string; hasSensor: boolean }[]).filter(
    (d) => d.connect === '1' && d.hasSensor,
  )
}

function auditRows(
  app: GatehouseApp,
  action: string,
): { operator: string; target: string; result: string; detail: string }[] {
  const db = new Database(join(app.userDataDir, 'gatehouse.db'), { readonly: true, fileMustExist: true })
  try {
    return db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY id').all(action) as never
  } finally {
    db.close()
  }
}

test('a forced door gives exactly one notification and one queued alarm; clicking it opens the alarm', async ({
  launch,
}) => {
  const app = await launchGuard(launch)
  const [door] = await onlineDoors()
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door!.id })

  await expect.poll(async () => (await snapshot(app.page)).openAlarms.length, { timeout: 10_000 }).toBe(1)
  // Several more polls see the door state and the event again: still one of each.
  await app.page.waitForTimeout(1500)
  const queue = await guard<{ alarms: AlarmView[] }>(app.page, 'listAlarms', { status: 'open', limit: 50 })
  expect(queue.alarms).toHaveLength(1)
  const alarm = queue.alarms[0]!
  expect(alarm).toMatchObject({
    kind: 'forcedOpen',
    priority: 'critical',
    status: 'new',
    targetName: door!.name,
  })

  const notifications = await app.main.notifications()
  expect(notifications).toHaveLength(1)
  expect(notifications[0]!.options).toMatchObject({ urgency: 'critical', silent: true })
  expect(String(notifications[0]!.options.title)).toContain(door!.name)
  expect(notifications[0]!.shown).toBe(1)

  // The door board shows it, and the sound rings and repeats until acknowledged.
  const s = await snapshot(app.page)
  expect(s.doors.find((d) => d.id === door!.id)).toMatchObject({ alarm: 'forced', alarmId: alarm.id })
  expect(s.sound).toMatchObject({ ringing: true, loop: true, alarmId: alarm.id })

  // Clicking the notification brings the window forward on that alarm: main focuses the window and
  // asks the shell (app.navigate) for the alarm's page.
  const focusCallsBefore = (await app.main.recordings()).windows[0]!.calls.filter((c) => c === 'focus').length
  await app.main.clickNotification(0)
  await expect
    .poll(async () =>
      (await app.main.sentEvents())
        .filter((e) => e.channel === 'gatehouse:event:app.navigate')
        .map((e) => (e.args[0] as { path: string }).path),
    )
    .toEqual([`/guard/alarms/${alarm.id}`])
  const focusCalls = (await app.main.recordings()).windows[0]!.calls.filter((c) => c === 'focus').length
  expect(focusCalls).toBeGreaterThan(focusCallsBefore)
  const errors = await app.main.errors()
  expect(errors, JSON.stringify(errors)).toEqual([])
})

test('acknowledging with a comment writes the audit log, stops the sound and closes the notification', async ({
  launch,
}) => {
  const app = await launchGuard(launch)
  const [door] = await onlineDoors()
  await sim.control.trigger({ kind: 'duress', doorId: door!.id })
  await expect.poll(async () => (await snapshot(app.page)).openAlarms.length, { timeout: 10_000 }).toBe(1)
  const alarm = (await snapshot(app.page)).openAlarms[0]!
  expect(alarm.kind).toBe('duress')

  // An empty comment is refused by the contract; nothing is written.
  await expect(guard(app.page, 'acknowledgeAlarm', { id: alarm.id, comment: '   ' })).rejects.toThrow(
    /Invalid request/,
  )
  expect(auditRows(app, 'guard.alarm.acknowledge')).toEqual([])

  const acked = await guard<AlarmView>(app.page, 'acknowledgeAlarm', {
    id: alarm.id,
    comment: 'Called the site manager',
  })
  expect(acked).toMatchObject({ status: 'acknowledged', ackComment: 'Called the site manager' })
  const rows = auditRows(app, 'guard.alarm.acknowledge')
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ result: 'ok', detail: 'Called the site manager' })
  expect(rows[0]!.target).toContain(`alarm #${alarm.id}`)
  expect(rows[0]!.target).toContain(door!.name)
  expect((await snapshot(app.page)).sound.ringing).toBe(false)
  expect((await app.main.notifications())[0]!.closed).toBe(true)

  // A mute needs a reason and is logged too.
  await expect(guard(app.page, 'muteSound', { reason: '', minutes: 5 })).rejects.toThrow(/Invalid request/)
  const muted = await guard<GuardSnapshot['sound']>(app.page, 'muteSound', {
    reason: 'Fire drill',
    minutes: 5,
  })
  expect(muted.muted).toMatchObject({ reason: 'Fire drill' })
  expect(auditRows(app, 'guard.sound.mute')[0]!.detail).toContain('Fire drill')

  // Acknowledged alarms never notify again, even when the same door raises the same kind again.
  await sim.control.trigger({ kind: 'duress', doorId: door!.id })
  await app.page.waitForTimeout(1500)
  expect(await app.main.notifications()).toHaveLength(1)
})

test('server down with an alarm during the gap: the alarm appears after reconnection, with no duplicate', async ({
  launch,
}) => {
  const app = await launchGuard(launch)
  const doors = await onlineDoors()
  const door = doors[3]!
  await sim.control.setOnline(false)
  await expect
    .poll(async () => (await snapshot(app.page)).workers.every((w) => w.consecutiveFailures > 0), {
      timeout: 15_000,
    })
    .toBe(true)
  await sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
  await sim.control.trigger({ kind: 'doorClose', doorId: door.id }) // closed again before the server is back
  await app.page.waitForTimeout(1000)
  // Nothing can be read: only Gatehouse's own "Server link lost" alarm is open.
  expect((await snapshot(app.page)).openAlarms.map((a) => a.kind)).toEqual(['linkLost'])

  await sim.control.setOnline(true)
  await expect
    .poll(async () => (await snapshot(app.page)).openAlarms.map((a) => a.kind), { timeout: 20_000 })
    .toEqual(['forcedOpen'])
  await expect
    .poll(
      async () => (await snapshot(app.page)).gaps.some((g) => g.stream === 'access' && g.status === 'filled'),
      {
        timeout: 20_000,
      },
    )
    .toBe(true)
  await app.page.waitForTimeout(2000)
  const s = await snapshot(app.page)
  expect(s.openAlarms).toHaveLength(1)
  expect(s.openAlarms[0]).toMatchObject({ kind: 'forcedOpen', targetName: door.name, count: 1 })
  const gap = s.gaps.find((g) => g.stream === 'access')!
  expect(gap.cause).toBe('outage')
  const notes = await app.main.notifications()
  expect(notes.filter((n) => String(n.options.title).includes(door.name))).toHaveLength(1)
  // The feed has the forced event once.
  const feed = await guard<{ key: string; pointName: string | null; alarmId: number | null }[]>(
    app.page,
    'recentEvents',
    {
      limit: 10000,
    },
  )
  expect(feed.filter((e) => e.alarmId === s.openAlarms[0]!.id)).toHaveLength(1)
  expect(new Set(feed.map((e) => e.key)).size).toBe(feed.length)
})

test('a storm of 200 alarms gives a bounded number of notifications', async ({ launch }) => {
  const app = await launchGuard(launch)
  const doors = (await sim.control.snapshot()).doors as { id: string; connect: string }[]
  const online = doors.filter((d) => d.connect === '1')
  const kinds = ['forcedOpen', 'tamper', 'duress', 'heldOpen'] as const
  for (let n = 0; n < 200; n++) {
    await sim.control.trigger({
      kind: kinds[Math.floor(n / online.length) % kinds.length]!,
      doorId: online[n % online.length]!.id,
    })
  }
  const distinct = Math.min(200, online.length * kinds.length)
  await expect
    .poll(async () => (await snapshot(app.page)).openAlarms.length, { timeout: 20_000 })
    .toBe(distinct)
  await app.page.waitForTimeout(3000) // the summary comes ~2 s after the first held-back alarm
  const notes = await app.main.notifications()
  // Default policy: 6 a minute, then one summary; duress from a budget of its own (6 a minute).
  expect(notes.length).toBeLessThanOrEqual(13)
  expect(notes.length).toBeGreaterThanOrEqual(2)
  const summary = notes.find((n) => /more alarms/.test(String(n.options.title)))
  expect(summary).toBeTruthy()
  expect(await app.main.errors()).toEqual([])
})
