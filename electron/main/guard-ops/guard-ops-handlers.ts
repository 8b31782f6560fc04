import { writeFile } from 'node:fs/promises'
import { dialog, type BrowserWindow } from 'electron'
import type { HistoryQuery, HistoryRow } from '../../shared/contract/guard-ops'
import type { AuditLog } from '../audit/audit-log'
import { translate } from '../i18n'
import type { Handlers } from '../ipc/validated-ipc-main'
import type { SettingsService } from '../settings/settings-service'
import type { ZkbioClient } from '../zkbio/client'
import { runCommand, type CommandDeps } from './commands'
import { toCsv } from './csv'
import { historyCsvHeader, historyCsvCells, matchesPoint, toHistoryRow } from './history-rows'

type GuardOpsChannel = Extract<keyof Handlers, `guardOps.${string}`>

export interface GuardOpsDeps {
  connection: { api(): ZkbioClient; reportSuccess(): void; reportFailure(error: unknown): void }
  audit: AuditLog
  settings: SettingsService
  getMainWindow(): BrowserWindow | null
}

/** CSV exports stop here: a year of a busy site is far more than a guard needs in one file. */
export const MAX_EXPORT_ROWS = 100_000
/**
 * The v2 list cannot filter by door: a door-name search reads the server's pages (1,000 rows each) up
 * to this many rows and pages the matches itself. Without it, page 1 of 50 rows would usually hold
 * none of the door's events and the total would count every door.
 */
export const MAX_POINT_SCAN_ROWS = 20_000
const PHOTO_CACHE_SIZE = 300

