/**
 * The ONE place that hides the API token. The token travels as a query parameter, so it sits in every
 * URL: anything that may leave this module (log lines, error messages, values for the renderer) goes
 * through `redact` first.
 */

// Both spellings: the manual misprints `acc_token` in two URLs; a server echoing that back must not leak.
const TOKEN_PARAM = /([?&;]|\b)(access_token|acc_token)=([^&#\s"'<>]*)/gi

const registeredSecrets = new Set<string>()

/**
 * Remember a secret value so `redact` also removes it where it appears outside a query string
 * (a server echoing it in an error page, a stack trace). Values under 8 characters are left to the
 * query-string rule only: replacing a short token such as "admin" everywhere would turn "Ask the
 * administrator" into nonsense, and such a value cannot be told apart from ordinary words.
 */
export function registerSecret(secret: string | undefined | null): void {
  if (secret && secret.length >= MIN_SECRET_LENGTH) registeredSecrets.add(secret)
}

const MIN_SECRET_LENGTH = 8

export function forgetSecret(secret: string | undefined | null): void {
  if (secret) registeredSecrets.delete(secret)
}

export function redact(text: string): string {
  let out = text.replace(TOKEN_PARAM, (_m, sep: string, name: string) => `${sep}${name}=***`)
  for (const secret of registeredSecrets) {
    if (out.includes(secret)) out = out.split(secret).join('***')
    const encoded = encodeURIComponent(secret)
    if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join('***')
  }
  return out
}

/** Redacts every string inside a JSON-like value (for structured log fields and IPC payloads). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      out[k] = /^(access_token|acc_token|token)$/i.test(k) && typeof v === 'string' ? '***' : redactDeep(v)
    }
    return out as T
  }
  return value
}
