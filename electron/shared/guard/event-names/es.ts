/**
 * Spanish ZKBio CVSecurity event names that are alarms. Field clients matched the Spanish server's
 * "Usuario no registrado"; the alarm names below are the server's Spanish texts as met in the field and
 * in the simulator's Spanish catalogue, with the variants different server versions use.
 */
import type { ServerEventNames } from './types'

export default {
  'Apertura forzada': 'forcedOpen',
  'Apertura forzada de puerta': 'forcedOpen',
  'Puerta abierta a la fuerza': 'forcedOpen',
  'Puerta abierta accidentalmente': 'forcedOpen',
  'Tiempo de apertura excedido': 'heldOpen',
  'Tiempo de puerta abierta excedido': 'heldOpen',
  'Puerta abierta demasiado tiempo': 'heldOpen',
  'Alarma de manipulación': 'tamper',
  'Alarma de sabotaje': 'tamper',
  'Apertura con contraseña de coacción': 'duress',
  'Apertura con huella de coacción': 'duress',
  'Alarma de apertura bajo coacción': 'duress',
  'El torniquete no está conectado': 'gateFault',
  'Excepción de rayo infrarrojo': 'gateFault',
  'Error del torniquete': 'gateFault',
  'Conexión interrumpida': 'deviceOffline',
  'Temperatura corporal anormal': 'temperature',
} satisfies ServerEventNames
