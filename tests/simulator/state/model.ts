// Entities of the simulated site. Field names follow the API where an entity maps to one record.

export interface Department {
  code: string
  name: string
  parentCode: string
}

export interface Person {
  id: string
  pin: string
  deptCode: string
  name: string
  lastName: string
  gender: 'M' | 'F' | ''
  cardNo: string
  supplyCards: string[]
  accLevelIds: string[]
  eleLevelIds: string[]
  psgLevelIds: string[]
  accStartTime: string | null
  accEndTime: string | null
  birthday: string | null
  certType: string
  certNumber: string
  email: string
  hireDate: string | null
  isDisabled: boolean
  isSendMail: boolean
  mobilePhone: string
  personPwd: string
  selfPwd: string
  ssn: string | null
  carPlate: string | null
  /** Uploaded photo (base64); when null and photoVariant >= 0 a generated portrait is served. */
  photo: string | null
  photoVariant: number
  left: { leaveDate: string; leaveType: string } | null
  isAttendance: boolean
  perDevAuth: number
  verifyMode: number
  insCategory: number
}

export interface Level {
  id: string
  name: string
  /** doors, floors or gates the level opens */
  targetIds: string[]
}

export type DeviceModule = 'acc' | 'ele' | 'att' | 'ins' | 'psg'

export interface Device {
  id: string
  sn: string
  name: string
  type: string
  module: DeviceModule
  /** '1' enabled, '0' disabled (the API's "state"/"status") */
  enabled: boolean
  online: boolean
  areaName: string
  /** gate devices only: 0 unknown, 1 tripod, 2 flap, 3 swing */
  gateType?: number
  /** devices that report temperature and mask (hep) events */
  hep?: boolean
  logCounter: number
}

export type SensorState = 'closed' | 'open' | 'none'
export type DoorAlarm =
  | 'none'
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

export interface Door {
  id: string
  name: string
  deviceId: string
  doorNo: number
  hasSensor: boolean
  sensor: SensorState
  alarm: DoorAlarm
  relayOpenUntil: number
  /** the sensor reads 'open' until then after a normal passage (no event written) */
  sensorOpenUntil: number
  /** 0: lower case texts, 1: Capitalised texts; real servers mix both */
  textStyle: number
  enabled: boolean
}

export interface Reader {
  id: string
  /** door id (access readers) or gate id (entrance-control readers) */
  ownerId: string
  name: string
  readerNo: number
  readerState: 0 | 1
}

export interface Floor {
  id: string
  floorNo: number
  name: string
  deviceId: string
  relayOpenUntil: number
}

export interface Gate {
  id: string
  name: string
  deviceId: string
  gateNo: number
  gateState: number
  /** 0..7, see FIELD-NOTES */
  alarm: number
  /** openUntil per direction: relay 1 exit open, 2 entry open */
  relayOpenUntil: number
  relayCode: number
}

export interface Area {
  id: string
  code: string
  name: string
  pins: Set<string>
}

export interface ParkListEntry {
  type: 0 | 1
  carNumber: string
  fromTime: string
  toTime: string
}

export interface ParkRecord {
  id: string
  parkAreaName: string
  name: string
  carNumber: string
  carTypeName: string
  channelName: string
  channelState: string
  eventType: string
  time: number
  direction: 'in' | 'out'
}

export interface Media {
  id: string
  mediaName: string
  mediaSize: string
  mediaSuffix: string
  mediaType: string
  mediaPath: string
}

export interface BioTemplate {
  id: number
  pin: string
  validType: number
  bioType: number
  version: string
  template: string
  templateNo: string
  templateNoIndex: number
}

export interface Visitor {
  pin: string
  certType: string
  certNumber: string
  name: string
  lastName: string
  company: string
  phone: string
  email: string
  enabled: boolean
  cardNo: string
}

export interface Registration {
  id: string
  visitorPin: string
  certType: string
  certNumber: string
  visitorName: string
  hostPin: string
  visitReason: string
  visitorCount: number
  company: string
  phone: string
  plannedStart: string
  plannedEnd: string
  cardNo: string
  visLevelIds: string[]
  /** actual check-in and check-out times (ms); exitAt null while on site */
  enterAt: number
  exitAt: number | null
}

export interface Reservation {
  id: string
  hostPin: string
  certType: string
  certNumber: string
  visitorName: string
  visitorPhone: string
  company: string
  visitReason: string
  visitDate: string
  visitEndDate: string
  createdAt: number
}

export interface LeaveType {
  leaveTypeNo: string
  leaveTypeName: string
}

export interface AttApplication {
  id: string
  kind: 'sign' | 'overtime' | 'leave'
  personPin: string
  remark: string
  start: string
  end: string
  leaveTypeNo?: string
  leaveImagePath?: string
}
