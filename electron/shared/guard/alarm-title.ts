/**
 * An alarm's title in the reader's language. Alarms are stored with their English title ("Forced
 * open: Main Entrance"; kept so the audit log and older rows read the same); the kind and the place
 * are read back from it and said again in the current language. In English the result is the stored
 * title, character for character, so accessible names stay stable.
 */
import type { AlarmKind } from '../contract/guard'
import { ALARM_TITLE } from './alarm-kinds'

/** The translation function of either side (main's `translate`, the renderer's `t`). */
export type Translate = (key: string, params?: Record<string, string | number>) => string

/** The place the server link alarm names (guard-service's linkLostAlarm). */
export const LINK_LOST_PLACE = 'ZKBio server'

export function localAlarmTitle(alarm: { kind: AlarmKind; title: string }, t: Translate): string {
  const prefix = `${ALARM_TITLE[alarm.kind]}: `
  if (!alarm.title.startsWith(prefix)) return alarm.title
  const rest = alarm.title.slice(prefix.length)
  const place = alarm.kind === 'linkLost' && rest === LINK_LOST_PLACE ? t('server.alarm.linkLostPlace') : rest
  return t('server.alarm.title', { kind: t(`events.kind.${alarm.kind}`), place })
}

const SERVER_SAID = /^Server: "(.*)"((?: \(.*\))?)$/s

/**
 * An alarm's stored detail ('Server: "Apertura forzada" (Main Entrance-In, C3-400)') with its own
 * words in the reader's language; the server's text and places stay as the server wrote them.
 */
export function localAlarmDetail(detail: string, t: Translate): string {
  const m = SERVER_SAID.exec(detail)
  return m ? `${t('server.alarm.serverSaid', { name: m[1]! })}${m[2] ?? ''}` : detail
}
