import type { RouteEnv } from '../lib/http.ts'
import { registerAttendanceRoutes } from './attendance.ts'
import { registerBioTemplateRoutes } from './bio-template.ts'
import { registerCardDepartmentRoutes } from './card-department.ts'
import { registerDeviceRoutes } from './devices.ts'
import { registerDoorRoutes } from './door.ts'
import { registerFloorRoutes } from './floor.ts'
import { registerGateRoutes } from './gate.ts'
import { registerLevelRoutes } from './levels.ts'
import { registerMediaParkRoutes } from './media-park.ts'
import { registerOtherTransactionRoutes } from './other-transactions.ts'
import { registerPersonRoutes } from './person.ts'
import { registerPsgTransactionRoutes } from './psg-transaction.ts'
import { registerReaderRoutes } from './reader.ts'
import { registerTransactionRoutes } from './transaction.ts'
import { registerVisitorRoutes } from './visitor.ts'

/** One module per part of the manual; see each file's header for its sections. */
export function registerApiRoutes(env: RouteEnv): void {
  registerLevelRoutes(env)
  registerMediaParkRoutes(env)
  registerCardDepartmentRoutes(env)
  registerAttendanceRoutes(env)
  registerDeviceRoutes(env)
  registerDoorRoutes(env)
  registerFloorRoutes(env)
  registerPersonRoutes(env)
  registerReaderRoutes(env)
  registerVisitorRoutes(env)
  registerTransactionRoutes(env)
  registerOtherTransactionRoutes(env)
  registerBioTemplateRoutes(env)
  registerGateRoutes(env)
  registerPsgTransactionRoutes(env)
}
