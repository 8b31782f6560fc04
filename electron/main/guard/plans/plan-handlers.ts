import type { PlanReader } from '../../../shared/contract/guard-plans'
import type { Handlers } from '../../ipc/validated-ipc-main'
import type { PlanService } from './plan-service'

type PlanChannel = Extract<keyof Handlers, `guardPlans.${string}`>

/** IPC handlers of the floor plans (requests validated by the contract before this). */
export function createPlanHandlers(
  plans: PlanService,
  readers: () => Promise<PlanReader[]>,
): Pick<Handlers, PlanChannel> {
  return {
    'guardPlans.readers': () => readers(),
    'guardPlans.list': () => plans.list(),
    'guardPlans.image': ({ id }) => plans.image(id),
    'guardPlans.add': (request) => plans.add(request),
    'guardPlans.remove': ({ id }) => plans.remove(id),
    'guardPlans.place': ({ planId, marker }) => plans.place(planId, marker),
    'guardPlans.unplace': ({ planId, targetType, targetId }) => plans.unplace(planId, targetType, targetId),
  }
}
