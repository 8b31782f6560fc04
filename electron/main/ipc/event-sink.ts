import type { WebContents } from 'electron'
import { events, type EventName, type EventPayloadOf } from '../../shared/contract/index'
import { eventWireName } from '../../shared/contract/define'
import { createLogger } from '../log'

const log = createLogger('ipc')

export type EmitEvent = <E extends EventName>(name: E, payload: EventPayloadOf<E>) => void

/** Pushes contract events to the app's windows; a payload outside its schema is dropped and logged. */
export function createEventSink(targets: () => readonly WebContents[]): EmitEvent {
  return (name, payload) => {
    const checked = events[name].payload.safeParse(payload)
    if (!checked.success) {
      log.error('dropped an event outside its contract', { event: name })
      return
    }
    for (const contents of targets()) {
      if (!contents.isDestroyed()) contents.send(eventWireName(name), checked.data)
    }
  }
}
