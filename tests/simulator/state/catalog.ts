import type { DoorAlarm } from './model.ts'

// Event numbers, names and levels (0 normal, 1 warning, 2 alarm) used by the simulated devices.
// Numbers follow ZKTeco's access event table; names are the English texts of ZKBio CVSecurity.

export interface EventType {
  no: number
  name: string
  level: 0 | 1 | 2
}

const t = (no: number, name: string, level: 0 | 1 | 2): EventType => ({ no, name, level })

export const EV = {
  normalVerifyOpen: t(0, 'Normal Verify Open', 0),
  passageModeVerify: t(1, 'Verify During Passage Mode Time Zone', 0),
  firstPersonOpen: t(2, 'First-Personnel Open', 0),
  remoteOpening: t(8, 'Remote Opening', 0),
  remoteClosing: t(9, 'Remote Closing', 0),
  tooShortInterval: t(20, 'Too Short Punch Interval', 1),
  illegalTimeZone: t(22, 'Illegal Time Zone', 1),
  accessDenied: t(23, 'Access Denied', 1),
  antiPassback: t(24, 'Anti-Passback', 1),
  unregisteredPerson: t(27, 'Unregistered Person', 1),
  doorOpenTimeout: t(28, 'Door Open Timeout', 2),
  cardExpired: t(29, 'Person Expired', 1),
  passwordError: t(30, 'Password Error', 1),
  tamper: t(100, 'Tamper Alarm', 2),
  duressPassword: t(101, 'Duress Password Open', 2),
  openedAccidentally: t(102, 'Door Opened Forcefully', 2),
  duressFingerprint: t(103, 'Duress Fingerprint Open', 2),
  gateNotConnected: t(110, 'The entrance control gate is not connected', 2),
  infraredFault: t(111, 'Infrared Ray Exception', 2),
  gateError: t(112, 'Gate Error', 2),
  doorOpened: t(200, 'Door Opened Correctly', 0),
  doorClosed: t(201, 'Door Closed Correctly', 0),
  exitButton: t(202, 'Exit Button Open', 0),
  deviceStarted: t(206, 'Device Started', 0),
  connectServer: t(214, 'Connect Server Successfully', 0),
  connectionAbort: t(700, 'Connection abort', 2),
  abnormalTemperature: t(511, 'Abnormal Body Temperature', 2),
  noMask: t(512, 'Not Wearing Mask', 1),
} as const

/** Gate alarm code (FIELD-NOTES: 1..7) -> the event it writes. */
export const GATE_ALARM_EVENTS: Record<number, EventType> = {
  1: EV.openedAccidentally,
  2: EV.tamper,
  3: EV.duressPassword,
  4: EV.duressFingerprint,
  5: t(104, 'Duress Open Alarm', 2),
  6: EV.infraredFault,
  7: EV.gateError,
}

/** Texts of the door "alarm" field (manual 2.11.1), lower-case form. */
export const DOOR_ALARM_TEXT: Record<DoorAlarm, string> = {
  none: 'none',
  alarm: 'alarm',
  timeout: 'timeout',
  forced: 'be opened accidentally',
  tamper: 'tampering',
  duressPassword: 'duress password opening',
  duressFingerprint: 'duress fingerprint opening',
  duress: 'duress opening',
  normalOpen: 'normal open alarm',
  lowBattery: 'low battery voltage',
  replaceBattery: 'replace battery',
  illegalOperation: 'illegal operation',
  backupPower: 'backup power',
}

/** Numeric door codes used by the 'doorStateArray' fault (a deployed field app read these). */
export const DOOR_ALARM_CODE: Record<DoorAlarm, number> = {
  none: 0,
  alarm: 1,
  timeout: 2,
  forced: 3,
  tamper: 4,
  duressPassword: 5,
  duressFingerprint: 6,
  duress: 7,
  normalOpen: 8,
  lowBattery: 9,
  replaceBattery: 10,
  illegalOperation: 11,
  backupPower: 12,
}

export const VERIFY_MODES = [
  'Card',
  'Fingerprint',
  'Face',
  'Password',
  'Card or Fingerprint',
  'Palm',
] as const

/** Spanish names for the 'localisedNames' fault (a field client matched "Usuario no registrado"). */
export const SPANISH_NAMES: Record<string, string> = {
  'Normal Verify Open': 'Apertura con verificación normal',
  'Verify During Passage Mode Time Zone': 'Verificar durante zona horaria de paso',
  'First-Personnel Open': 'Apertura por primera persona',
  'Remote Opening': 'Apertura remota',
  'Remote Closing': 'Cierre remoto',
  'Too Short Punch Interval': 'Intervalo de marcación demasiado corto',
  'Illegal Time Zone': 'Zona horaria ilegal',
  'Access Denied': 'Acceso denegado',
  'Anti-Passback': 'Anti-passback',
  'Unregistered Person': 'Usuario no registrado',
  'Door Open Timeout': 'Tiempo de apertura excedido',
  'Person Expired': 'Persona caducada',
  'Password Error': 'Error de contraseña',
  'Tamper Alarm': 'Alarma de manipulación',
  'Duress Password Open': 'Apertura con contraseña de coacción',
  'Door Opened Forcefully': 'Puerta abierta a la fuerza',
  'Duress Fingerprint Open': 'Apertura con huella de coacción',
  'Duress Open Alarm': 'Alarma de apertura bajo coacción',
  'The entrance control gate is not connected': 'El torniquete no está conectado',
  'Infrared Ray Exception': 'Excepción de rayo infrarrojo',
  'Gate Error': 'Error del torniquete',
  'Door Opened Correctly': 'Puerta abierta correctamente',
  'Door Closed Correctly': 'Puerta cerrada correctamente',
  'Exit Button Open': 'Apertura con botón de salida',
  'Device Started': 'Dispositivo iniciado',
  'Connect Server Successfully': 'Conexión al servidor correcta',
  'Connection abort': 'Conexión interrumpida',
  'Abnormal Body Temperature': 'Temperatura corporal anormal',
  'Not Wearing Mask': 'Sin mascarilla',
  Card: 'Tarjeta',
  Fingerprint: 'Huella',
  Face: 'Rostro',
  Password: 'Contraseña',
  Other: 'Otro',
  Others: 'Otros',
}
