/**
 * What the guard workers need from the ZKBio server, as one narrow port. Production wraps the typed
 * client (`sourceFromClient`); every call takes the worker's AbortSignal and timeout, and none is
 * retried here (workers own their backoff; monitor reads are never retried by the client either).
 */
import type { EventStream } from '../../shared/contract/guard'
import type { DeviceInfo, DoorStateInput, GateStateInput } from '../../shared/guard/states'
import { deviceApi } from '../zkbio/api/device'
import { doorApi } from '../zkbio/api/door'
import { psgDeviceApi, psgGateApi } from '../zkbio/api/entrance-control'
import { hepApi } from '../zkbio/api/hep'
import { psgTransactionApi, transactionApi } from '../zkbio/api/transaction'
import type { ZkbioClient } from '../zkbio/client'
import type { ZkbioCore } from '../zkbio/core'

export interface SourceCall {
  signal: AbortSignal
  timeoutMs: number
}

export interface RangePage {
  rows: unknown[]
  /** No more pages after this one. */
  last: boolean
}

export interface GuardSource {
  /** Which server this is (profile id + URL): event cursors and gaps belong to one server. */
  serverId: string
  doorStates(call: SourceCall): Promise<DoorStateInput[]>
  gateStates(call: SourceCall): Promise<GateStateInput[]>
  /** Rows new since the previous call of this monitor session (`sessionKey` is the session's timestamp). */
  monitor(stream: EventStream, sessionKey: number, call: SourceCall): Promise<unknown[]>
  /** One page of the stream's transactions between two server times (v2 lists, newest first). */
  range(
    stream: EventStream,
    from: string,
    to: string,
    pageNo: number,
    pageSize: number,
    call: SourceCall,
  ): Promise<RangePage>
  /** Access and entrance-control devices (names, serials, areas) for the boards. */
  devices(call: SourceCall): Promise<DeviceInfo[]>
  /** The server's UTC offset in minutes (for gap windows when no event was seen yet). */
  serverUtcOffsetMinutes(): number
}

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v))

function toDeviceInfo(raw: unknown): DeviceInfo | null {
  if (!raw || typeof raw !== 'object') return null
  const r = raw as Record<string, unknown>
  const id = str(r.id)
  if (!id) return null
  return {
    id,
    sn: str(r.sn),
    name: str(r.name) ?? str(r.devName),
    areaName: str(r.authAreaName) ?? str(r.areaName),
  }
}

type GuardApis = Pick<
  ZkbioClient,
  'door' | 'psgGate' | 'transaction' | 'psgTransaction' | 'hep' | 'device' | 'psgDevice'
> & {
  serverUtcOffsetMinutes: number
}

/** The connection service hands out the call engine (ZkbioCore) or a full client: both work. */
export function guardApis(clientOrCore: ZkbioClient | ZkbioCore): GuardApis {
  if ('door' in clientOrCore) return clientOrCore
  const core = clientOrCore
  return {
    door: doorApi(core),
    psgGate: psgGateApi(core),
    transaction: transactionApi(core),
    psgTransaction: psgTransactionApi(core),
    hep: hepApi(core),
    device: deviceApi(core),
    psgDevice: psgDeviceApi(core),
    serverUtcOffsetMinutes: core.serverUtcOffsetMinutes,
  }
}

/** The door poll's read retries (see `doorStates` below). */
export const DOOR_POLL_RETRY = { baseDelayMs: 100 } as const

export function sourceFromClient(clientOrCore: ZkbioClient | ZkbioCore, serverId = 'default'): GuardSource {
  const client = guardApis(clientOrCore)
  const opts = (c: SourceCall) => ({ signal: c.signal, timeoutMs: c.timeoutMs })
  return {
    serverId,
    // The door poll judges the link: a server gone must read as lost within one interval + 1 s. Its
    // two read retries wait 50-100 and 100-200 ms (at most 0.3 s, not the default 0.9 s), which still
    // rides out a single dropped connection.
    doorStates: (c) => client.door.allDoorState({ ...opts(c), retry: DOOR_POLL_RETRY }),
    gateStates: (c) => client.psgGate.allGateState(opts(c)),
    monitor: (stream, key, c) => {
      if (stream === 'access') return client.transaction.monitor(key, opts(c))
      if (stream === 'gate') return client.psgTransaction.monitor(key, opts(c))
      return client.hep.monitor(key, opts(c))
    },
    async range(stream, from, to, pageNo, pageSize, c) {
      const q = { startDate: from, endDate: to, pageNo, pageSize }
      if (stream === 'temperature') {
        const rows = await client.hep.list(q, opts(c))
        return { rows, last: rows.length < pageSize }
      }
      const page =
        stream === 'access'
          ? await client.transaction.listV2(q, opts(c))
          : await client.psgTransaction.listV2(q, opts(c))
      const last = page.lastPage === true || page.items.length < pageSize || pageNo * pageSize >= page.total
      return { rows: page.items, last }
    },
    async devices(c) {
      const out: DeviceInfo[] = []
      for (let pageNo = 1; pageNo <= 20; pageNo++) {
        const rows: unknown[] = await client.device.accList({ pageNo, pageSize: 1000 }, opts(c))
        for (const r of rows) {
          const d = toDeviceInfo(r)
          if (d) out.push(d)
        }
        if (rows.length < 1000) break
      }
      try {
        const gates: unknown[] = await client.psgDevice.list({ pageNo: 1, pageSize: 1000 }, opts(c))
        for (const r of gates) {
          const d = toDeviceInfo(r)
          if (d) out.push(d)
        }
      } catch {
        // Sites without entrance control: access devices are enough.
      }
      return out
    },
    serverUtcOffsetMinutes: () => client.serverUtcOffsetMinutes,
  }
}
