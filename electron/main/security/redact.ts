/**
 * The ONE redaction module of the main process: the logger, the ZKBio client (URLs, error texts) and
 * anything else that may write or show text use these functions and this one list of secrets.
 *
 * The rule, decided once:
 *  - `access_token=` / `acc_token=` query values are always masked, whatever their length (the token
 *    travels in every URL; the manual misprints `acc_token` in two places).
 *  - Object keys that name a secret (`token`, `access_token`, `acc_token`, `password`, `secret`) have
 *    their string values masked, whatever their length.
 *  - A registered secret value is masked wherever it appears in free text when it is at least
 *    MIN_SECRET_LENGTH (8) characters long, in its raw, URL-encoded and JSON-escaped spellings. Shorter
 *    values are left to the two rules above: replacing a short value such as "admin" everywhere would
 *    turn "Ask the administrator" into nonsense, and such a value cannot be told from ordinary words.
 *
 * Values are redacted BEFORE they are serialised (`redactDeep`, `safeStringify`): redacting the JSON
 * text afterwards misses a secret that contains `"` or `\`, which JSON.stringify escapes.
 */

export const MIN_SECRET_LENGTH = 8
export const MASK = '***'

// Both spellings: a server echoing the misprinted `acc_token` must not leak either.
const TOKEN_PARAM = /([?&;]|\b)(access_token|acc_token)=([^&#\s"'<>]*)/gi
const SECRET_KEY = /^(access_token|acc_token|token|apiToken|password|secret)$/i

const registeredSecrets = new Set<string>()
/** Every spelling of every registered secret, longest first (a longer spelling may contain a shorter). */
let spellings: string[] = []

const rebuild = (): void => {
  const all = new Set<string>()
  for (const secret of registeredSecrets) {
    all.add(secret)
    all.add(encodeURIComponent(secret))
    all.add(JSON.stringify(secret).slice(1, -1))
    // Escaped twice: a JSON string carried inside another JSON string (a log line of a log line).
    all.add(JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1))
  }
  spellings = [...all].sort((a, b) => b.length - a.length)
}

/** Remember a secret (an API token) so it is masked wherever it appears. */
export function registerSecret(secret: string | undefined | null): void {
  if (!secret || secret.length < MIN_SECRET_LENGTH || registeredSecrets.has(secret)) return
  registeredSecrets.add(secret)
  rebuild()
}

export function forgetSecret(secret: string | undefined | null): void {
  if (secret && registeredSecrets.delete(secret)) rebuild()
}

/** Masks token query parameters and every registered secret in a piece of text. */
export function redact(text: string): string {
  let out = text.replace(TOKEN_PARAM, (_m, sep: string, name: string) => `${sep}${name}=${MASK}`)
  for (const spelling of spellings) {
    if (out.includes(spelling)) out = out.split(spelling).join(MASK)
  }
  return out
}

/** An Error as plain data (name and message), so it can be redacted and serialised. */
function describeError(error: Error): Record<string, unknown> {
  return { name: error.name, message: error.message }
}

/**
 * Redacts every string inside a value (log fields, error details) before it is serialised. Errors
 * become {name, message}; cycles and depth beyond 20 become '[…]'.
 */
export function redactDeep<T>(value: T, depth = 0, seen = new WeakSet<object>()): T {
  if (typeof value === 'string') return redact(value) as T
  if (value instanceof Error) return redactDeep(describeError(value), depth, seen) as T
  if (!value || typeof value !== 'object') return value
  if (depth > 20 || seen.has(value)) return '[…]' as T
  seen.add(value)
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1, seen)) as T
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_KEY.test(k) && typeof v === 'string' ? MASK : redactDeep(v, depth + 1, seen)
  }
  return out as T
}

/** JSON of a value whose strings were redacted first; the result is redacted once more as a last guard. */
export function safeStringify(value: unknown): string {
  return redact(JSON.stringify(redactDeep(value)) ?? 'undefined')
}