export function createGuardOpsHandlers(deps: GuardOpsDeps): Pick<Handlers, GuardOpsChannel> {
  const commands: CommandDeps = {
    api: () => deps.connection.api(),
    audit: deps.audit,
    operator: () => deps.settings.get().operatorName || 'Guard',
    reportSuccess: () => deps.connection.reportSuccess(),
    reportFailure: (e) => deps.connection.reportFailure(e),
  }
  const photoCache = new Map<string, string | null>()

  async function fetchPage(
    client: ZkbioClient,
    q: HistoryQuery,
  ): Promise<{ rows: HistoryRow[]; total: number }> {
    const range = { startDate: q.from, endDate: q.to, pageNo: q.pageNo, pageSize: q.pageSize }
    const page = q.deviceSn
      ? await client.transaction.deviceV2(q.deviceSn, range)
      : await client.transaction.listV2({ ...range, ...(q.pin ? { personPin: q.pin } : {}) })
    const rows = page.items
      .map(toHistoryRow)
      .filter((r) => matchesPoint(r, q.pointName) && (!q.pin || !q.deviceSn || r.pin === q.pin))
    return { rows, total: page.total }
  }

  return {
    'guardOps.openDoor': ({ doorId, doorName, seconds }) =>
      runCommand(commands, {
        action: 'door.remoteOpen',
        target: `Door "${doorName}" (${doorId})`,
        done: translate('server.guardOps.doorOpened', { name: doorName, seconds }),
        send: (c) => c.door.remoteOpenById(doorId, seconds),
      }),
    'guardOps.closeDoor': ({ doorId, doorName }) =>
      runCommand(commands, {
        action: 'door.remoteClose',
        target: `Door "${doorName}" (${doorId})`,
        done: translate('server.guardOps.doorClosed', { name: doorName }),
        send: (c) => c.door.remoteCloseById(doorId),
      }),
    'guardOps.openGate': ({ gateId, gateName, direction }) =>
      runCommand(commands, {
        action: `gate.remoteOpen.${direction}`,
        target: `Gate "${gateName}" (${gateId})`,
        done: translate(
          direction === 'entry' ? 'server.guardOps.gateOpenedEntry' : 'server.guardOps.gateOpenedExit',
          { name: gateName },
        ),
        // 2.31.7: openType 1 = open (entry), 2 = open (exit).
        send: (c) => c.psgGate.remoteOpenById(gateId, direction === 'entry' ? 1 : 2),
      }),
    'guardOps.listFloors': async () => {
      const client = deps.connection.api()
      const floors = await client.floor.list({ pageNo: 1, pageSize: 1000 })
      return floors.map((f) => ({
        id: f.id,
        name: f.name ?? translate('server.guardOps.floorNumbered', { number: f.floorNo ?? '' }).trim(),
        floorNo: f.floorNo ?? null,
      }))
    },
    'guardOps.openFloor': ({ floorId, floorName, seconds }) =>
      runCommand(commands, {
        action: 'floor.remoteOpen',
        target: `Floor "${floorName}" (${floorId})`,
        done: translate('server.guardOps.floorReleased', { name: floorName, seconds }),
        send: (c) => c.floor.remoteOpenById(floorId, seconds),
      }),
    'guardOps.closeFloor': ({ floorId, floorName }) =>
      runCommand(commands, {
        action: 'floor.remoteClose',
        target: `Floor "${floorName}" (${floorId})`,
        done: translate('server.guardOps.floorLocked', { name: floorName }),
        send: (c) => c.floor.remoteCloseById(floorId),
      }),
    'guardOps.searchEvents': async (q) => {
      const client = deps.connection.api()
      if (!q.pointName) {
        const { rows, total } = await fetchPage(client, q)
        return { rows, total, pageNo: q.pageNo }
      }
      const matches: HistoryRow[] = []
      for (let pageNo = 1; pageNo * 1000 <= MAX_POINT_SCAN_ROWS; pageNo++) {
        const page = await fetchPage(client, { ...q, pageNo, pageSize: 1000 })
        matches.push(...page.rows)
        if (pageNo * 1000 >= page.total) break
      }
      const start = (q.pageNo - 1) * q.pageSize
      return { rows: matches.slice(start, start + q.pageSize), total: matches.length, pageNo: q.pageNo }
    },
    'guardOps.exportEventsCsv': async (q) => {
      const client = deps.connection.api()
      const rows: HistoryRow[] = []
      for (let pageNo = 1; rows.length < MAX_EXPORT_ROWS; pageNo++) {
        const page = await fetchPage(client, { ...q, pageNo, pageSize: 1000 })
        rows.push(...page.rows)
        if (pageNo * 1000 >= page.total) break
      }
      const window = deps.getMainWindow()
      const options = {
        title: translate('server.csv.exportEvents'),
        defaultPath: `gatehouse-events-${q.from.slice(0, 10)}-to-${q.to.slice(0, 10)}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }
      const answer =
        window && !window.isDestroyed()
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options)
      if (answer.canceled || !answer.filePath) return { filePath: null, rows: rows.length }
      const filePath = answer.filePath.toLowerCase().endsWith('.csv')
        ? answer.filePath
        : `${answer.filePath}.csv`
      await writeFile(filePath, toCsv(historyCsvHeader(), rows.map(historyCsvCells)), 'utf8')
      return { filePath, rows: rows.length }
    },
    'guardOps.firstInLastOut': async ({ pin, from, to }) => {
      const client = deps.connection.api()
      const page = await client.transaction.firstInAndLastOutV2(pin, {
        startDate: from,
        endDate: to,
        pageNo: 1,
        pageSize: 1000,
      })
      return page.items.map((r) => ({
        pin: r.pin,
        name: [r.name, r.lastName].filter(Boolean).join(' '),
        firstInTime: r.firstInTime ?? '',
        readerNameIn: (r.readerNameIn ?? '').trim(),
        lastOutTime: r.lastOutTime ?? '',
        readerNameOut: (r.readerNameOut ?? '').trim(),
      }))
    },
    'guardOps.personPhoto': async ({ pin }) => {
      if (photoCache.has(pin)) return { photoBase64: photoCache.get(pin) ?? null }
      const api = deps.connection.api()
      const person = await api.person.get(pin)
      // The manual's person/get answers the basic record only; the v1 list carries the photo.
      let raw = person?.personPhoto ?? null
      if (!raw) {
        const rows = await api.person.getPersonList({ pins: pin, pageNo: 1, pageSize: 1 })
        raw = rows.find((r) => r.pin === pin)?.personPhoto ?? null
      }
      const photo = raw ? raw.replace(/^data:image\/\w+;base64,/, '') : null
      if (photoCache.size >= PHOTO_CACHE_SIZE) photoCache.delete(photoCache.keys().next().value as string)
      photoCache.set(pin, photo)
      return { photoBase64: photo }
    },
    'guardOps.auditLog': ({ limit }) => deps.audit.list({ limit }),
  }
}
