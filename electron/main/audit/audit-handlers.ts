/**
 * The audit log for supervisors: search with filters, and CSV export through a save dialog. Texts
 * are the plain sentences of `describeAuditEntry`; CSV cells go through the formula guard.
 */
import { writeFile } from 'node:fs/promises'
import { dialog, type BrowserWindow } from 'electron'
import type { AuditFilter, AuditRecord } from '../../shared/contract/audit'
import { describeAuditEntry } from '../../shared/audit/describe'
import { toCsv } from '../guard-ops/csv'
import { translateKey } from '../app/live-words'
import { translate } from '../i18n'
import type { Handlers } from '../ipc/validated-ipc-main'
import type { AuditEntry, AuditLog } from './audit-log'

export const MAX_AUDIT_EXPORT_ROWS = 100_000

export const toAuditRecord = (entry: AuditEntry): AuditRecord => ({
  ...entry,
  text: describeAuditEntry(entry, translateKey),
})

const query = (filter: AuditFilter) => ({
  ...(filter.operator ? { operator: filter.operator } : {}),
  ...(filter.action ? { action: filter.action } : {}),
  ...(filter.from ? { since: filter.from } : {}),
  ...(filter.to ? { until: filter.to } : {}),
})

const AUDIT_COLUMNS = [
  'time',
  'station',
  'operator',
  'action',
  'target',
  'result',
  'detail',
  'whatHappened',
] as const

/** The export's header row in the current language; action ids and results stay machine codes. */
export function auditCsvHeader(): string[] {
  return AUDIT_COLUMNS.map((c) => translate(`server.csv.audit.${c}`))
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  return toCsv(
    auditCsvHeader(),
    entries.map((e) => [
      e.at,
      e.station,
      e.operator,
      e.action,
      e.target,
      e.result,
      e.detail,
      describeAuditEntry(e, translateKey),
    ]),
  )
}

export function createAuditHandlers(deps: {
  audit: AuditLog
  getMainWindow: () => BrowserWindow | null
}): Pick<Handlers, 'audit.search' | 'audit.exportCsv'> {
  return {
    'audit.search': ({ limit, ...filter }) => ({
      entries: deps.audit.list({ ...query(filter), limit }).map(toAuditRecord),
      ...deps.audit.distinct(),
    }),
    'audit.exportCsv': async (filter) => {
      const entries = deps.audit.list({ ...query(filter), limit: MAX_AUDIT_EXPORT_ROWS })
      const window = deps.getMainWindow()
      const options = {
        title: translate('server.csv.exportAudit'),
        defaultPath: `gatehouse-audit-${new Date().toISOString().slice(0, 10)}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }
      const answer =
        window && !window.isDestroyed()
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options)
      if (answer.canceled || !answer.filePath) return { filePath: null, rows: entries.length }
      const filePath = answer.filePath.toLowerCase().endsWith('.csv')
        ? answer.filePath
        : `${answer.filePath}.csv`
      // Oldest first in the file: it reads as a diary.
      await writeFile(filePath, auditCsv([...entries].reverse()), 'utf8')
      deps.audit.write({
        action: 'audit.exportCsv',
        target: filePath,
        result: 'ok',
        detail: `${entries.length} entries`,
      })
      return { filePath, rows: entries.length }
    },
  }
}
