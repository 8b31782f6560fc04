import { describe, expect, it } from 'vitest'
import { auditCsv } from '../../../electron/main/audit/audit-handlers'
import type { AuditEntry } from '../../../electron/main/audit/audit-log'
import { describeAuditEntry } from '../../../electron/shared/audit/describe'

const entry = (patch: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-03T08:00:00.000Z',
  operator: 'Anna Novak',
  operatorId: 'op-1',
  station: 'DESK-1',
  action: 'guard.alarm.acknowledge',
  target: 'alarm #4 forcedOpen door Main Entrance',
  result: 'ok',
  detail: 'checked, door closed',
  ...patch,
})

describe('audit texts', () => {
  it('reads as a plain sentence for alarms, doors, sign-ins and settings', () => {
    expect(describeAuditEntry(entry({}))).toBe(
      "Anna Novak acknowledged 'Forced open, Main Entrance': 'checked, door closed'",
    )
    expect(
      describeAuditEntry(entry({ action: 'door.remoteOpen', target: 'Door "Lobby" (12)', detail: null })),
    ).toBe('Anna Novak opened Door "Lobby" (12)')
    expect(
      describeAuditEntry(
        entry({
          action: 'door.remoteOpen',
          target: 'Door "Lobby" (12)',
          result: 'failed',
          detail: 'offline',
        }),
      ),
    ).toBe('Anna Novak tried: opened Door "Lobby" (12) — not done: \'offline\'')
    expect(describeAuditEntry(entry({ action: 'session.signIn', target: 'Anna Novak', detail: null }))).toBe(
      'Anna Novak signed in',
    )
    expect(describeAuditEntry(entry({ action: 'settings.update', target: 'polling', detail: null }))).toBe(
      "Anna Novak changed the settings ('polling')",
    )
    expect(describeAuditEntry(entry({ action: 'something.new', target: 'x', detail: null }))).toBe(
      "Anna Novak did something.new on 'x'",
    )
  })

  it('exports CSV with the station and the sentence, and defuses spreadsheet formulas', () => {
    const csv = auditCsv([entry({ detail: '=HYPERLINK("http://evil")' })])
    const [header, row] = csv.replace('\uFEFF', '').trim().split('\r\n')
    expect(header).toBe('Time (UTC),Station,Operator,Action,Target,Result,Detail,What happened')
    expect(row).toContain('DESK-1,Anna Novak,guard.alarm.acknowledge')
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`)
  })
})
