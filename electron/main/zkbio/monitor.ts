/**
 * A live-monitor session (2.18.5, 2.34.3, 2.26.2). The `timestamp` is a session key chosen once and
 * reused (FIELD-NOTES); rows have no id and servers have been seen repeating them, so rows are
 * de-duplicated by their content over a bounded window.
 */
import type { CallOptions } from './core'

export interface MonitorRowLike {
  eventTime: string
  devSn?: string | null
  pin?: string | null
  cardNo?: string | null
  eventName?: string | null
  eventNo?: number | null
  eventPointName?: string | null
  readerName?: string | null
  logId?: number | null
}

export function monitorRowKey(row: MonitorRowLike): string {
  // logId identifies a device event when present; otherwise everything that describes the event.
  if (row.logId !== undefined && row.logId !== null && row.logId >= 0 && row.devSn)
    return `${row.devSn}#${row.logId}`
  return [
    row.eventTime,
    row.devSn,
    row.eventPointName,
    row.readerName?.trim(),
    row.pin,
    row.cardNo,
    row.eventNo ?? row.eventName,
  ]
    .map((v) => String(v ?? ''))
    .join('|')
}

export class MonitorSession<T extends MonitorRowLike> {
  readonly timestamp: number
  private readonly fetchRows: (timestamp: number, opts?: CallOptions) => Promise<T[]>
  private readonly window: number
  private readonly seen = new Set<string>()
  private readonly order: string[] = []

  constructor(
    fetchRows: (timestamp: number, opts?: CallOptions) => Promise<T[]>,
    options: { timestamp?: number; dedupeWindow?: number } = {},
  ) {
    this.fetchRows = fetchRows
    this.timestamp = options.timestamp ?? Date.now()
    this.window = options.dedupeWindow ?? 5000
  }

  /** New rows since the previous poll, repeats removed. */
  async poll(opts?: CallOptions): Promise<T[]> {
    const rows = await this.fetchRows(this.timestamp, opts)
    const fresh: T[] = []
    for (const row of rows) {
      const key = monitorRowKey(row)
      if (this.seen.has(key)) continue
      this.seen.add(key)
      this.order.push(key)
      fresh.push(row)
    }
    while (this.order.length > this.window) this.seen.delete(this.order.shift()!)
    return fresh
  }
}
