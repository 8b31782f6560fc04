/**
 * Why a registration waits or was refused, as kept with the visit (its `lastError`): a stored message
 * (shared/i18n/stored-message.ts), so the on-site list says it in the language of whoever reads it,
 * not of the moment it was written. ZKBio's own sentences come as keys; any other error keeps its text.
 */
import { encodeStoredMessage, type StoredMessage } from '../../shared/i18n/stored-message'
import { messageOf } from './context'

function reasonOf(error: unknown): StoredMessage | string {
  const problem = (error as { problem?: unknown } | null)?.problem
  return problem && typeof problem === 'object' && typeof (problem as StoredMessage).key === 'string'
    ? (problem as StoredMessage)
    : messageOf(error)
}

/** "The server cannot be reached. The registration is saved on this computer…" */
export const storedPending = (): string => encodeStoredMessage({ key: 'server.errors.pending' })

/** "Still waiting for the server (attempt 3): <why>" */
export const storedStillWaiting = (attempts: number, error: unknown): string =>
  encodeStoredMessage({ key: 'server.errors.stillWaiting', params: { attempts, reason: reasonOf(error) } })

/** The server's refusal of a waiting registration. */
export function storedRefusal(error: unknown): string {
  const reason = reasonOf(error)
  return typeof reason === 'string' ? reason : encodeStoredMessage(reason)
}
