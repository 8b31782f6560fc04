import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditMigrations, createAuditLog } from '../../../electron/main/audit/audit-log'
import { openDatabase } from '../../../electron/main/db/database'

describe('audit-002 migration', () => {
  it('keeps rows written before operators existed, with no account and an empty station', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-audit-'))
    try {
      const file = join(dir, 'gatehouse.db')
      const before = openDatabase(file, auditMigrations.slice(0, 1))
      before
        .prepare(
          'INSERT INTO audit_log (at, operator, action, target, result, detail) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run('2026-01-01T00:00:00.000Z', 'Desk 1', 'door.remoteOpen', 'Door "Lobby" (1)', 'ok', null)
      before.close()

      const after = openDatabase(file, auditMigrations)
      const audit = createAuditLog(after, {
        actor: () => ({ id: 'op-9', name: 'Gil Guard' }),
        station: () => 'GATE-2',
      })
      audit.write({ action: 'door.remoteClose', target: 'Door "Lobby" (1)', result: 'ok', detail: null })
      const [newer, older] = audit.list()
      expect(older).toMatchObject({ operator: 'Desk 1', operatorId: null, station: '' })
      expect(newer).toMatchObject({ operator: 'Gil Guard', operatorId: 'op-9', station: 'GATE-2' })
      expect(audit.list({ action: 'door' })).toHaveLength(2)
      expect(audit.list({ operator: 'gil' })).toHaveLength(1)
      expect(audit.list({ since: '2026-06-01T00:00:00.000Z' })).toHaveLength(1)
      after.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
