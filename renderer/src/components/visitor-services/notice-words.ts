import type { HostNotice } from '@shared/contract/notify'
import { showStoredText, storedDetail } from '@shared/i18n/stored-message'
import { shortTime } from '../../composables/useServerClock'

/** The translate function of the calling component (`useI18n().t`). */
type Translate = (key: string, params?: Record<string, unknown>) => string

/**
 * Why a notice is not sent, in the reader's language now (main keeps it as a stored message), with the
 * mail server's own words in brackets for IT.
 */
function reasonText(lastError: string, t: Translate): string {
  const sentence = showStoredText(lastError, (key, params) => t(key, params ?? {}))
  const detail = storedDetail(lastError)
  return detail ? `${sentence} (${detail})` : sentence
}

/** One notice as a short sentence: "E-mail sent 14:05", "E-mail not sent: <reason>". */
export function noticeText(n: HostNotice, t: Translate): string {
  const channel = t(`visitorServices.notice.channel.${n.channel}`)
  const reason = n.lastError ? reasonText(n.lastError, t) : null
  if (n.status === 'sent')
    return n.sentAt
      ? t('visitorServices.notice.sentAt', { channel, time: shortTime(n.sentAt) })
      : t('visitorServices.notice.sent', { channel })
  if (n.status === 'failed')
    return t('visitorServices.notice.failed', {
      channel,
      reason: reason ?? t('visitorServices.notice.unknownReason'),
    })
  if (reason)
    return n.nextAttemptAt
      ? t('visitorServices.notice.notYetNext', {
          channel,
          reason,
          time: shortTime(n.nextAttemptAt),
        })
      : t('visitorServices.notice.notYet', { channel, reason })
  return t('visitorServices.notice.sending', { channel })
}

export const noticeTone = (n: HostNotice): 'success' | 'warning' | 'error' =>
  n.status === 'sent' ? 'success' : n.status === 'failed' || n.lastError ? 'error' : 'warning'
