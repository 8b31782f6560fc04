import type { HostNotice, NoticeChannel } from '@shared/contract/notify'
import { shortTime } from '../../composables/useServerClock'

export const CHANNEL_WORDS: Record<NoticeChannel, string> = {
  email: 'E-mail',
  teams: 'Teams',
  slack: 'Slack',
}

/** One notice as a short sentence: "E-mail sent 14:05", "E-mail not sent: <reason>". */
export function noticeText(n: HostNotice): string {
  const what = CHANNEL_WORDS[n.channel]
  if (n.status === 'sent') return `${what} sent${n.sentAt ? ` ${shortTime(n.sentAt)}` : ''}`
  if (n.status === 'failed') return `${what} not sent: ${n.lastError ?? 'unknown reason'}`
  if (n.lastError)
    return `${what} not sent yet: ${n.lastError}${n.nextAttemptAt ? ` (next try ${shortTime(n.nextAttemptAt)})` : ''}`
  return `${what} sending…`
}

export const noticeTone = (n: HostNotice): 'success' | 'warning' | 'error' =>
  n.status === 'sent' ? 'success' : n.status === 'failed' || n.lastError ? 'error' : 'warning'
