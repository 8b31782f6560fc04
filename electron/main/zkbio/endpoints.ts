/** Every endpoint the client knows, in one list (tests check it against the manual's table). */
import { areaEndpoints, attAreaPersonEndpoints } from './api/area'
import { attApplyEndpoints, attPersonEndpoints } from './api/attendance'
import { bioTemplateEndpoints } from './api/bio-template'
import { cardEndpoints } from './api/card'
import { departmentEndpoints } from './api/department'
import { deviceEndpoints, eleDeviceEndpoints } from './api/device'
import { doorEndpoints } from './api/door'
import { psgDeviceEndpoints, psgGateEndpoints } from './api/entrance-control'
import { insAreaPersonEndpoints } from './api/face-kiosk'
import { floorEndpoints } from './api/floor'
import { hepEndpoints } from './api/hep'
import { accLevelEndpoints, eleLevelEndpoints, psgLevelEndpoints } from './api/levels'
import { mediaEndpoints } from './api/media'
import { parkAuthorizeEndpoints, parkTransactionEndpoints } from './api/park'
import { personEndpoints } from './api/person'
import { psgReaderEndpoints, readerEndpoints } from './api/reader'
import { eleTransactionEndpoints, psgTransactionEndpoints, transactionEndpoints } from './api/transaction'
import {
  visLevelEndpoints,
  visRegistrationEndpoints,
  visReservationEndpoints,
  visVisitorEndpoints,
} from './api/visitor'
import type { EndpointDef } from './endpoint'

const tables = [
  accLevelEndpoints,
  eleLevelEndpoints,
  parkAuthorizeEndpoints,
  cardEndpoints,
  departmentEndpoints,
  mediaEndpoints,
  areaEndpoints,
  attAreaPersonEndpoints,
  deviceEndpoints,
  eleDeviceEndpoints,
  doorEndpoints,
  floorEndpoints,
  personEndpoints,
  readerEndpoints,
  visReservationEndpoints,
  visLevelEndpoints,
  visRegistrationEndpoints,
  visVisitorEndpoints,
  transactionEndpoints,
  eleTransactionEndpoints,
  parkTransactionEndpoints,
  attApplyEndpoints,
  attPersonEndpoints,
  bioTemplateEndpoints,
  hepEndpoints,
  insAreaPersonEndpoints,
  psgDeviceEndpoints,
  psgGateEndpoints,
  psgLevelEndpoints,
  psgReaderEndpoints,
  psgTransactionEndpoints,
] as const

export const ALL_ENDPOINTS: readonly EndpointDef[] = tables.flatMap((t) => Object.values(t) as EndpointDef[])

export function findEndpointById(id: string): EndpointDef | undefined {
  return ALL_ENDPOINTS.find((e) => e.id === id)
}
