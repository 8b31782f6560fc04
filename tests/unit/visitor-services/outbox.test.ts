import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditMigrations } from '../../../electron/main/audit/audit-log'
import { openDatabase } from '../../../electron/main/db/database'
import { visitorServicesMigrations } from '../../../electron/main/notify/migrations'
import { createOutboxStore } from '../../../electron/main/notify/outbox-store'
import { receptionMigrations } from '../../../electron/main/reception/migrations'
import { applyRetention } from '../../../electron/main/reception/retention'
import { createAgreementStore } from '../../../electron/main/kiosk/agreement-store'

function setup(file = ':memory:') {
  const db = openDatabase(file, [...auditMigrations, ...receptionMigrations, ...visitorServicesMigrations])
  const visitId = randomUUID()
  const insertVisit = (id: string, checkedInAt: string) =>
    db
      .prepare(
        `INSERT INTO reception_visits (id, status, visitor_name, cert_type, cert_number, host_pin, start_time, valid_until,
         checked_in_at, client_request_id) VALUES (?, 'onSite', 'Ana', 3, 'P1', '1', '', '', ?, ?)`,
      )
      .run(id, checkedInAt, randomUUID())
  insertVisit(visitId, new Date().toISOString())
  return { db, visitId, insertVisit }
}

describe('host notice outbox', () => {
  it('keeps one notice per visit and channel, due now, through failures until sent', () => {
    const { db, visitId } = setup()
    const outbox = createOutboxStore(db)
    const t0 = new Date('2026-12-03T08:00:00Z')
    outbox.enqueue(visitId, 'email', 'S', 'B', t0)
    outbox.enqueue(visitId, 'email', 'S2', 'B2', t0) // a double submit: ignored
    expect(outbox.forVisits([visitId])).toHaveLength(1)
    const [item] = outbox.due(t0)
    outbox.markAttemptFailed(item!.id, 'refused', new Date('2026-12-03T08:00:15Z'), 'ana@x')
    expect(outbox.due(new Date('2026-12-03T08:00:10Z'))).toHaveLength(0)
    const again = outbox.due(new Date('2026-12-03T08:00:20Z'))
    expect(again[0]).toMatchObject({
      attempts: 1,
      lastError: 'refused',
      status: 'pending',
      recipient: 'ana@x',
    })
    outbox.markAttemptFailed(item!.id, 'refused again', null, null)
    expect(outbox.get(item!.id)).toMatchObject({ status: 'failed', attempts: 2, nextAttemptAt: null })
    expect(outbox.retryNow(visitId, t0)).toBe(1)
    outbox.markSent(item!.id, null, t0)
    expect(outbox.get(item!.id)).toMatchObject({ status: 'sent', lastError: null, recipient: 'ana@x' })
  })

  it('goes with its visit when retention deletes the visit (agreements too)', () => {
    const { db, visitId, insertVisit } = setup()
    const old = randomUUID()
    insertVisit(old, '2020-01-01T00:00:00.000Z')
    const outbox = createOutboxStore(db)
    outbox.enqueue(old, 'teams', 'S', 'B', new Date())
    outbox.enqueue(visitId, 'teams', 'S', 'B', new Date())
    createAgreementStore(db).save(old, Buffer.from('%PDF-1.4'), new Date())
    applyRetention(db, 30)
    expect(outbox.forVisits([old])).toHaveLength(0)
    expect(createAgreementStore(db).get(old)).toBeNull()
    expect(outbox.forVisits([visitId])).toHaveLength(1)
  })

  it('a notice still waiting is there after a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-outbox-'))
    try {
      const file = join(dir, 'gatehouse.db')
      const first = setup(file)
      createOutboxStore(first.db).enqueue(first.visitId, 'email', 'S', 'B', new Date('2026-12-03T08:00:00Z'))
      first.db.close()
      const reopened = openDatabase(file, [
        ...auditMigrations,
        ...receptionMigrations,
        ...visitorServicesMigrations,
      ])
      expect(createOutboxStore(reopened).due(new Date('2026-12-03T08:00:01Z'))).toMatchObject([
        { visitId: first.visitId, channel: 'email', status: 'pending' },
      ])
      reopened.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
