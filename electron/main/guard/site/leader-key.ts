/**
 * Which ZKBio server a station polls, as one key all stations agree on whatever they named their
 * profile: the server's address (scheme, host, port). The advisory lock key is derived from it, so two
 * stations with differently named profiles for the same server compete for the same lock.
 */
import { createHash } from 'node:crypto'

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' }

export function leaderProfileKey(serverUrl: string): string {
  try {
    const u = new URL(serverUrl.trim())
    const port = u.port || DEFAULT_PORTS[u.protocol] || ''
    return `${u.protocol}//${u.hostname.toLowerCase()}${port ? ':' + port : ''}`
  } catch {
    return serverUrl.trim().toLowerCase()
  }
}

/** A signed 64-bit key for pg_try_advisory_lock, as a decimal string (pg takes it as bigint). */
export function advisoryLockKey(profileKey: string): string {
  const digest = createHash('sha256').update(`gatehouse-guard-leader|${profileKey}`).digest()
  return digest.readBigInt64BE(0).toString()
}

/**
 * The key guard booths hold SHARED while they take part in the election of `profileKey`'s poller
 * (station-role.ts): a reception desk polling as the fallback sees a booth is there when it cannot take
 * it exclusively, and steps down. It goes with the booth's connection, like the leader lock.
 */
export function candidateLockKey(profileKey: string): string {
  const digest = createHash('sha256').update(`gatehouse-guard-candidates|${profileKey}`).digest()
  return digest.readBigInt64BE(0).toString()
}
