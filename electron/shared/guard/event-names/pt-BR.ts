/** Brazilian Portuguese ZKBio CVSecurity event names that are alarms (the server's texts and variants). */
import type { ServerEventNames } from './types'

export default {
  'Porta aberta à força': 'forcedOpen',
  'Abertura forçada': 'forcedOpen',
  'Porta forçada': 'forcedOpen',
  'Porta aberta acidentalmente': 'forcedOpen',
  'Tempo de porta aberta excedido': 'heldOpen',
  'Tempo limite de porta aberta': 'heldOpen',
  'Alarme de violação': 'tamper',
  'Alarme de sabotagem': 'tamper',
  'Abertura com senha de coação': 'duress',
  'Abertura com digital de coação': 'duress',
  'Alarme de abertura sob coação': 'duress',
  'A catraca não está conectada': 'gateFault',
  'Exceção de raio infravermelho': 'gateFault',
  'Erro da catraca': 'gateFault',
  'Conexão interrompida': 'deviceOffline',
  'Temperatura corporal anormal': 'temperature',
} satisfies ServerEventNames
