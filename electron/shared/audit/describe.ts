/**
 * Audit entries as sentences a supervisor reads without a manual:
 * "Anna Novak acknowledged 'Forced open, Main Entrance': 'checked, door closed'".
 * Built from the stored columns when read, so entries written before this existed read well too.
 */
import { ALARM_TITLE } from '../guard/alarm-kinds'

export interface DescribableEntry {
  operator: string
  action: string
  target: string
  result: 'ok' | 'failed' | 'info'
  detail: string | null
}

/** What the operator did, as a past-tense phrase with `{target}` where the target goes. */
const PHRASES: Record<string, string> = {
  'guard.alarm.acknowledge': 'acknowledged {target}',
  'guard.alarm.clear': 'cleared {target}',
  'guard.sound.mute': 'muted the alarm sound',
  'guard.sound.unmute': 'turned the alarm sound back on',
  'door.remoteOpen': 'opened {target}',
  'door.remoteClose': 'closed {target}',
  'gate.remoteOpen.entry': 'opened {target} for entry',
  'gate.remoteOpen.exit': 'opened {target} for exit',
  'floor.remoteOpen': 'released {target}',
  'floor.remoteClose': 'locked {target}',
  'reception.register': 'registered a visitor ({target})',
  'reception.replay': 'sent a visitor registered offline ({target})',
  'reception.checkOut': 'checked out a visitor ({target})',
  'reception.autoCheckOut': 'checked out a visitor at the end of the day ({target})',
  'reception.reserve': 'booked a visit ({target})',
  'reception.cancelReservation': 'cancelled a booked visit ({target})',
  'reception.discardPending': 'discarded an unsent registration ({target})',
  'reception.printRollCall': 'printed the evacuation roll call',
  'reception.saveRollCallPdf': 'saved the evacuation roll call as PDF',
  'badge.print': 'printed the badge of {target}',
  'badge.savePdf': 'saved the badge of {target} as PDF',
  'person.enrolPhoto': 'enrolled the photo of person {target}',
  'settings.update': 'changed the settings ({target})',
  'settings.addProfile': 'added the server {target}',
  'settings.editProfile': 'changed the server {target}',
  'settings.removeProfile': 'removed the server {target}',
  'settings.switchProfile': 'switched to the server {target}',
  'settings.site': 'changed the site database settings ({target})',
  'session.signIn': 'signed in',
  'session.signOut': 'signed out',
  'session.lock': 'locked the screen',
  'session.idleLock': 'was signed out by the idle lock',
  'session.signInFailed': 'failed to sign in as {target}',
  'operators.create': 'added the operator {target}',
  'operators.update': 'changed the operator {target}',
  'operators.setSecret': 'set a new password or PIN for {target}',
  'operators.recover': 'reset the administrator {target} from the machine',
  'operators.updatePolicy': 'changed the sign-in policy ({target})',
  'audit.exportCsv': 'exported the audit log to {target}',
}

const ALARM_TARGET = /^alarm #\d+ (\w+) (?:door|gate|device|site) (.+)$/

/** 'alarm #12 forcedOpen door Main Entrance' -> 'Forced open, Main Entrance' */
function targetText(entry: DescribableEntry): string {
  const alarm = ALARM_TARGET.exec(entry.target)
  if (alarm) {
    const title = ALARM_TITLE[alarm[1] as keyof typeof ALARM_TITLE] ?? alarm[1]
    return `'${title}, ${alarm[2]}'`
  }
  return entry.target.includes('"') ? entry.target : `'${entry.target}'`
}

export function describeAuditEntry(entry: DescribableEntry): string {
  // Nobody is signed in yet when a sign-in fails: the sentence names the account that was tried.
  if (entry.action === 'session.signInFailed') return `Failed sign-in as '${entry.target}'`
  const phrase = PHRASES[entry.action] ?? `did ${entry.action} on {target}`
  const what = phrase.replace('{target}', targetText(entry))
  const detail = entry.detail ? `: '${entry.detail}'` : ''
  if (entry.result === 'failed') return `${entry.operator} tried: ${what} — not done${detail}`
  return `${entry.operator} ${what}${detail}`
}
