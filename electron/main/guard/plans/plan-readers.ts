/**
 * The server's access readers, for placing on a floor plan (reader/accList, paged). Read when a
 * supervisor edits a plan, never polled.
 */
import type { PlanReader } from '../../../shared/contract/guard-plans'
import { readerApi } from '../../zkbio/api/reader'
import type { ZkbioClient } from '../../zkbio/client'
import type { ZkbioCore } from '../../zkbio/core'

const PAGE = 1000
const MAX_PAGES = 20

export async function listReaders(client: ZkbioClient | ZkbioCore): Promise<PlanReader[]> {
  const api = readerApi('core' in client ? client.core : client)
  const out: PlanReader[] = []
  for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
    const rows = await api.accList({ pageNo, pageSize: PAGE })
    for (const r of rows) out.push({ id: r.id, name: (r.name ?? r.id).trim(), doorId: r.doorId ?? null })
    if (rows.length < PAGE) break
  }
  return out
}
