/**
 * Guard station, operator part: commands that move doors, gates and floors, the event history and the
 * operator audit log. Commands carry `confirmed: true` — the renderer only sends it from a confirmation
 * dialog naming the target, and main refuses a command without it. Commands are never retried.
 */
import { z } from 'zod'
import { channel } from './define'

const serverId = z.string().trim().min(1).max(128)
const targetName = z.string().trim().min(1).max(200)
const confirmed = z.literal(true)
/** 'yyyy-MM-dd HH:mm:ss' in the server's local time (FIELD-NOTES). */
const serverDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)

export const commandResult = z.object({
  ok: z.boolean(),
  /** What happened, for the operator: 'Door "Main entrance" opened for 5 s.' or the server's refusal. */
  message: z.string().max(500),
  /** The command's audit entry; null when it could not be written (the command's outcome stands). */
  auditId: z.number().int().positive().nullable(),
  at: z.iso.datetime(),
})
export type CommandResult = z.infer<typeof commandResult>

export const floorSummary = z.object({ id: z.string(), name: z.string(), floorNo: z.number().nullable() })
export type FloorSummary = z.infer<typeof floorSummary>

export const historyQuery = z
  .object({
    pin: z.string().trim().max(64).optional(),
    deviceSn: z.string().trim().max(64).optional(),
    /** Filters the server's page by door/gate name (the v2 list has no door filter). */
    pointName: z.string().trim().max(200).optional(),
    from: serverDateTime,
    to: serverDateTime,
    pageNo: z.number().int().min(1).max(100000),
    pageSize: z.number().int().min(1).max(1000),
  })
  .strict()
export type HistoryQuery = z.infer<typeof historyQuery>

export const historyRow = z.object({
  eventTime: z.string(),
  eventName: z.string(),
  eventNo: z.number().nullable(),
  eventLevel: z.number().nullable(),
  pointName: z.string(),
  readerName: z.string(),
  deviceName: z.string(),
  deviceSn: z.string(),
  areaName: z.string(),
  pin: z.string(),
  personName: z.string(),
  cardNo: z.string(),
  verifyMode: z.string(),
})
export type HistoryRow = z.infer<typeof historyRow>

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  operator: z.string(),
  action: z.string(),
  target: z.string(),
  result: z.enum(['ok', 'failed', 'info']),
  detail: z.string().nullable(),
})

export const guardOpsChannels = {
  'guardOps.openDoor': channel(
    z
      .object({
        doorId: serverId,
        doorName: targetName,
        seconds: z.number().int().min(1).max(254),
        confirmed,
      })
      .strict(),
    commandResult,
    'Open a door remotely for 1-254 s (confirmed by the operator; audited; never retried).',
  ),
  'guardOps.closeDoor': channel(
    z.object({ doorId: serverId, doorName: targetName, confirmed }).strict(),
    commandResult,
    'Close a door remotely (confirmed; audited; never retried).',
  ),
  'guardOps.openGate': channel(
    z
      .object({ gateId: serverId, gateName: targetName, direction: z.enum(['entry', 'exit']), confirmed })
      .strict(),
    commandResult,
    'Open a turnstile/gate for entry or exit (confirmed; audited; never retried).',
  ),
  'guardOps.listFloors': channel(
    z.undefined(),
    z.array(floorSummary).max(5000),
    'Elevator floors the server knows, for floor commands.',
  ),
  'guardOps.openFloor': channel(
    z
      .object({
        floorId: serverId,
        floorName: targetName,
        seconds: z.number().int().min(1).max(254),
        confirmed,
      })
      .strict(),
    commandResult,
    'Release an elevator floor for 1-254 s (confirmed; audited; never retried).',
  ),
  'guardOps.closeFloor': channel(
    z.object({ floorId: serverId, floorName: targetName, confirmed }).strict(),
    commandResult,
    'Lock an elevator floor again (confirmed; audited; never retried).',
  ),
  'guardOps.searchEvents': channel(
    historyQuery,
    z.object({
      rows: z.array(historyRow).max(1000),
      total: z.number().int().nonnegative(),
      pageNo: z.number().int(),
    }),
    'One page of the access event history (v2 transaction list) by person, device, door and time.',
  ),
  'guardOps.exportEventsCsv': channel(
    historyQuery.omit({ pageNo: true, pageSize: true }),
    z.object({ filePath: z.string().nullable(), rows: z.number().int().nonnegative() }),
    'Every event matching the search, written to a CSV file the operator chooses.',
  ),
  'guardOps.firstInLastOut': channel(
    z.object({ pin: z.string().trim().min(1).max(64), from: serverDateTime, to: serverDateTime }).strict(),
    z
      .array(
        z.object({
          pin: z.string(),
          name: z.string(),
          firstInTime: z.string(),
          readerNameIn: z.string(),
          lastOutTime: z.string(),
          readerNameOut: z.string(),
        }),
      )
      .max(1000),
    "A person's first entry and last exit in the period.",
  ),
  'guardOps.personPhoto': channel(
    z.object({ pin: z.string().trim().min(1).max(64) }).strict(),
    z.object({ photoBase64: z.string().max(2_000_000).nullable() }),
    "The person's photo from the server, when it has one (cached in main).",
  ),
  'guardOps.auditLog': channel(
    z.object({ limit: z.number().int().min(1).max(500) }).strict(),
    z.array(auditEntry).max(500),
    'The newest operator actions (commands, acknowledgements, mutes).',
  ),
} as const
