import type { HostNotice } from '@shared/contract/notify'
import { shortTime } from '../../composables/useServerClock'

/** The translate function of the calling component (`useI18n().t`). */
type Translate = (key: string, params?: Record<string, unknown>) => string

/** One notice as a short sentence: "E-mail sent 14:05", "E-mail not sent: <reason>". */
export function noticeText(n: HostNotice, t: Translate): string {
  const channel = t(`visitorServices.notice.channel.${n.channel}`)
  if (n.status === 'sent')
    return n.sentAt
      ? t('visitorServices.notice.sentAt', { channel, time: shortTime(n.sentAt) })
      : t('visitorServices.notice.sent', { channel })
  if (n.status === 'failed')
    return t('visitorServices.notice.failed', {
      channel,
      reason: n.lastError ?? t('visitorServices.notice.unknownReason'),
    })
  if (n.lastError)
    return n.nextAttemptAt
      ? t('visitorServices.notice.notYetNext', {
          channel,
          reason: n.lastError,
          time: shortTime(n.nextAttemptAt),
        })
      : t('visitorServices.notice.notYet', { channel, reason: n.lastError })
  return t('visitorServices.notice.sending', { channel })
}

export const noticeTone = (n: HostNotice): 'success' | 'warning' | 'error' =>
  n.status === 'sent' ? 'success' : n.status === 'failed' || n.lastError ? 'error' : 'warning'
