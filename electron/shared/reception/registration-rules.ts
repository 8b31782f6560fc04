/**
 * The registration rules the form (inline, as you type) and main (before anything is sent) both apply,
 * free of the schema library: the renderer's first bundle imports this module, and zod stays in main.
 * `electron/shared/contract/reception.ts` re-exports every name here.
 */
import englishReception from '../i18n/messages/en/reception'

/** The server's wall-clock date-time text (`yyyy-MM-dd HH:mm:ss`, no zone). */
export const SERVER_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

export type RegistrationField =
  | 'hostPin'
  | 'visitorName'
  | 'certType'
  | 'certNumber'
  | 'phone'
  | 'company'
  | 'reason'
  | 'visitorCount'
  | 'startTime'
  | 'endTime'
  | 'cardNo'
  | 'levelIds'

export interface RegistrationValues {
  hostPin: string
  visitorName: string
  certType: number | null
  certNumber: string
  phone: string
  company: string
  reason: string
  visitorCount: number | null
  startTime: string
  endTime: string
  cardNo: string
}

/** Characters the server refuses in text fields (code -261). */
export const FORBIDDEN_CHARACTERS = /[<>"'%;&\\]/

/** The rule sentences' keys (messages `reception.rules.*`). */
export type RegistrationRuleWord = keyof (typeof englishReception)['rules']

/** Says one rule sentence; the renderer passes its `t`, main the language in use. */
export type RegistrationRuleWords = (word: RegistrationRuleWord) => string

const englishRuleWords: RegistrationRuleWords = (word) => englishReception.rules[word]

/**
 * The rules both the form (inline, as you type) and main (before anything is sent) apply. Returns one
 * plain sentence per field at fault, in the words of `say` (English unless told). `serverNow` is the
 * server's wall-clock time in the same format.
 */
export function checkRegistration(
  v: RegistrationValues,
  serverNow: string | null,
  say: RegistrationRuleWords = englishRuleWords,
): Partial<Record<RegistrationField, string>> {
  const errors: Partial<Record<RegistrationField, string>> = {}
  if (!v.hostPin.trim()) errors.hostPin = say('needHost')
  if (!v.visitorName.trim()) errors.visitorName = say('needName')
  for (const field of ['visitorName', 'company', 'reason'] as const) {
    if (FORBIDDEN_CHARACTERS.test(v[field])) errors[field] = say('forbidden')
  }
  if (v.certType === null || v.certType < 2 || v.certType > 8) errors.certType = say('needCertType')
  const cert = v.certNumber.trim()
  if (!cert) errors.certNumber = say('needCertNumber')
  else if (!/^[A-Za-z0-9-]{2,30}$/.test(cert)) errors.certNumber = say('certChars')
  else if (v.certType === 2 && !/^[0-9A-Za-z]{6,20}$/.test(cert)) errors.certNumber = say('nationalId')
  if (v.phone.trim() && !/^\+?[0-9 ()-]{5,20}$/.test(v.phone.trim())) errors.phone = say('phone')
  if (!v.reason.trim() && !errors.reason) errors.reason = say('needReason')
  if (
    v.visitorCount === null ||
    !Number.isInteger(v.visitorCount) ||
    v.visitorCount < 1 ||
    v.visitorCount > 99
  )
    errors.visitorCount = say('visitorCount')
  if (!SERVER_DATE_TIME_PATTERN.test(v.startTime)) errors.startTime = say('needStart')
  if (!SERVER_DATE_TIME_PATTERN.test(v.endTime)) errors.endTime = say('needEnd')
  else if (!errors.startTime && v.endTime <= v.startTime) errors.endTime = say('endAfterStart')
  else if (serverNow && v.endTime <= serverNow) errors.endTime = say('endPast')
  if (v.cardNo.trim() && !/^[0-9A-Fa-f]{1,30}$/.test(v.cardNo.trim())) errors.cardNo = say('cardNo')
  return errors
}

/** Server refusal codes (manual appendix) and the form field each one belongs to. */
export const SERVER_CODE_FIELD: Readonly<Record<number, RegistrationField>> = {
  [-240]: 'hostPin',
  [-253]: 'hostPin',
  [-241]: 'certType',
  [-250]: 'certType',
  [-242]: 'certNumber',
  [-251]: 'certNumber',
  [-254]: 'certNumber',
  [-255]: 'certNumber',
  [-244]: 'certNumber',
  [-245]: 'certNumber',
  [-243]: 'visitorName',
  [-246]: 'reason',
  [-247]: 'startTime',
  [-249]: 'startTime',
  [-252]: 'startTime',
  [-100]: 'startTime',
  [-101]: 'endTime',
  [-258]: 'visitorCount',
  [-23]: 'cardNo',
  [-24]: 'levelIds',
}
