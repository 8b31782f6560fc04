import type { AlarmKind } from '../../contract/guard'

/** One server language's alarm event names: the server's words -> the alarm kind they mean. */
export type ServerEventNames = Readonly<Record<string, AlarmKind>>
