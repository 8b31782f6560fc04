import type { DoorView, GateView } from '@shared/contract/guard'

/** What a door's or gate's command buttons ask for; the views holding them pass it on to the guard view. */
export type TargetCommandEvents = {
  openDoor: [door: DoorView]
  closeDoor: [door: DoorView]
  openGate: [gate: GateView, direction: 'entry' | 'exit']
}
