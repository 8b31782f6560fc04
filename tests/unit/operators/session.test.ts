/**
 * The station session against a real SQLite database: first administrator, sign-in, wrong attempts,
 * handover, idle lock, the demo operator and the audit entries that name who did what where.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { auditMigrations, createAuditLog, type AuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase, type Db } from '../../../electron/main/db/database'
import { createOperatorService } from '../../../electron/main/operators/operator-service'
import { createOperatorStore } from '../../../electron/main/operators/operator-store'
import { operatorMigrations } from '../../../electron/main/operators/migrations'
import { applyRecoveryFile, RECOVERY_FILE } from '../../../electron/main/operators/recovery'
import { createSessionService, type SessionService } from '../../../electron/main/operators/session-service'
import { describeAuditEntry } from '../../../electron/shared/audit/describe'
import { defaultSettings, type Settings } from '../../../electron/shared/settings'

let dir: string
let db: Db
let audit: AuditLog
let settings: Settings
let session: SessionService
let events: string[]
let clock: number

function build(idleLockMsOverride?: number) {
  const store = createOperatorStore(db)
  const settingsService = {
    get: () => settings,
    update: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
    onChange: () => () => undefined,
  }
  session = createSessionService({
    store,
    settings: settingsService,
    audit,
    emit: (name, payload) => events.push(`${name}:${(payload as { state: string }).state}`),
    hostname: () => 'DESK-PC',
    waitingAlarms: () => 2,
    now: () => clock,
    ...(idleLockMsOverride ? { idleLockMsOverride } : {}),
  })
  audit.setContext({
    actor: () => {
      const op = session.operator()
      return op ? { id: op.id, name: op.displayName } : null
    },
    station: () => session.station(),
  })
  const operators = createOperatorService({ store, settings: settingsService, audit, session })
  return { store, operators }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gatehouse-operators-'))
  db = openDatabase(join(dir, 'test.db'), [...auditMigrations, ...operatorMigrations])
  audit = createAuditLog(db)
  settings = defaultSettings()
  events = []
  clock = Date.parse('2026-12-03T08:00:00Z')
})
afterEach(() => {
  session?.stop()
  db.close()
  rmSync(dir, { recursive: true, force: true })
  vi.useRealTimers()
})

describe('station session', () => {
  it('a fresh station is unclaimed until the first administrator is created, then signs them in', async () => {
    build()
    expect(session.status()).toMatchObject({ state: 'unclaimed', station: 'DESK-PC', waitingAlarms: 2 })
    expect(session.role()).toBe('administrator')
    const status = await session.createFirstAdministrator({
      username: 'anna',
      displayName: 'Anna Novak',
      password: 'desk password 1',
    })
    expect(status).toMatchObject({
      state: 'signedIn',
      operator: { displayName: 'Anna Novak', role: 'administrator' },
    })
    await expect(
      session.createFirstAdministrator({ username: 'eve', displayName: 'Eve', password: 'another password' }),
    ).rejects.toThrow(/already has operator accounts/)
    const texts = audit
      .list()
      .map((e) => describeAuditEntry(e))
      .reverse()
    expect(texts).toEqual([
      "Anna Novak added the operator 'Anna Novak (administrator)': 'first administrator of this station'",
      'Anna Novak signed in',
    ])
    expect(audit.list()[0]).toMatchObject({ station: 'DESK-PC', operator: 'Anna Novak' })
  })

  it('wrong passwords are refused, audited, and slowed from the fifth on; the right one signs in', async () => {
    const { operators } = build()
    await session.createFirstAdministrator({
      username: 'anna',
      displayName: 'Anna Novak',
      password: 'desk password 1',
    })
    await operators.create({
      username: 'gil',
      displayName: 'Gil Guard',
      role: 'guard',
      secretKind: 'password',
      secret: 'guard password',
    })
    session.signOut()
    expect(session.status().state).toBe('signedOut')
    expect(session.role()).toBeNull()
    for (let i = 1; i <= 4; i++) {
      expect(await session.signIn('gil', 'wrong')).toEqual({
        ok: false,
        message: 'Wrong user name or password.',
        retryAfterSeconds: 0,
      })
    }
    expect(await session.signIn('gil', 'wrong')).toMatchObject({ ok: false, retryAfterSeconds: 5 })
    // Even the right password waits out the delay: it is not checked at all.
    expect(await session.signIn('gil', 'guard password')).toMatchObject({ ok: false, message: /Wait 5 s/ })
    clock += 5_000
    const ok = await session.signIn('GIL', 'guard password')
    expect(ok).toMatchObject({
      ok: true,
      status: { state: 'signedIn', operator: { displayName: 'Gil Guard', role: 'guard' } },
    })
    const failed = audit.list({ action: 'session.signInFailed' })
    expect(failed).toHaveLength(5)
    expect(describeAuditEntry(failed[0]!)).toBe("Failed sign-in as 'gil'")
    expect(failed[0]!.station).toBe('DESK-PC')
  })

  it('shift handover: the next operator signs in over the current one; both appear in the audit', async () => {
    const { operators } = build()
    await session.createFirstAdministrator({
      username: 'anna',
      displayName: 'Anna Novak',
      password: 'desk password 1',
    })
    await operators.create({
      username: 'gil',
      displayName: 'Gil Guard',
      role: 'guard',
      secretKind: 'password',
      secret: 'guard password',
    })
    expect((await session.signIn('gil', 'guard password')).ok).toBe(true)
    const texts = audit.list({ action: 'session' }).map((e) => describeAuditEntry(e))
    expect(texts[0]).toBe('Gil Guard signed in')
    expect(texts[1]).toBe("Anna Novak signed out: 'handed over to Gil Guard'")
  })

  it('PIN accounts need the policy; disabled accounts and the last administrator are protected', async () => {
    const { operators } = build()
    const admin = await session.createFirstAdministrator({
      username: 'anna',
      displayName: 'Anna Novak',
      password: 'desk password 1',
    })
    await expect(
      operators.create({
        username: 'rita',
        displayName: 'Rita',
        role: 'receptionist',
        secretKind: 'pin',
        secret: '583920',
      }),
    ).rejects.toThrow(/PINs are turned off/)
    settings = { ...settings, operators: { ...settings.operators, pinAllowed: true } }
    const rita = await operators.create({
      username: 'rita',
      displayName: 'Rita',
      role: 'receptionist',
      secretKind: 'pin',
      secret: '583920',
    })
    expect(() => operators.update({ id: admin.operator!.id, role: 'guard' })).toThrow(/last administrator/)
    operators.update({ id: rita.id, disabled: true })
    expect(await session.signIn('rita', '583920')).toMatchObject({ ok: false, message: /disabled/ })
    expect(JSON.stringify(db.prepare('SELECT * FROM operators').all())).not.toContain('583920')
  })

  it('locks after the idle time, keeps who it was locked for, and activity postpones it', async () => {
    vi.useFakeTimers()
    build(1_000)
    await session.createFirstAdministrator({
      username: 'anna',
      displayName: 'Anna Novak',
      password: 'desk password 1',
    })
    clock += 800
    vi.advanceTimersByTime(800)
    session.activity()
    clock += 800
    vi.advanceTimersByTime(800)
    expect(session.status().state).toBe('signedIn')
    clock += 300
    vi.advanceTimersByTime(300)
    expect(session.status()).toMatchObject({
      state: 'locked',
      lockedFor: 'Anna Novak',
      operator: null,
      waitingAlarms: 2,
    })
    expect(session.role()).toBeNull()
    expect(describeAuditEntry(audit.list()[0]!)).toBe('Anna Novak was signed out by the idle lock')
  })

  it('the demo operator is an administrator in memory only and never locks', () => {
    build(200)
    session.signInDemo()
    expect(session.status()).toMatchObject({
      state: 'signedIn',
      demo: true,
      operator: { displayName: 'Demo administrator' },
    })
    expect(db.prepare('SELECT COUNT(*) AS n FROM operators').get()).toEqual({ n: 0 })
    expect(session.activity()).toEqual({ locksAt: null })
  })

  it('a recovery file on the machine resets the administrator once and is deleted', async () => {
    const { store } = build()
    await session.createFirstAdministrator({
      username: 'anna',
      displayName: 'Anna Novak',
      password: 'desk password 1',
    })
    session.signOut()
    writeFileSync(
      join(dir, RECOVERY_FILE),
      JSON.stringify({ username: 'anna', password: 'recovered pass 2' }),
    )
    expect(await applyRecoveryFile(dir, { store, audit })).toBe('applied')
    expect(existsSync(join(dir, RECOVERY_FILE))).toBe(false)
    expect(await session.signIn('anna', 'desk password 1')).toMatchObject({ ok: false })
    expect(await session.signIn('anna', 'recovered pass 2')).toMatchObject({ ok: true })
    expect(await applyRecoveryFile(dir, { store, audit })).toBe('none')
    expect(audit.list({ action: 'operators.recover' })[0]).toMatchObject({
      operator: 'Recovery file on this computer',
    })
  })

  it('old-style audit writes that pass an operator get the signed-in operator and the station', async () => {
    build()
    await session.createFirstAdministrator({
      username: 'anna',
      displayName: 'Anna Novak',
      password: 'desk password 1',
    })
    audit.write({
      operator: 'Desk 1',
      action: 'guard.alarm.acknowledge',
      target: 'alarm #7 forcedOpen door Main Entrance',
      result: 'ok',
      detail: 'checked, door closed',
    })
    audit.write({
      operator: 'automatic check-out',
      action: 'reception.autoCheckOut',
      target: 'visit:3',
      result: 'ok',
      detail: null,
    })
    const [auto, ack] = audit.list()
    expect(describeAuditEntry(ack!)).toBe(
      "Anna Novak acknowledged 'Forced open, Main Entrance': 'checked, door closed'",
    )
    expect(ack).toMatchObject({ station: 'DESK-PC', operatorId: session.operator()!.id })
    expect(auto).toMatchObject({ operator: 'automatic check-out', operatorId: null })
    expect(audit.list({ operator: 'anna' }).every((e) => e.operator === 'Anna Novak')).toBe(true)
  })
})
