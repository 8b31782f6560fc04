/**
 * The main process logger. Every message and every field value passes through the one redaction
 * module (security/redact.ts) BEFORE it is serialised, so a token that slipped into a message, an
 * error or a URL is masked before it reaches the console or a log file, even one containing `"` or `\`.
 */
import { redact, redactDeep } from './security/redact'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export interface LogRecord {
  level: LogLevel
  scope: string
  message: string
  at: string
  fields?: Record<string, unknown>
}
export type LogSink = (record: LogRecord) => void

const sinks = new Set<LogSink>()

export function addLogSink(sink: LogSink): () => void {
  sinks.add(sink)
  return () => sinks.delete(sink)
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error']

/** GATEHOUSE_LOG: `debug` (every request), `info` (the default), `quiet` (warnings and errors only). */
export function consoleThreshold(setting = process.env.GATEHOUSE_LOG): LogLevel {
  if (setting === 'debug') return 'debug'
  if (setting === 'quiet' || setting === 'warn') return 'warn'
  if (setting === 'error') return 'error'
  return 'info'
}

const threshold = LEVELS.indexOf(consoleThreshold())
const consoleSink: LogSink = (r) => {
  if (LEVELS.indexOf(r.level) < threshold) return
  const line = `${r.at} ${r.level.toUpperCase()} [${r.scope}] ${r.message}${r.fields ? ' ' + redact(JSON.stringify(r.fields)) : ''}`
  if (r.level === 'error' || r.level === 'warn') console.error(line)
  else console.log(line)
}
sinks.add(consoleSink)

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

export function createLogger(scope: string): Logger {
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    // Values first, then serialisation: redacting JSON text would miss an escaped secret.
    const safeFields = fields ? redactDeep(fields) : undefined
    const record: LogRecord = {
      level,
      scope,
      message: redact(message),
      at: new Date().toISOString(),
      ...(safeFields ? { fields: safeFields } : {}),
    }
    for (const sink of sinks) sink(record)
  }
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}
