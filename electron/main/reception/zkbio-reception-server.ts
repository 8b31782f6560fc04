import { personApi } from '../zkbio/api/person'
import { visitorApi, type VisitorCertType } from '../zkbio/api/visitor'
import type { ZkbioCore } from '../zkbio/core'
import { ZkbioError } from '../zkbio/errors'
import type { ReceptionServer, ServerVisit, ServerVisitor } from './server-port'

const certTypeOf = (value: string): VisitorCertType => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 2 || n > 8) throw new RangeError(`Not a visitor certificate type: ${value}`)
  return n as VisitorCertType
}

/** Optional (v1.2) endpoints: "this server has no such thing" becomes null, anything else is thrown. */
async function optional<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof ZkbioError && error.kind === 'unsupported') return null
    throw error
  }
}

type VisitorRow = {
  pin: string
  certType?: string | null | undefined
  certNumber?: string | null | undefined
  name?: string | null | undefined
  lastName?: string | null | undefined
  company?: string | null | undefined
  phone?: string | null | undefined
}

function toServerVisitor(v: VisitorRow): ServerVisitor {
  return {
    pin: v.pin,
    certType: v.certType ?? '',
    certNumber: v.certNumber ?? '',
    name: [v.name, v.lastName].filter(Boolean).join(' '),
    company: v.company ?? '',
    phone: v.phone ?? '',
  }
}

/** The server sends bare base64 (JPEG or PNG); the renderer shows a data: URL. */
export function photoDataUrl(base64: string): string | null {
  const bare = base64.trim()
  if (bare.length < 100 || !/^[A-Za-z0-9+/=\s]+$/.test(bare)) return null
  const type = bare.startsWith('/9j/')
    ? 'jpeg'
    : bare.startsWith('iVBOR')
      ? 'png'
      : bare.startsWith('R0lG')
        ? 'gif'
        : null
  return type ? `data:image/${type};base64,${bare.replace(/\s+/g, '')}` : null
}

/** Reception's view of the server, on top of the typed ZKBio client's call engine. */
export function zkbioReceptionServer(core: ZkbioCore): ReceptionServer {
  const client = { person: personApi(core), visitor: visitorApi(core) }
  return {
    async listPersons(pageNo, pageSize, signal) {
      const page = await client.person.getPersonListV2({ pageNo, pageSize }, signal ? { signal } : undefined)
      return {
        total: page.total,
        persons: page.items.map((p) => ({
          pin: p.pin,
          name: p.name ?? '',
          lastName: p.lastName ?? '',
          deptCode: p.deptCode ?? '',
          deptName: p.deptName ?? '',
          phone: p.mobilePhone ?? '',
        })),
      }
    },
    async listVisitorLevels() {
      const levels = await client.visitor.level.list({ pageNo: 1, pageSize: 1000 })
      return levels.map((l) => ({ id: l.id, name: l.name ?? l.id }))
    },
    async registerVisitor(r) {
      await client.visitor.registration.add({
        persPersonPin: r.persPersonPin,
        certType: certTypeOf(r.certType),
        certNum: r.certNum,
        visitorName: r.visEmpName,
        visitorPhone: r.visitEmpPhone,
        company: r.company,
        visitReason: r.visitReason,
        visitorCount: Number(r.visitorCount),
        startTime: r.startTime,
        endTime: r.endTime,
        cardNo: r.cardNo,
        visLevels: r.visLevels,
      })
    },
    async checkOutVisitor(certType, certNumber) {
      await client.visitor.registration.exit(certTypeOf(certType), certNumber)
    },
    async addReservation(r) {
      await client.visitor.reservation.add({ ...r, certType: certTypeOf(r.certType) })
    },
    async deleteReservation(certType, certNumber, visitDate) {
      await client.visitor.reservation.del({ certType: certTypeOf(certType), certNum: certNumber, visitDate })
    },
    async findVisitorsByCert(certNumber) {
      const rows = await optional(() =>
        client.visitor.visitors.getVisitorList({ certNumbers: certNumber, pageNo: 1, pageSize: 50 }),
      )
      return rows?.map(toServerVisitor) ?? null
    },
    async findVisitorsByName(name) {
      const rows = await optional(() =>
        client.visitor.visitors.getVisitorList({ names: name, pageNo: 1, pageSize: 20 }),
      )
      return rows?.map(toServerVisitor) ?? null
    },
    async personPhoto(pin) {
      // person/get carries no photo; the list by pins (2.13.4) does.
      const rows = await client.person.getPersonList({ pins: pin, pageNo: 1, pageSize: 1 })
      const person = rows.find((p) => p.pin === pin)
      return photoDataUrl(person?.personPhoto ?? '')
    },
    async listVisits({ certNumber, pageNo, pageSize }) {
      const page = await optional(() =>
        client.visitor.registration.getTransactionListV2({
          pageNo,
          pageSize,
          ...(certNumber ? { certNum: certNumber } : {}),
        }),
      )
      if (!page) return null
      return page.items.map((v): ServerVisit => ({
        visitorPin: v.visEmpPin ?? '',
        certType: v.certType ?? '',
        certNumber: v.certNum ?? v.certNumber ?? '',
        hostPin: v.persPersonPin ?? '',
        startTime: v.startTime ?? '',
        // Some servers send "" for an open visit; reconcile reads any non-null end time as "left".
        endTime: v.endTime?.trim() ? v.endTime : null,
        id: v.id ?? '',
        visitorName: v.visEmpName ?? '',
        company: v.company ?? '',
        phone: v.phone ?? '',
        hostName: v.persPersonName ?? '',
        hostDepartment: v.visitedEmpDept ?? '',
        reason: v.visitReason ?? '',
        visitorCount: typeof v.visitorCount === 'number' && v.visitorCount > 0 ? v.visitorCount : 1,
      }))
    },
    utcOffsetMinutes: () => core.serverUtcOffsetMinutes,
  }
}
