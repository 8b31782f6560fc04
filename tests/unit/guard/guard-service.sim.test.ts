/**
 * The live guard service against the simulator over real HTTP: workers, monitor sessions, gap fill,
 * the alarm engine, notifications and storm control, with 200 ms polling.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGuardRig, eventsNamed, type GuardRig } from './support/guard-rig'

let rig: GuardRig

async function firstDoor(r: GuardRig) {
  const snap = await r.sim.control.snapshot()
  return snap.doors.find((d: { connect: string; hasSensor: boolean }) => d.connect === '1' && d.hasSensor)!
}

async function started(r: GuardRig) {
  r.guard.start()
  // Door board loaded and every monitor session open.
  await r.waitFor(() => r.guard.snapshot().doors.length > 0, 8000, 'door board')
  await r.waitFor(() => r.guard.workerStatuses().every((w) => w.lastSuccessAt !== null), 8000, 'first polls')
}

describe('guard service against the simulator', () => {
  beforeEach(async () => {
    rig = await createGuardRig({ pollMs: 200 })
  })
  afterEach(async () => {
    await rig.close()
  })

  it('a forced door gives exactly one alarm, one critical notification and a door board marker', async () => {
    await started(rig)
    const door = await firstDoor(rig)
    await rig.sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
    const alarm = await rig.waitFor(
      () => rig.guard.snapshot().openAlarms.find((a) => a.kind === 'forcedOpen'),
      5000,
      'alarm',
    )
    // Let the door state and the event both be seen, several polls over.
    await new Promise((r) => setTimeout(r, 1200))
    const open = rig.guard.snapshot().openAlarms.filter((a) => a.kind === 'forcedOpen')
    expect(open).toHaveLength(1)
    expect(open[0]).toMatchObject({
      targetName: door.name,
      priority: 'critical',
      status: 'new',
      count: 1,
      conditionActive: true,
    })
    const forNotification = rig.notifications.filter((n) => n.alarmId === alarm.id)
    expect(forNotification).toHaveLength(1)
    expect(forNotification[0]!.urgency).toBe('critical')
    expect(rig.notifications).toHaveLength(1)
    const boardDoor = rig.guard.snapshot().doors.find((d) => d.id === door.id)!
    expect(boardDoor).toMatchObject({ alarm: 'forced', sensor: 'open', alarmId: alarm.id })
    // Device name from the device list, area learnt from the door's events.
    expect(boardDoor.deviceName).toBeTruthy()
    expect(boardDoor.areaName).toBeTruthy()
    // The feed carried the event, marked with the alarm.
    rig.guard.flushFeed()
    const feed = eventsNamed(rig, 'guard.feed').flatMap((f) => f.events)
    expect(feed.filter((e) => e.alarmId === alarm.id)).toHaveLength(1)
    // The sound rings and loops (critical) until acknowledged.
    expect(rig.guard.snapshot().sound).toMatchObject({ ringing: true, loop: true, alarmId: alarm.id })

    // Click on the notification opens that alarm.
    forNotification[0]!.onClick()
    expect(rig.opened).toEqual([alarm.id])

    const acked = rig.guard.acknowledge(alarm.id, 'Camera checked, courier forced it')
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'Guard Test' })
    expect(rig.audit.list({ action: 'guard.alarm.acknowledge' })[0]).toMatchObject({
      operator: 'Guard Test',
      result: 'ok',
      detail: 'Camera checked, courier forced it',
    })
    expect(forNotification[0]!.closed).toBe(true)
    expect(rig.guard.snapshot().sound.ringing).toBe(false)

    // The door closes: the acknowledged alarm clears itself and the board marker goes.
    await rig.sim.control.trigger({ kind: 'doorClose', doorId: door.id })
    await rig.waitFor(() => rig.guard.getAlarm(alarm.id).status === 'cleared', 5000, 'auto clear')
    expect(rig.guard.getAlarm(alarm.id).clearedReason).toBe('normal')
    await rig.waitFor(
      () => rig.guard.snapshot().doors.find((d) => d.id === door.id)?.alarmId === null,
      3000,
      'board cleared',
    )
  })

  it('an alarm during a server outage appears after reconnection, once, with the gap recorded', async () => {
    await started(rig)
    const snap = await rig.sim.control.snapshot()
    const door = snap.doors.filter((d: { connect: string }) => d.connect === '1')[2]!
    await rig.sim.control.setOnline(false)
    await rig.waitFor(
      () => rig.guard.workerStatuses().every((w) => w.consecutiveFailures > 0),
      8000,
      'failures',
    )
    await rig.sim.control.trigger({ kind: 'duress', doorId: door.id })
    await rig.sim.control.trigger({ kind: 'accessGranted', doorId: door.id })
    await new Promise((r) => setTimeout(r, 300))
    // Only Gatehouse's own alarm while nothing can be read: the link is lost, once.
    expect(rig.guard.snapshot().openAlarms.map((a) => a.kind)).toEqual(['linkLost'])
    expect(rig.guard.snapshot().link.state).toBe('lost')
    await rig.sim.control.setOnline(true)
    const alarm = await rig.waitFor(
      () => rig.guard.snapshot().openAlarms.find((a) => a.kind === 'duress'),
      10000,
      'duress alarm',
    )
    await rig.waitFor(() => rig.guard.snapshot().link.state === 'live', 5000, 'link live')
    expect(rig.guard.snapshot().openAlarms.filter((a) => a.kind === 'linkLost')).toHaveLength(0)
    expect(rig.notifications.filter((n) => /^Server link lost/.test(n.title))).toHaveLength(1)
    const gap = await rig.waitFor(
      () => eventsNamed(rig, 'guard.gap').find((g) => g.stream === 'access' && g.status === 'filled'),
      10000,
      'filled gap',
    )
    expect(gap.cause).toBe('outage')
    await new Promise((r) => setTimeout(r, 1000))
    expect(rig.guard.snapshot().openAlarms.filter((a) => a.kind === 'duress')).toHaveLength(1)
    expect(rig.notifications.filter((n) => n.alarmId === alarm.id)).toHaveLength(1)
    rig.guard.flushFeed()
    const feed = eventsNamed(rig, 'guard.feed').flatMap((f) => f.events)
    const keys = feed.map((e) => e.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(feed.filter((e) => e.pointName === door.name && e.eventName === 'Normal Verify Open').length).toBe(
      1,
    )
  })

  it('a restart fills the gap from the last event and never duplicates an alarm', async () => {
    await started(rig)
    const door = await firstDoor(rig)
    await rig.sim.control.trigger({ kind: 'tamper', doorId: door.id })
    const first = await rig.waitFor(
      () => rig.guard.snapshot().openAlarms.find((a) => a.kind === 'tamper'),
      5000,
      'tamper',
    )
    rig.guard.stop()
    await rig.guard.idle()
    // While the app is closed: a forced door elsewhere.
    const other = (await rig.sim.control.snapshot()).doors.filter(
      (d: { connect: string }) => d.connect === '1',
    )[4]!
    await rig.sim.control.trigger({ kind: 'forcedOpen', doorId: other.id })
    const next = rig.restart()
    next.start()
    const forced = await rig.waitFor(
      () => next.snapshot().openAlarms.find((a) => a.kind === 'forcedOpen'),
      10000,
      'forced after restart',
    )
    await rig.waitFor(
      () => eventsNamed(rig, 'guard.gap').some((g) => g.cause === 'restart' && g.status === 'filled'),
      10000,
      'restart gap',
    )
    await new Promise((r) => setTimeout(r, 800))
    const open = next.snapshot().openAlarms
    expect(open.filter((a) => a.kind === 'tamper').map((a) => a.id)).toEqual([first.id])
    expect(open.filter((a) => a.kind === 'forcedOpen')).toHaveLength(1)
    expect(rig.notifications.filter((n) => n.alarmId === first.id)).toHaveLength(1)
    expect(rig.notifications.filter((n) => n.alarmId === forced.id)).toHaveLength(1)
  })

  it('a storm of 200 alarms gives a bounded number of notifications and one queued alarm per door and kind', async () => {
    rig.settings.notifications.maxPerMinute = 6
    await started(rig)
    const snap = await rig.sim.control.snapshot()
    const doors = snap.doors.filter((d: { connect: string }) => d.connect === '1')
    const kinds = ['forcedOpen', 'tamper', 'duress', 'heldOpen'] as const
    // 200 alarm events, round-robin over doors and kinds (repeats coalesce per door and kind).
    const keys = new Set<string>()
    for (let n = 0; n < 200; n++) {
      const door = doors[n % doors.length]!
      const kind = kinds[Math.floor(n / doors.length) % kinds.length]!
      keys.add(`${door.id}|${kind}`)
      await rig.sim.control.trigger({ kind, doorId: door.id })
    }
    await rig.waitFor(() => rig.guard.snapshot().openAlarms.length >= keys.size, 10000, 'all alarms')
    await new Promise((r) => setTimeout(r, 2500))
    expect(rig.guard.snapshot().openAlarms.length).toBe(keys.size)
    // 6 a minute + one summary, and duress from a budget of its own (6 a minute): never hidden.
    expect(rig.notifications.length).toBeLessThanOrEqual(13)
    expect(rig.notifications.filter((x) => /^Duress/.test(x.title)).length).toBeGreaterThanOrEqual(1)
    expect(rig.notifications.filter((x) => x.alarmId === null)).toHaveLength(1)
    expect(rig.notifications.find((x) => x.alarmId === null)!.title).toMatch(/more alarms/)
  })

  it('pause on suspend, poll at once on resume, record the sleep as a gap', async () => {
    await started(rig)
    rig.guard.suspend()
    expect(rig.guard.workerStatuses().every((w) => w.state === 'paused')).toBe(true)
    const door = await firstDoor(rig)
    await rig.sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
    await new Promise((r) => setTimeout(r, 500))
    expect(rig.guard.snapshot().openAlarms).toHaveLength(0)
    const before = Date.now()
    rig.guard.resume()
    await rig.waitFor(
      () => rig.guard.snapshot().openAlarms.find((a) => a.kind === 'forcedOpen'),
      3000,
      'alarm after resume',
    )
    expect(Date.now() - before).toBeLessThan(1500)
    await rig.waitFor(
      () => eventsNamed(rig, 'guard.gap').some((g) => g.cause === 'resume' && g.status === 'filled'),
      5000,
      'resume gap',
    )
  })

  it('backs off with jitter while the server fails and reports the error', async () => {
    await started(rig)
    await rig.sim.control.addFault({ endpoint: '/api/door/allDoorState', kind: 'http500' })
    const status = await rig.waitFor(
      () => rig.guard.workerStatuses().find((w) => w.name === 'doorStates' && w.consecutiveFailures >= 2),
      8000,
      'door failures',
    )
    expect(status.state === 'backoff' || status.state === 'polling').toBe(true)
    expect(status.lastError).toBeTruthy()
    expect(status.lastError).not.toContain(rig.sim.token)
    await rig.sim.control.clearFaults()
    await rig.waitFor(
      () => rig.guard.workerStatuses().find((w) => w.name === 'doorStates' && w.consecutiveFailures === 0),
      8000,
      'recovery',
    )
    expect(eventsNamed(rig, 'guard.workers').length).toBeGreaterThan(0)
  })

  it('a site without temperature devices (404) is told once, not treated as an outage or retried every second', async () => {
    await rig.sim.control.addFault({ endpoint: '/api/hep/transaction/monitor', kind: 'springError' })
    await started(rig).catch(() => undefined)
    const status = await rig.waitFor(
      () => rig.guard.workerStatuses().find((w) => w.name === 'temperatureEvents' && w.lastError),
      8000,
      'temperature status',
    )
    expect(status.lastError).toMatch(/no temperature and mask monitor/)
    await rig.sim.control.clearRequests()
    await new Promise((r) => setTimeout(r, 1500))
    const calls = (await rig.sim.control.requests()).filter((r) => r.path === '/api/hep/transaction/monitor')
    expect(calls).toHaveLength(0)
    const others = rig.guard.workerStatuses().filter((w) => w.name !== 'temperatureEvents')
    expect(others.every((w) => w.consecutiveFailures === 0 && w.lastSuccessAt !== null)).toBe(true)
    expect(eventsNamed(rig, 'guard.gap').filter((g) => g.stream === 'temperature')).toEqual([])
  })

  it('a server answering 404 to everything is an outage, never "no such module"', async () => {
    await started(rig)
    await rig.sim.control.addFault({ endpoint: '*', kind: 'springError' })
    await rig.waitFor(
      () => rig.guard.workerStatuses().every((w) => w.consecutiveFailures >= 3),
      15000,
      'failures',
    )
    expect(rig.guard.workerStatuses().some((w) => /checks again/.test(w.lastError ?? ''))).toBe(false)
    await rig.sim.control.clearFaults()
    const door = await firstDoor(rig)
    await rig.sim.control.trigger({ kind: 'forcedOpen', doorId: door.id })
    await rig.waitFor(
      () => rig.guard.snapshot().openAlarms.find((a) => a.kind === 'forcedOpen'),
      15000,
      'alarm after 404s',
    )
    await rig.waitFor(
      () => rig.guard.workerStatuses().every((w) => w.consecutiveFailures === 0),
      15000,
      'all recovered',
    )
  })
})
