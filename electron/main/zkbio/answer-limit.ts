/**
 * How large a server answer may be, per kind of endpoint. The transport stops reading (and closes the
 * connection) as soon as an answer passes its limit, so a broken or hostile server cannot make main
 * buffer hundreds of megabytes. The limits are far above what a healthy server sends:
 *  - list:   16 MB  (pages of at most 1,000 rows; events, persons, devices)
 *  - media:   8 MB  (answers that carry a base64 photo or QR image: one person, a picture, a template)
 *  - record:  1 MB  (one record, a state, a command's answer)
 */
import type { EndpointSpec } from './endpoint'

export const ANSWER_LIMITS = {
  list: 16 * 1024 * 1024,
  media: 8 * 1024 * 1024,
  record: 1024 * 1024,
} as const

export type AnswerKind = keyof typeof ANSWER_LIMITS

const MEDIA = /qrcode|photo|picture|admedia\/get|biotemplate|\/person\/get\//i
const LIST = /list|monitor|\/all\w*state|transaction|getcards/i

export function answerKind(ep: Pick<EndpointSpec, 'path' | 'answer'>): AnswerKind {
  if (ep.answer) return ep.answer
  if (MEDIA.test(ep.path)) return 'media'
  if (LIST.test(ep.path)) return 'list'
  return 'record'
}

export function answerLimit(ep: Pick<EndpointSpec, 'path' | 'answer'>): number {
  return ANSWER_LIMITS[answerKind(ep)]
}

/** "16 MB" for the error text. */
export function describeLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`
}
