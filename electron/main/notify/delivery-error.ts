/**
 * A host notice or e-mail that could not be delivered, as a stored message (shared/i18n/stored-message.ts):
 * the outbox keeps the key and parameters, so the on-site list says why in the language of whoever reads
 * it, not of the moment it failed. The mail server's or Node's own words are the `detail` (for IT),
 * never the sentence; `message` (the immediate answer, e.g. a test e-mail) is the sentence now with the
 * detail in brackets.
 */
import { encodeStoredMessage, translateStored, type StoredMessage } from '../../shared/i18n/stored-message'
import type { MessageKey } from '../../shared/i18n/translate'
import { translate } from '../i18n'
import { redact } from '../security/redact'

const DETAIL_MAX = 300

export const deliveryProblem = (
  key: string,
  params?: StoredMessage['params'],
  detail?: string,
): StoredMessage => ({
  key,
  ...(params ? { params } : {}),
  ...(detail ? { detail: redact(detail).slice(0, DETAIL_MAX) } : {}),
})

/** The problem in main's language now, with the technical detail in brackets. */
export function problemText(problem: StoredMessage): string {
  const sentence = translateStored(problem, (key, params) => translate(key as MessageKey, params))
  return problem.detail ? `${sentence} (${problem.detail})` : sentence
}

export class DeliveryError extends Error {
  constructor(readonly problem: StoredMessage) {
    super(problemText(problem))
    this.name = 'DeliveryError'
  }
}

/** What the outbox keeps for a failed attempt: the problem as a stored message. */
export function storedDeliveryProblem(error: unknown): string {
  if (error instanceof DeliveryError) return encodeStoredMessage(error.problem)
  const message = error instanceof Error ? error.message : String(error)
  return encodeStoredMessage(deliveryProblem('server.delivery.failed', undefined, message))
}
