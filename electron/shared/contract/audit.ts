/**
 * The audit log for supervisors: every operator action with who, where (station), what and when, as
 * a plain sentence, filterable by operator, action and time, and exportable to CSV.
 */
import { z } from 'zod'
import { channel, event } from './define'

export const auditRecord = z.object({
  id: z.number().int(),
  at: z.string(),
  operator: z.string(),
  operatorId: z.string().nullable(),
  station: z.string(),
  action: z.string(),
  target: z.string(),
  result: z.enum(['ok', 'failed', 'info']),
  detail: z.string().nullable(),
  /** "Anna Novak acknowledged 'Forced open, Main Entrance': 'checked, door closed'" */
  text: z.string(),
})
export type AuditRecord = z.infer<typeof auditRecord>

export const auditFilter = z
  .object({
    /** An operator's name (or part of it). */
    operator: z.string().trim().max(80).optional(),
    /** An action group such as 'guard.alarm' or one action such as 'door.remoteOpen'. */
    action: z.string().trim().max(80).optional(),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
  })
  .strict()
export type AuditFilter = z.infer<typeof auditFilter>

export const auditChannels = {
  'audit.search': channel(
    auditFilter.extend({ limit: z.number().int().min(1).max(1000) }).strict(),
    z.object({
      entries: z.array(auditRecord).max(1000),
      operators: z.array(z.string()).max(1000),
      actions: z.array(z.string()).max(500),
    }),
    'Audit entries matching the filter, newest first, with the operators and actions seen so far.',
  ),
  'audit.exportCsv': channel(
    auditFilter,
    z.object({ filePath: z.string().nullable(), rows: z.number().int().nonnegative() }),
    'Every audit entry matching the filter, written to a CSV file the supervisor chooses.',
  ),
} as const

export const auditEvents = {
  'audit.changed': event(
    z.object({
      /** 'local': written at this station; 'site': other stations' entries arrived by replication. */
      source: z.enum(['local', 'site']),
    }),
    'New audit entries are stored (here or replicated in): an open audit page reloads with its filters. Carries no entry, so it tells nobody anything their role may not read.',
  ),
} as const
