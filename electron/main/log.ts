/**
 * The main process logger. Every line passes through `redactSecrets`, so a token that slipped into a
 * message, an error or a URL is masked before it reaches the console or a log file.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export interface LogRecord {
  level: LogLevel
  scope: string
  message: string
  at: string
  fields?: Record<string, unknown>
}
export type LogSink = (record: LogRecord) => void

const secrets = new Set<string>()
const sinks = new Set<LogSink>()

/** Register a secret (e.g. an API token) so it is masked wherever it appears in log text. */
export function registerSecret(secret: string): void {
  if (secret.length >= 4) secrets.add(secret)
}

/** Masks `access_token=...` in URLs and every registered secret. */
export function redactSecrets(text: string): string {
  let out = text.replace(/(access_token|acc_token)=[^&\s"'#]*/gi, '$1=***')
  for (const secret of secrets) out = out.split(secret).join('***')
  return out
}

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
  const line = `${r.at} ${r.level.toUpperCase()} [${r.scope}] ${r.message}${r.fields ? ' ' + JSON.stringify(r.fields) : ''}`
  if (r.level === 'error' || r.level === 'warn') console.error(line)
  else console.log(line)
}
sinks.add(consoleSink)

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message }
  return value
}

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

export function createLogger(scope: string): Logger {
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    const safeFields = fields
      ? (JSON.parse(redactSecrets(JSON.stringify(fields, (_k, v: unknown) => describe(v)))) as Record<
          string,
          unknown
        >)
      : undefined
    const record: LogRecord = {
      level,
      scope,
      message: redactSecrets(message),
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
