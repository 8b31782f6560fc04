/**
 * Returning visitors found while typing: by name, phone, company or ID number, in this desk's records
 * (every visit it registered) and, where the server has it, the server's visitor list (v1.2
 * visVisitor/getVisitorList, by name or certificate number). One entry per ID document, the latest first.
 */
import type { VisitorMatch } from '../../shared/contract/reception'
import type { ReceptionDeps } from './context'
import type { ServerVisitor } from './server-port'
import type { VisitStore } from './visit-store'

const looksLikeId = (q: string) => /\d/.test(q) && /^[A-Za-z0-9-]+$/.test(q)
const looksLikeName = (q: string) => /\p{L}{2}/u.test(q)

export interface VisitorSearch {
  search(query: string, limit: number): Promise<VisitorMatch[]>
}

export function createVisitorSearch(deps: ReceptionDeps, visits: VisitStore): VisitorSearch {
  function local(query: string): VisitorMatch[] {
    const q = query.toLowerCase()
    const digits = query.replace(/\D/g, '')
    const out: VisitorMatch[] = []
    const seen = new Set<string>()
    // The store's search covers name, company, host and ID number; phone numbers match on digits.
    const rows = visits.list('all', query)
    if (digits.length >= 3) {
      for (const v of visits.list('all', '')) if (v.phone.replace(/\D/g, '').includes(digits)) rows.push(v)
    }
    rows.sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt))
    for (const v of rows) {
      if (v.status === 'failed') continue
      const key = `${v.certType}:${v.certNumber}`
      if (seen.has(key)) continue
      // The store also matches the host's name: a returning visitor is matched on their own details.
      const own = [v.visitorName, v.company, v.certNumber].some((t) => t.toLowerCase().includes(q))
      const phone = digits.length >= 3 && v.phone.replace(/\D/g, '').includes(digits)
      if (!own && !phone) continue
      seen.add(key)
      out.push({
        visitorName: v.visitorName,
        company: v.company,
        phone: v.phone,
        certType: v.certType,
        certNumber: v.certNumber,
        hostPin: v.hostPin,
        hostName: v.hostName,
        hostDepartment: v.hostDepartment,
        reason: v.reason,
        lastVisitAt: v.checkedInAt,
        source: 'local',
      })
    }
    return out
  }

  async function remote(query: string): Promise<VisitorMatch[]> {
    let found: ServerVisitor[] | null = null
    try {
      const server = deps.server()
      if (looksLikeId(query)) found = await server.findVisitorsByCert(query)
      else if (looksLikeName(query) && server.findVisitorsByName)
        found = await server.findVisitorsByName(query)
    } catch {
      return [] // offline or not configured: this desk's records are all there is
    }
    return (found ?? [])
      .filter((v) => Number(v.certType) >= 2 && Number(v.certType) <= 8 && v.certNumber)
      .map((v) => ({
        visitorName: v.name,
        company: v.company,
        phone: v.phone,
        certType: Number(v.certType),
        certNumber: v.certNumber,
        hostPin: null,
        hostName: null,
        hostDepartment: null,
        reason: null,
        lastVisitAt: null,
        source: 'server' as const,
      }))
  }

  return {
    async search(query, limit) {
      const q = query.trim()
      const [mine, theirs] = await Promise.all([Promise.resolve(local(q)), remote(q)])
      const keys = new Set(mine.map((m) => `${m.certType}:${m.certNumber}`))
      const merged = [...mine, ...theirs.filter((m) => !keys.has(`${m.certType}:${m.certNumber}`))]
      return merged.slice(0, limit)
    },
  }
}
