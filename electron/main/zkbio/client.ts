/**
 * The typed ZKBio CVSecurity client, one property per module of the manual:
 *
 *   const client = createZkbioClient({ baseUrl, token, tls: { mode: 'fingerprint', fingerprint256 } })
 *   await client.door.remoteOpenById(doorId, 5)
 *   for await (const rows of fetchAllPages((p, o) => client.transaction.listV2({ ...p, startDate }, o))) ...
 *
 * Runs in Electron's main process and in plain Node (tests). Close it when the profile changes.
 */
import { areaApi, attAreaPersonApi } from './api/area'
import { attApplyApi, attPersonApi } from './api/attendance'
import { bioTemplateApi } from './api/bio-template'
import { cardApi } from './api/card'
import { departmentApi } from './api/department'
import { deviceApi, eleDeviceApi } from './api/device'
import { doorApi } from './api/door'
import { psgDeviceApi, psgGateApi } from './api/entrance-control'
import { insAreaPersonApi } from './api/face-kiosk'
import { floorApi } from './api/floor'
import { hepApi } from './api/hep'
import { accLevelApi, eleLevelApi, psgLevelApi } from './api/levels'
import { mediaApi } from './api/media'
import { parkAuthorizeApi, parkTransactionApi } from './api/park'
import { personApi } from './api/person'
import { psgReaderApi, readerApi } from './api/reader'
import { eleTransactionApi, psgTransactionApi, transactionApi } from './api/transaction'
import { visitorApi } from './api/visitor'
import { ZkbioCore, type ZkbioClientOptions } from './core'

/**
 * Every client function returns a promise that rejects, never throws synchronously (a bad date or
 * id found while building the request still arrives through the promise, like a server error).
 */
function rejectNotThrow<T extends object>(module: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(module)) {
    if (typeof value === 'function') {
      out[key] = (...args: unknown[]) => {
        try {
          return Promise.resolve((value as (...a: unknown[]) => unknown)(...args))
        } catch (err) {
          return Promise.reject(err)
        }
      }
    } else if (value && typeof value === 'object') {
      out[key] = rejectNotThrow(value as object)
    } else {
      out[key] = value
    }
  }
  return out as T
}

export function createZkbioClient(options: ZkbioClientOptions) {
  const core = new ZkbioCore(options)
  const modules = {
    /** 2.1 */ accLevel: accLevelApi(core),
    /** 2.2 */ eleLevel: eleLevelApi(core),
    /** 2.3 */ parkAuthorize: parkAuthorizeApi(core),
    /** 2.4 */ card: cardApi(core),
    /** 2.5 */ department: departmentApi(core),
    /** 2.6 */ media: mediaApi(core),
    /** 2.7 */ area: areaApi(core),
    /** 2.8 */ attAreaPerson: attAreaPersonApi(core),
    /** 2.9, 2.22, 2.29 */ device: deviceApi(core),
    /** 2.10 */ eleDevice: eleDeviceApi(core),
    /** 2.11 */ door: doorApi(core),
    /** 2.12 */ floor: floorApi(core),
    /** 2.13 */ person: personApi(core),
    /** 2.14 */ reader: readerApi(core),
    /** 2.15-2.17 and the v1.2 visitor endpoints */ visitor: visitorApi(core),
    /** 2.18, 2.21 */ transaction: transactionApi(core),
    /** 2.19 */ eleTransaction: eleTransactionApi(core),
    /** 2.20 */ parkTransaction: parkTransactionApi(core),
    /** 2.23 */ attApply: attApplyApi(core),
    /** 2.24, 2.27 */ attPerson: attPersonApi(core),
    /** 2.25 */ bioTemplate: bioTemplateApi(core),
    /** 2.26 */ hep: hepApi(core),
    /** 2.28 */ insAreaPerson: insAreaPersonApi(core),
    /** 2.30 */ psgDevice: psgDeviceApi(core),
    /** 2.31 */ psgGate: psgGateApi(core),
    /** 2.32 */ psgLevel: psgLevelApi(core),
    /** 2.33 */ psgReader: psgReaderApi(core),
    /** 2.34 */ psgTransaction: psgTransactionApi(core),
  }
  return {
    ...rejectNotThrow(modules),
    /** What this server can do (optional endpoints, path spellings). */
    capabilities: core.capabilities,
    /** The server's UTC offset used for Date parameters. */
    serverUtcOffsetMinutes: core.serverUtcOffsetMinutes,
    /** Frees the keep-alive sockets. */
    close: () => core.close(),
    /** For helpers that need the call engine (capability detection). */
    core,
  }
}

export type ZkbioClient = ReturnType<typeof createZkbioClient>
