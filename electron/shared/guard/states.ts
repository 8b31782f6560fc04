/**
 * Door and gate states as the ZKBio client parses them (electron/main/zkbio/door-state.ts and
 * gate-state.ts produce these shapes). Declared here so pure guard code and tests can use them
 * without importing main-process code.
 */
export interface DoorStateInput {
  doorId: string
  doorName: string
  deviceId: string | null
  connect: 'offline' | 'online' | 'disabled' | 'unknown'
  sensor: 'open' | 'closed' | 'none' | 'unknown'
  relay: 'open' | 'closed' | 'unknown'
  /** Alarm description as sent (lower case); null when none. */
  alarm: string | null
  alarmKind:
    | 'alarm'
    | 'timeout'
    | 'forced'
    | 'tamper'
    | 'duressPassword'
    | 'duressFingerprint'
    | 'duress'
    | 'normalOpen'
    | 'lowBattery'
    | 'replaceBattery'
    | 'illegalOperation'
    | 'backupPower'
    | 'unknown'
    | null
}

export interface GateStateInput {
  gateId: string
  gateName: string | null
  deviceId: string | null
  connect: 'offline' | 'online' | 'disabled' | 'unknown'
  gateState: 'notConnected' | 'online' | 'disabled' | 'lockdown' | 'unknown'
  alarm:
    | 'openedAccidentally'
    | 'tamper'
    | 'duressPassword'
    | 'duressFingerprint'
    | 'duress'
    | 'infraredFault'
    | 'gateError'
    | 'unknown'
    | null
  relay: 'off' | 'exitOpen' | 'entryOpen' | 'unknown'
}

/** Device facts from the device lists, to name devices and key device-level alarms by serial. */
export interface DeviceInfo {
  id: string
  sn: string | null
  name: string | null
  areaName: string | null
}
