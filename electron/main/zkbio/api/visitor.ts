/**
 * Visitors: reservations (2.15), visitor levels (2.16), registration / check-out / QR (2.17) and the
 * newer v1.2 endpoints of FIELD-NOTES (visitor lookup, QR by ID document, visit records), which are
 * optional: on a server without them the call fails with kind 'unsupported' and a sentence to show.
 */
import { z } from 'zod'
import type { CallOptions, ZkbioCore } from '../core'
import { featureProblem } from '../capabilities'
import { defineEndpoints } from '../endpoint'
import { ZkbioError } from '../errors'
import { anyData, list, page, payloadString } from '../schemas/primitives'
import { levelSchema, visitorSchema, visitRecordSchema } from '../schemas/records'
import { csv, pagingQuery, type DateTimeInput, type Paging } from './params'

/** 2 national ID, 3 passport, 4 driver's licence, 5 work permit, 6 real-name card, 7 driving licence, 8 other. */
export type VisitorCertType = 2 | 3 | 4 | 5 | 6 | 7 | 8
export const VISITOR_CERT_TYPES: Record<VisitorCertType, string> = {
  2: 'National ID card',
  3: 'Passport',
  4: "Driver's licence",
  5: 'Work permit',
  6: 'Real-name card',
  7: 'Driving licence',
  8: 'Other',
}

// A newer server may page the visitor list; accept both and return the rows.
const visitorRows = z.union([list(visitorSchema), page(visitorSchema).transform((p) => p.items)])

export const visReservationEndpoints = defineEndpoints('visitor.reservation', {
  add: { section: '2.15.1', method: 'POST', path: '/api/visReservation/add', effect: 'write', data: anyData },
  del: { section: '2.15.2', method: 'POST', path: '/api/visReservation/del', effect: 'write', data: anyData },
} as const)

export const visLevelEndpoints = defineEndpoints('visitor.level', {
  list: {
    section: '2.16.1',
    method: 'GET',
    path: '/api/visLevel/list',
    effect: 'read',
    data: list(levelSchema),
  },
} as const)

export const visRegistrationEndpoints = defineEndpoints('visitor.registration', {
  add: {
    section: '2.17.1',
    method: 'POST',
    path: '/api/visRegistration/add',
    effect: 'write',
    data: anyData,
  },
  exit: {
    section: '2.17.2',
    method: 'POST',
    path: '/api/visRegistration/exit',
    effect: 'write',
    data: anyData,
  },
  getQrCode: {
    section: '2.17.3',
    method: 'POST',
    path: '/api/visRegistration/getQrCode/{pin}',
    effect: 'read',
    data: payloadString,
  },
  getQrCodeByPin: {
    section: 'FIELD-NOTES',
    method: 'POST',
    path: '/api/visRegistration/getQrCode',
    effect: 'read',
    data: payloadString,
    optional: 'visitorQrByPinQuery',
  },
  getQrCodeByCertNumber: {
    section: 'FIELD-NOTES',
    method: 'POST',
    path: '/api/v2/visRegistration/getQrCodeByCertNumber',
    effect: 'read',
    data: payloadString,
    optional: 'visitorQrByCertNumber',
  },
  getTransactionListV2: {
    section: 'FIELD-NOTES',
    method: 'POST',
    path: '/api/v2/visRegistration/getTransactionList',
    effect: 'read',
    data: page(visitRecordSchema),
    optional: 'visitTransactions',
  },
} as const)

export const visVisitorEndpoints = defineEndpoints('visitor.visitors', {
  getVisitorList: {
    section: 'FIELD-NOTES',
    method: 'POST',
    path: '/api/visVisitor/getVisitorList',
    effect: 'read',
    data: visitorRows,
    optional: 'visitorList',
  },
} as const)

export interface ReservationInput {
  /** The host's person pin. */
  persPersonPin: string
  certType: VisitorCertType
  certNum: string
  /** The manual's field name for the visitor's name. */
  visitEmpName: string
  visitEmpPhone?: string
  company?: string
  visitReason: string
  visitDate: DateTimeInput
  visitEndDate: DateTimeInput
}

export interface RegistrationInput {
  /** The host's person pin. */
  persPersonPin: string
  certType: VisitorCertType
  certNum: string
  /** Sent as `visEmpName` (FIELD-NOTES: what newer servers use). */
  visitorName: string
  visitorPhone?: string
  company?: string
  visitReason: string
  visitorCount?: number
  startTime: DateTimeInput
  endTime: DateTimeInput
  cardNo?: string
  visLevels?: string | readonly string[]
}

export interface VisitorQr {
  /** The dynamic QR payload (render it; it changes, so fetch it fresh while shown). */
  payload: string
  /** The visitor pin when it was learnt on the way. */
  pin: string | null
  via: 'certNumber' | 'visitorList' | 'visitTransactions'
}

