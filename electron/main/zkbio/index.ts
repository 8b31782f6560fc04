/** Public surface of the ZKBio client (Electron main process / Node). */
export { createZkbioClient, type ZkbioClient } from './client'
export type { ZkbioClientOptions, CallOptions, MultipartFile } from './core'
export {
  ZkbioError,
  isZkbioError,
  ZKBIO_ERROR_KINDS,
  type ZkbioErrorKind,
  type ZkbioErrorJson,
} from './errors'
export { SERVER_ERROR_CODES, describeServerCode, type ServerCodeInfo } from './error-codes'
export { redact, redactDeep, registerSecret, forgetSecret } from '../security/redact'
export {
  consoleLogger,
  memoryLogger,
  silentLogger,
  formatLogEntry,
  type ZkbioLogger,
  type ZkbioLogEntry,
  type ZkbioRequestLog,
} from './log'
export {
  Capabilities,
  FEATURE_MESSAGES,
  isNotFound,
  type AppFeature,
  type Availability,
  type CapabilitySnapshot,
} from './capabilities'
export { detectCapabilities, type CapabilityReport } from './detect-capabilities'
export { ALL_ENDPOINTS, findEndpointById } from './endpoints'
export { isRetryable, type EndpointDef, type Effect, type OptionalFeature } from './endpoint'
export { DEFAULT_RETRY, withReadRetry, RetryNotAllowedError, backoffDelay, type RetryPolicy } from './retry'
export {
  fetchAllPages,
  collectAllPages,
  walkListPages,
  MAX_PAGE_SIZE,
  type PageRequest,
  type FetchAllOptions,
} from './paging'
export { MonitorSession, monitorRowKey } from './monitor'
export {
  parseDoorState,
  parseDoorStates,
  type DoorState,
  type DoorConnect,
  type DoorSensor,
  type DoorRelay,
  type DoorAlarmKind,
} from './door-state'
export {
  parseGateState,
  parseGateStates,
  GATE_ALARM_TEXT,
  type GateState,
  type GateAlarmKind,
  type GateMode,
  type GateRelay,
} from './gate-state'
export {
  formatServerDateTime,
  formatServerDate,
  parseServerDateTime,
  toServerDateTime,
  toServerDate,
  localUtcOffsetMinutes,
  type UtcOffsetMinutes,
} from './server-time'
export { probeCertificate, type ServerCertificateInfo } from './transport/probe-certificate'
export {
  normaliseFingerprint,
  isValidFingerprint,
  fingerprintsEqual,
  type TlsTrust,
} from './transport/tls-trust'
export type { Page } from './schemas/primitives'
export type * from './schemas/records'
export {
  VISITOR_CERT_TYPES,
  type VisitorCertType,
  type RegistrationInput,
  type ReservationInput,
  type VisitorQr,
} from './api/visitor'
