/**
 * Structured logging for the ZKBio client. The client never formats secrets into a line: every path
 * passed here has already been through `redact`, and the logger redacts again as a last guard so a
 * custom sink cannot be handed a token by mistake.
 */
import { redact, redactDeep, safeStringify } from '../security/redact'

export interface ZkbioRequestLog {
  event: 'request'
  /** Stable endpoint id, e.g. 'door.remoteOpenById'. */
  endpoint: string
  method: string
  /** Path and query with `access_token=***`. */
  path: string
  status: number | null
  ms: number
  attempt: number
  /** Error kind when the call failed. */
  errorKind?: string
  serverCode?: number
}

export interface ZkbioNoticeLog {
  event: 'notice'
  message: string
  fields?: Record<string, unknown>
}

export type ZkbioLogEntry = ZkbioRequestLog | ZkbioNoticeLog

export interface ZkbioLogger {
  log(level: 'debug' | 'info' | 'warn' | 'error', entry: ZkbioLogEntry): void
}

export const silentLogger: ZkbioLogger = { log: () => {} }

/** Console sink: one line per entry, already redacted. */
export function consoleLogger(prefix = '[zkbio]'): ZkbioLogger {
  return {
    log(level, entry) {
      const line = `${prefix} ${formatLogEntry(entry)}`
      /* eslint-disable no-console -- this function is the console sink */
      if (level === 'error') console.error(line)
      else if (level === 'warn') console.warn(line)
      else if (level === 'debug') console.debug(line)
      else console.info(line)
      /* eslint-enable no-console */
    },
  }
}

export function formatLogEntry(entry: ZkbioLogEntry): string {
  if (entry.event === 'request') {
    const status = entry.status === null ? '---' : String(entry.status)
    const tail = entry.errorKind
      ? ` ${entry.errorKind}${entry.serverCode !== undefined ? ` ${entry.serverCode}` : ''}`
      : ''
    return redact(`${entry.method} ${entry.path} ${status} ${entry.ms}ms${tail}`)
  }
  return redact(`${entry.message}${entry.fields ? ` ${safeStringify(entry.fields)}` : ''}`)
}

/** Wraps any sink so what reaches it is redacted, whatever the caller passed. */
export function redactingLogger(inner: ZkbioLogger): ZkbioLogger {
  return { log: (level, entry) => inner.log(level, redactDeep(entry)) }
}

/** Keeps entries in memory: for tests and for the diagnostics view. */
export function memoryLogger(): ZkbioLogger & { entries: { level: string; entry: ZkbioLogEntry }[] } {
  const entries: { level: string; entry: ZkbioLogEntry }[] = []
  return { entries, log: (level, entry) => void entries.push({ level, entry }) }
}
