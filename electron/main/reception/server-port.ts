/**
 * What reception needs from the ZKBio server, in reception's own words. The adapter
 * (zkbio-reception-server.ts) maps it onto the client; the services never see endpoint paths, so the
 * replay and registration rules read as business rules.
 */

export interface ServerPerson {
  pin: string
  name: string
  lastName: string
  deptCode: string
  deptName: string
  phone: string
}

export interface PersonPage {
  persons: ServerPerson[]
  total: number
}

export interface ServerVisitor {
  pin: string
  certType: string
  certNumber: string
  name: string
  company: string
  phone: string
}

export interface ServerVisit {
  visitorPin: string
  certType: string
  certNumber: string
  hostPin: string
  startTime: string
  /** null while the visitor is on site. */
  endTime: string | null
  /** The server's record id, when it sends one. */
  id?: string
  visitorName?: string
  company?: string
  phone?: string
  /** Only some servers name the host; otherwise the host directory does. */
  hostName?: string
  hostDepartment?: string
  reason?: string
  visitorCount?: number
}

/** The body of visRegistration/add, as the desk built it. Stored as is for a pending replay. */
export interface RegistrationRequest {
  persPersonPin: string
  certType: string
  certNum: string
  visEmpName: string
  visitEmpPhone: string
  company: string
  visitReason: string
  visitorCount: string
  startTime: string
  endTime: string
  cardNo: string
  visLevels: string
}

export interface ReservationRequest {
  persPersonPin: string
  certType: string
  certNum: string
  visitEmpName: string
  visitEmpPhone: string
  company: string
  visitReason: string
  visitDate: string
  visitEndDate: string
}

export interface ReceptionServer {
  /** v2 person list page (1-based). */
  listPersons(pageNo: number, pageSize: number, signal?: AbortSignal): Promise<PersonPage>
  listVisitorLevels(): Promise<{ id: string; name: string }[]>
  registerVisitor(request: RegistrationRequest): Promise<void>
  checkOutVisitor(certType: string, certNumber: string): Promise<void>
  addReservation(request: ReservationRequest): Promise<void>
  deleteReservation(certType: string, certNumber: string, visitDate: string): Promise<void>
  /** visVisitor/getVisitorList by certificate; null when the server has no such endpoint. */
  findVisitorsByCert(certNumber: string): Promise<ServerVisitor[] | null>
  /** visVisitor/getVisitorList by (part of a) name; null when the server has no such endpoint. */
  findVisitorsByName?(name: string): Promise<ServerVisitor[] | null>
  /** A person's photo as a data: URL (person/get), or null when there is none. */
  personPhoto?(pin: string): Promise<string | null>
  /** v2/visRegistration/getTransactionList; null when the server has no such endpoint. */
  listVisits(query: { certNumber?: string; pageNo: number; pageSize: number }): Promise<ServerVisit[] | null>
  /** The server's clock offset, minutes east of UTC, for its zone-less dates. */
  utcOffsetMinutes(): number
}

/** Errors the services branch on, whatever the transport said. */
export function serverCodeOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'serverCode' in error) {
    const code = (error as { serverCode: unknown }).serverCode
    if (typeof code === 'number') return code
  }
  return undefined
}

/**
 * "The server did not get or did not answer the request": worth keeping the registration and sending
 * it again later. A refusal with a server code is never unreachable.
 */
export function isUnreachable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  if (serverCodeOf(error) !== undefined) return false
  const kind = (error as { kind?: unknown }).kind
  if (kind === 'network' || kind === 'timeout') return true
  if (kind === 'html' || kind === 'http') {
    const status = (error as { status?: unknown }).status
    return typeof status !== 'number' || status >= 500
  }
  if (error instanceof Error && 'code' in error) {
    const code = String((error as { code: unknown }).code)
    return code === 'NOT_CONFIGURED'
      ? false
      : /ECONN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|socket/i.test(code)
  }
  return false
}
