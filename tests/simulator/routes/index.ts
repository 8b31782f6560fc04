import type { RouteEnv } from '../lib/http.ts'
import { registerDeviceRoutes } from './devices.ts'
import { registerDoorRoutes } from './door.ts'
import { registerGateRoutes } from './gate.ts'
import { registerOtherTransactionRoutes } from './other-transactions.ts'
import { registerPsgTransactionRoutes } from './psg-transaction.ts'
import { registerTransactionRoutes } from './transaction.ts'
import { registerVisitorRoutes } from './visitor.ts'

export function registerApiRoutes(env: RouteEnv): void {
  registerDeviceRoutes(env)
  registerDoorRoutes(env)
  registerGateRoutes(env)
  registerTransactionRoutes(env)
  registerPsgTransactionRoutes(env)
  registerOtherTransactionRoutes(env)
  registerVisitorRoutes(env)
}