export function visitorApi(core: ZkbioCore) {
  const res = visReservationEndpoints
  const lvl = visLevelEndpoints
  const reg = visRegistrationEndpoints
  const vis = visVisitorEndpoints

  const registration = {
    /** Registers (checks in) a visitor. The answer carries no visitor pin: see `qrCodeFor`. */
    add: (r: RegistrationInput, opts?: CallOptions) =>
      core.call(
        reg.add,
        {
          json: {
            persPersonPin: r.persPersonPin,
            certType: String(r.certType),
            certNum: r.certNum,
            visEmpName: r.visitorName,
            visitEmpPhone: r.visitorPhone ?? '',
            company: r.company ?? '',
            visitReason: r.visitReason,
            visitorCount: String(r.visitorCount ?? 1),
            startTime: core.dateTime(r.startTime),
            endTime: core.dateTime(r.endTime),
            cardNo: r.cardNo ?? '',
            visLevels: r.visLevels === undefined ? '' : csv(r.visLevels),
          },
        },
        opts,
      ),
    /** Checks the visitor out. */
    exit: (certType: VisitorCertType, certNum: string, opts?: CallOptions) =>
      core.call(reg.exit, { query: { certType, certNum } }, opts),
    /** The manual's QR request (pin in the path). */
    getQrCode: (pin: string, opts?: CallOptions) =>
      core.call(reg.getQrCode, { pathParams: { pin }, json: { pin } }, opts),
    /** v1.2: the QR request with the pin as a query parameter. */
    getQrCodeByPin: (pin: string, opts?: CallOptions) =>
      core.call(reg.getQrCodeByPin, { query: { pin } }, opts),
    /** v1.2: the QR straight from the ID document. */
    getQrCodeByCertNumber: (
      p: { certNumber: string; certType: VisitorCertType; phone?: string },
      opts?: CallOptions,
    ) =>
      core.call(
        reg.getQrCodeByCertNumber,
        { query: { certNumber: p.certNumber, certType: p.certType, phone: p.phone } },
        opts,
      ),
    /** v1.2: visit records (endTime null while on site). */
    getTransactionListV2: (p: Paging & { certNum?: string; phone?: string }, opts?: CallOptions) =>
      core.call(
        reg.getTransactionListV2,
        { query: { certNum: p.certNum, phone: p.phone, ...pagingQuery(p) } },
        opts,
      ),
  }

  const visitors = {
    /** v1.2: visitors with their pins. */
    getVisitorList: (
      p: Paging & { certNumbers?: string | readonly string[]; names?: string | readonly string[] },
      opts?: CallOptions,
    ) =>
      core.call(
        vis.getVisitorList,
        {
          query: {
            certNumbers: p.certNumbers === undefined ? undefined : csv(p.certNumbers),
            names: p.names === undefined ? undefined : csv(p.names),
            ...pagingQuery(p),
          },
        },
        opts,
      ),
  }

  /**
   * The QR payload of a registered visitor by whichever route this server has: straight from the ID
   * document (v1.2), else the pin from the visitor list or the visit records, then the manual's QR
   * request. Fails with 'unsupported' and a clear sentence when the server offers no route.
   */
  async function qrCodeFor(
    v: { certType: VisitorCertType; certNumber: string; phone?: string },
    opts?: CallOptions,
  ): Promise<VisitorQr> {
    const caps = core.capabilities
    const tryUnsupported = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await fn()
      } catch (err) {
        if (err instanceof ZkbioError && err.kind === 'unsupported') return undefined
        throw err
      }
    }
    if (caps.status('visitorQrByCertNumber') !== 'no') {
      const payload = await tryUnsupported(() => registration.getQrCodeByCertNumber(v, opts))
      if (payload !== undefined) return { payload, pin: null, via: 'certNumber' }
    }
    let pin: string | null = null
    let via: VisitorQr['via'] = 'visitorList'
    if (caps.status('visitorList') !== 'no') {
      const rows = await tryUnsupported(() =>
        visitors.getVisitorList({ certNumbers: v.certNumber, pageNo: 1, pageSize: 20 }, opts),
      )
      pin =
        rows?.find((r) => r.certNumber === v.certNumber && (!r.certType || r.certType === String(v.certType)))
          ?.pin ?? null
    }
    if (!pin && caps.status('visitTransactions') !== 'no') {
      const visits = await tryUnsupported(() =>
        registration.getTransactionListV2(
          { certNum: v.certNumber, ...(v.phone ? { phone: v.phone } : {}), pageNo: 1, pageSize: 20 },
          opts,
        ),
      )
      const current = visits?.items.find((r) => r.endTime === null) ?? visits?.items[0]
      pin = current?.visEmpPin ?? null
      via = 'visitTransactions'
    }
    if (!pin) {
      if (caps.status('visitorQr') === 'no') {
        throw new ZkbioError({
          kind: 'unsupported',
          endpoint: reg.getQrCode.path,
          problem: featureProblem('visitorQr'),
        })
      }
      throw new ZkbioError({
        kind: 'server',
        endpoint: reg.getQrCode.path,
        problem: { key: 'server.zkbio.request.visitorNotFound' },
      })
    }
    const found = pin
    const payload =
      caps.status('visitorQrByPinQuery') === 'yes'
        ? await registration.getQrCodeByPin(found, opts)
        : await registration.getQrCode(found, opts)
    return { payload, pin: found, via }
  }

  return {
    reservation: {
      add: (r: ReservationInput, opts?: CallOptions) =>
        core.call(
          res.add,
          {
            json: {
              ...r,
              certType: String(r.certType),
              visitDate: core.dateTime(r.visitDate),
              visitEndDate: core.dateTime(r.visitEndDate),
            },
          },
          opts,
        ),
      /** The server finds the reservation by certificate type + number + visit date. */
      del: (
        p: { certType: VisitorCertType; certNum: string; visitDate: DateTimeInput },
        opts?: CallOptions,
      ) =>
        core.call(
          res.del,
          { query: { certType: p.certType, certNum: p.certNum, visitDate: core.dateTime(p.visitDate) } },
          opts,
        ),
    },
    level: {
      list: (paging: Paging, opts?: CallOptions) => core.call(lvl.list, { query: pagingQuery(paging) }, opts),
    },
    registration,
    visitors,
    qrCodeFor,
  }
}
