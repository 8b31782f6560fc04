/**
 * What the guard service needs from site mode, without knowing PostgreSQL: whether this station is
 * the poller for its ZKBio server (the leader), a way to pass on what the leader saw (alarms, events,
 * boards) and what any station changed (acknowledgements, clearances), and the copies other stations
 * passed on. Single-station mode has no port at all: the guard works exactly as before.
 */
import type { DoorView, EventStream, FeedEvent, GateView, LinkStatus } from '../../../shared/contract/guard'
import type { SharedAlarm } from '../alarms/alarm-engine'

/** A feed event as other stations see it: the alarm named by its site-wide identity, not a local id. */
export interface SharedEvent extends Omit<FeedEvent, 'alarmId'> {
  alarmUid: string | null
}

/** The leader's boards and link after each poll, and where each event stream stands. */
export type SharedState =
  | { kind: 'doors'; views: DoorView[]; polledAt: string }
  | { kind: 'gates'; views: GateView[]; polledAt: string }
  | { kind: 'link'; status: LinkStatus }
  | { kind: 'cursor'; stream: EventStream; lastSeenServerTime: string | null; lastPollAt: string | null }

export interface RemoteGuardHandler {
  alarms(alarms: SharedAlarm[]): void
  events(events: SharedEvent[]): void
  state(state: SharedState): void
}

export interface GuardSitePort {
  isLeader(): boolean
  /** Sharing with other stations now (site mode on and the site database in use). */
  active(): boolean
  /** Called on every change of leadership of this station. */
  onLeaderChange(listener: (leader: boolean) => void): () => void
  shareAlarms(alarms: SharedAlarm[]): void
  shareEvents(events: SharedEvent[]): void
  shareState(state: SharedState): void
  /**
   * The leader deletes the site's copies of events that arrived before `before` (the retention), as
   * each station deletes its own; elsewhere, or with the site database out of reach, nothing happens
   * (the next round does it).
   */
  pruneEvents(before: string): void
  /** Copies from the other stations (and our own, echoed: applying them again changes nothing). */
  subscribe(handler: RemoteGuardHandler): () => void
}
