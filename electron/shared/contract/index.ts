/**
 * THE IPC contract of Gatehouse. Every channel the renderer may invoke and every event main may push
 * is declared here, once, with zod schemas. Preload, main handlers, the renderer API and the tests are
 * all derived from this object; nothing else names a channel.
 */
import type { z } from 'zod'
import type { Result } from '../result'
import { appChannels, appEvents } from './app'
import { auditChannels, auditEvents } from './audit'
import { badgeChannels, badgeEvents } from './badge'
import { connectionChannels, connectionEvents } from './connection'
import type { ChannelSpec, EventSpec } from './define'
import { guardOpsChannels } from './guard-ops'
import { inviteChannels, inviteEvents } from './invite'
import { languageChannels, languageEvents } from './language'
import { kioskChannels, kioskDeskChannels, kioskDeskEvents, kioskEvents } from './kiosk'
import { notifyChannels, notifyEvents } from './notify'
import { guardPlanChannels } from './guard-plans'
import { guardChannels, guardEvents } from './guard'
import { operatorsChannels } from './operators'
import { receptionChannels, receptionEvents } from './reception'
import { sessionChannels, sessionEvents } from './session'
import { settingsChannels, settingsEvents } from './settings'
import { siteChannels, siteEvents } from './site'

export const channels = {
  ...appChannels,
  ...languageChannels,
  ...connectionChannels,
  ...guardChannels,
  ...guardOpsChannels,
  ...guardPlanChannels,
  ...badgeChannels,
  ...receptionChannels,
  ...settingsChannels,
  ...sessionChannels,
  ...operatorsChannels,
  ...auditChannels,
  ...notifyChannels,
  ...inviteChannels,
  ...kioskDeskChannels,
  ...kioskChannels,
  ...siteChannels,
} as const satisfies Record<string, ChannelSpec>

export const events = {
  ...appEvents,
  ...languageEvents,
  ...connectionEvents,
  ...guardEvents,
  ...badgeEvents,
  ...receptionEvents,
  ...settingsEvents,
  ...sessionEvents,
  ...notifyEvents,
  ...inviteEvents,
  ...kioskDeskEvents,
  ...kioskEvents,
  ...siteEvents,
  ...auditEvents,
} as const satisfies Record<string, EventSpec>

export const contract = { channels, events } as const

export type Channels = typeof channels
export type ChannelName = keyof Channels & string
export type EventName = keyof typeof events & string

export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]['payload']>

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never
type VerbOf<C extends string, D extends string> = C extends `${D}.${infer V}` ? V : never
export type Domain = DomainOf<ChannelName>

/** The object the preload exposes as `window.gatehouse`. */
export type GatehouseApi = {
  [D in Domain]: {
    [V in VerbOf<ChannelName, D>]: `${D}.${V}` extends infer C extends ChannelName
      ? RequestOf<C> extends undefined
        ? () => Promise<Result<ResponseOf<C>>>
        : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
      : never
  }
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void
}

export const channelNames = Object.keys(channels) as ChannelName[]
export const eventNames = Object.keys(events) as EventName[]
