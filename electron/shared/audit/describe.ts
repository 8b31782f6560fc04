/**
 * Audit entries as sentences a supervisor reads without a manual:
 * "Anna Novak acknowledged 'Forced open, Main Entrance': 'checked, door closed'".
 * Built from the stored columns when read, so entries written before this existed read well too.
 */
import { ALARM_TITLE } from '../guard/alarm-kinds'
import { translatorFor } from '../i18n/translate'

export interface DescribableEntry {
  operator: string
  action: string
  target: string
  result: 'ok' | 'failed' | 'info'
  detail: string | null
}

/** The translation function of the side that describes (main's). English when none is given. */
export type DescribeTranslate = (key: string, params?: Record<string, string | number>) => string
const english = translatorFor('en') as unknown as DescribeTranslate

/** Actions that have a phrase (server.audit.phrase.<action with dots as underscores>). */
const PHRASED = new Set([
  'guard.alarm.acknowledge',
  'guard.alarm.clear',
  'guard.sound.mute',
  'guard.sound.unmute',
  'door.remoteOpen',
  'door.remoteClose',
  'gate.remoteOpen.entry',
  'gate.remoteOpen.exit',
  'floor.remoteOpen',
  'floor.remoteClose',
  'reception.register',
  'reception.replay',
  'reception.checkOut',
  'reception.autoCheckOut',
  'reception.reserve',
  'reception.cancelReservation',
  'reception.discardPending',
  'reception.printRollCall',
  'reception.saveRollCallPdf',
  'badge.print',
  'badge.savePdf',
  'person.enrolPhoto',
  'settings.update',
  'settings.addProfile',
  'settings.editProfile',
  'settings.removeProfile',
  'settings.switchProfile',
  'settings.site',
  'session.signIn',
  'session.signOut',
  'session.lock',
  'session.idleLock',
  'session.signInFailed',
  'operators.create',
  'operators.update',
  'operators.setSecret',
  'operators.recover',
  'operators.updatePolicy',
  'audit.exportCsv',
])

const ALARM_TARGET = /^alarm #\d+ (\w+) (?:door|gate|device|site) (.+)$/

/** 'alarm #12 forcedOpen door Main Entrance' -> 'Forced open, Main Entrance' (the kind in the reader's words) */
function targetText(entry: DescribableEntry, t: DescribeTranslate): string {
  const alarm = ALARM_TARGET.exec(entry.target)
  if (alarm) {
    const kind = alarm[1]!
    const title = kind in ALARM_TITLE ? t(`events.kind.${kind}`) : kind
    return t('server.audit.alarmTarget', { title, place: alarm[2]! })
  }
  return entry.target.includes('"') ? entry.target : t('server.audit.quoted', { target: entry.target })
}

/**
 * The entry as a sentence in the reader's language. Action ids, operator names, targets and details
 * are what was stored; only the wording around them is translated.
 */
export function describeAuditEntry(entry: DescribableEntry, t: DescribeTranslate = english): string {
  // Nobody is signed in yet when a sign-in fails: the sentence names the account that was tried.
  if (entry.action === 'session.signInFailed') return t('server.audit.failedSignIn', { target: entry.target })
  const target = targetText(entry, t)
  const what = PHRASED.has(entry.action)
    ? t(`server.audit.phrase.${entry.action.replace(/\./g, '_')}`, { target })
    : t('server.audit.other', { action: entry.action, target })
  const detail = entry.detail ? t('server.audit.detail', { detail: entry.detail }) : ''
  const params = { operator: entry.operator, what, detail }
  return entry.result === 'failed' ? t('server.audit.tried', params) : t('server.audit.did', params)
}
