/** Simplified Chinese ZKBio CVSecurity event names that are alarms (the server's texts and variants). */
import type { ServerEventNames } from './types'

export default {
  门被意外打开: 'forcedOpen',
  强行开门: 'forcedOpen',
  门被强行打开: 'forcedOpen',
  门开超时: 'heldOpen',
  开门超时: 'heldOpen',
  防拆报警: 'tamper',
  胁迫密码开门: 'duress',
  胁迫指纹开门: 'duress',
  胁迫开门报警: 'duress',
  闸机未连接: 'gateFault',
  红外异常: 'gateFault',
  闸机故障: 'gateFault',
  连接中断: 'deviceOffline',
  体温异常: 'temperature',
} satisfies ServerEventNames
