/**
 * The shipped alarm event-name tables, one per server language: a Spanish server's "Apertura forzada"
 * is a forced door with no configuration. Looked up folded (accents, case, spaces), so "APERTURA
 * FORZADA" and "Apertura  forzada" match too. The operator's list (settings.notifications.
 * alarmEventNames) still adds names these tables lack.
 */
import type { AlarmKind } from '../../contract/guard'
import { foldText } from '../text'
import ar from './ar'
import en from './en'
import es from './es'
import ptBR from './pt-BR'
import type { ServerEventNames } from './types'
import zhCN from './zh-CN'

export type { ServerEventNames } from './types'

/** Server language -> its alarm event names. */
export const SERVER_EVENT_NAMES: Readonly<Record<string, ServerEventNames>> = {
  en,
  es,
  'zh-CN': zhCN,
  'pt-BR': ptBR,
  ar,
}

const FOLDED = new Map<string, AlarmKind>()
for (const table of Object.values(SERVER_EVENT_NAMES))
  for (const [name, kind] of Object.entries(table)) FOLDED.set(foldText(name), kind)

/** The alarm kind a (folded) server event name means in any shipped language; null when unknown. */
export function kindFromTable(folded: string): AlarmKind | null {
  return FOLDED.get(folded) ?? null
}
