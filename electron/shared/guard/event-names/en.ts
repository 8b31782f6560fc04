/**
 * English ZKBio CVSecurity event names that are alarms (the access event table's texts; FIELD-NOTES and
 * the manual's door/gate alarm descriptions). Keys are the server's words, values the alarm kind.
 */
import type { ServerEventNames } from './types'

export default {
  'Door Opened Forcefully': 'forcedOpen',
  'Opened Forcefully': 'forcedOpen',
  'Door Opened Accidentally': 'forcedOpen',
  'Be Opened Accidentally': 'forcedOpen',
  'Door Open Timeout': 'heldOpen',
  'Tamper Alarm': 'tamper',
  'Device Tamper': 'tamper',
  'Duress Password Open': 'duress',
  'Duress Fingerprint Open': 'duress',
  'Duress Open Alarm': 'duress',
  'The entrance control gate is not connected': 'gateFault',
  'Infrared Ray Exception': 'gateFault',
  'Gate Error': 'gateFault',
  'Connection abort': 'deviceOffline',
  'Abnormal Body Temperature': 'temperature',
} satisfies ServerEventNames
