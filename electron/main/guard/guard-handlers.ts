import type { Handlers } from '../ipc/validated-ipc-main'
import type { GuardService } from './guard-service'

export type GuardChannel =
  | 'guard.snapshot'
  | 'guard.recentEvents'
  | 'guard.listAlarms'
  | 'guard.getAlarm'
  | 'guard.acknowledgeAlarm'
  | 'guard.clearAlarm'
  | 'guard.muteSound'
  | 'guard.unmuteSound'
  | 'guard.pollNow'
  | 'guard.listInstructions'
  | 'guard.setInstructions'

/** IPC handlers of the live guard channels (requests are validated by the contract before this). */
export function createGuardHandlers(guard: GuardService): Pick<Handlers, GuardChannel> {
  return {
    'guard.snapshot': () => guard.snapshot(),
    'guard.recentEvents': ({ limit }) => guard.recentEvents(limit),
    'guard.listAlarms': (q) =>
      guard.listAlarms({ status: q.status, limit: q.limit, ...(q.beforeId ? { beforeId: q.beforeId } : {}) }),
    'guard.getAlarm': ({ id }) => guard.getAlarm(id),
    'guard.acknowledgeAlarm': ({ id, comment }) => guard.acknowledge(id, comment),
    'guard.clearAlarm': ({ id, comment }) => guard.clear(id, comment ?? null),
    'guard.muteSound': ({ minutes, reason }) => guard.muteSound(minutes, reason),
    'guard.unmuteSound': () => guard.unmuteSound(),
    'guard.pollNow': () => guard.pollNow(),
    'guard.listInstructions': () => guard.listInstructions(),
    'guard.setInstructions': ({ kind, text }) => guard.setInstructions(kind, text),
  }
}
