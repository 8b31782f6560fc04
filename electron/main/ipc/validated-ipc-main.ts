import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import {
  channelNames,
  channels,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract/index'
import { invokeWireName } from '../../shared/contract/define'
import type { IpcError, Result } from '../../shared/result'
import { toIpcError } from '../app/app-error'
import { storageErrorOf } from '../app/storage-error'
import { translate } from '../i18n'
import { createLogger } from '../log'
import { isAppUrl } from '../security/origin'
import { createRefusalLog } from './refusal-log'

const log = createLogger('ipc')
/** At most 5 lines a minute per reason and channel; the next line counts the ones left out. */
const refusals = createRefusalLog({ burst: 5, windowMs: 60_000 })
/** Logs a refusal (its message is its reason); `fields` is built only for a line that is written. */
function warnRefused(message: string, channel: ChannelName, fields: () => Record<string, unknown>): void {
  refusals(`${message} ${channel}`, (leftOut) =>
    log.warn(message, { channel, ...fields(), ...(leftOut > 0 ? { refusedUnlogged: leftOut } : {}) }),
  )
}

export interface HandlerContext {
  /** The trusted sender's WebContents id, e.g. to focus its window. */
  senderId: number
}

export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
  context: HandlerContext,
) => Promise<ResponseOf<C>> | ResponseOf<C>

/**
 * Who may call: answers null to let the call through, or the refusal to send (NOT_SIGNED_IN,
 * FORBIDDEN). Main builds it from the contract's permission table and the station's session; it gets
 * the event too, so a rule can later depend on the calling window (e.g. a kiosk).
 */
export type Authorize = (name: ChannelName, event: IpcMainInvokeEvent) => IpcError | null

/** One handler per channel: the type makes a missing or extra handler a compile error. */
export type Handlers = { [C in ChannelName]: Handler<C> }

/** Only the top frame of the app's own page may call main (never an iframe, never another origin). */
export function isTrustedSender(event: IpcMainInvokeEvent, origins: readonly string[]): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (frame.parent !== null) return false
  return isAppUrl(frame.url, origins)
}

/** Longest validation message sent back (a 50 MB key must not be echoed back to the renderer). */
export const MAX_VALIDATION_MESSAGE = 500
/** Longest message of any other error (server texts reach messages); our own sentences are far shorter. */
export const MAX_ERROR_MESSAGE = 1000
const MAX_DETAIL = 200

/** Every error crosses the bridge bounded: message and string details cut. */
function bounded(error: IpcError): IpcError {
  const details = error.details
    ? Object.fromEntries(
        Object.entries(error.details).map(([k, v]) => [
          k,
          typeof v === 'string' ? cutText(v, MAX_DETAIL) : v,
        ]),
      )
    : undefined
  return { ...error, message: cutText(error.message, MAX_ERROR_MESSAGE), ...(details ? { details } : {}) }
}
const MAX_PART = 80

/** Cuts text to `max` characters, saying so with an ellipsis. */
export function cutText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function summarise(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const text = issues
    .slice(0, 5)
    .map((i) => {
      const path = i.path.map((p) => cutText(String(p), MAX_PART)).join('.') || '(request)'
      return `${path}: ${cutText(i.message, MAX_PART * 2)}`
    })
    .join('; ')
  return cutText(text, MAX_VALIDATION_MESSAGE)
}

/** Read at each use, so a language change applies at once. */
const internalError = (): IpcError => ({ code: 'INTERNAL', message: translate('server.ipc.internal') })

/**
 * Runs one invoke: sender check, request validation, the handler, response validation. Never throws:
 * every outcome is a Result, so a bad payload can't crash main or leave an unhandled rejection.
 */
export async function dispatch<C extends ChannelName>(
  name: C,
  handler: Handler<C>,
  event: IpcMainInvokeEvent,
  payload: unknown,
  origins: readonly string[],
  authorize?: Authorize,
): Promise<Result<ResponseOf<C>>> {
  if (!isTrustedSender(event, origins)) {
    warnRefused('refused a call from an untrusted sender', name, () => ({
      url: event.senderFrame?.url ?? null,
    }))
    return {
      ok: false,
      error: { code: 'FORBIDDEN_SENDER', message: translate('server.ipc.forbiddenSender') },
    }
  }
  // Before validation: someone not allowed to call a channel learns nothing from its schema either.
  const refusal = authorize?.(name, event) ?? null
  if (refusal) {
    warnRefused('refused a call the station session does not allow', name, () => ({ code: refusal.code }))
    return { ok: false, error: refusal }
  }
  const spec = channels[name]
  const parsed = spec.request.safeParse(payload)
  if (!parsed.success) {
    // The person reads a plain sentence; which field broke which rule is for the log (bounded: a 5 MB
    // key is never echoed anywhere).
    warnRefused('refused a request outside its contract', name, () => ({
      issues: summarise(parsed.error.issues),
    }))
    return { ok: false, error: { code: 'BAD_REQUEST', message: translate('server.ipc.invalidRequest') } }
  }
  try {
    const data = await handler(parsed.data as ParsedRequestOf<C>, { senderId: event.sender.id })
    const checked = spec.response.safeParse(data)
    if (!checked.success) {
      log.error('a handler answered outside its contract', {
        channel: name,
        issues: summarise(checked.error.issues),
      })
      return { ok: false, error: internalError() }
    }
    return { ok: true, data: checked.data as ResponseOf<C> }
  } catch (error) {
    const known = toIpcError(error) ?? storageErrorOf(error)?.toIpcError()
    if (known) {
      if (known.code !== 'BAD_REQUEST' && storageErrorOf(error))
        log.warn('a handler could not write', { channel: name, error })
      return { ok: false, error: bounded(known) }
    }
    log.error('a handler failed', { channel: name, error })
    return { ok: false, error: internalError() }
  }
}

/**
 * Throws if a channel has no handler or a handler has no channel, so a forgotten handler can't ship
 * (main checks its handlers with it before they answer).
 */
export function assertHandlersMatchContract(handlers: Handlers): void {
  const extra = Object.keys(handlers).filter((k) => !(k in channels))
  const missing = channelNames.filter((name) => typeof handlers[name] !== 'function')
  if (extra.length || missing.length) {
    throw new Error(`IPC handlers do not match the contract: missing [${missing}] extra [${extra}]`)
  }
}

export interface ReadyHandlers {
  handlers: Handlers
  authorize: Authorize
}

/**
 * Registers every channel of the contract now, each through `dispatch` with the built handlers and
 * their `authorize`, for handlers still being built: a call that comes before `ready`
 * settles waits for it (main opens its window first, so Chromium loads the page while the domains are
 * built, and no early call meets "no handler registered"). If building fails, every call answers
 * INTERNAL (main is then showing why it cannot start; the builder reports the failure, and checks the
 * handlers against the contract with assertHandlersMatchContract before resolving).
 */
export function registerHandlersWhenReady(
  ipcMain: IpcMain,
  ready: Promise<ReadyHandlers>,
  origins: readonly string[],
): () => void {
  const settled = ready.catch(() => null)
  for (const name of channelNames) {
    ipcMain.handle(invokeWireName(name), async (event, payload: unknown) => {
      const built = await settled
      if (!built) return { ok: false, error: internalError() }
      return dispatch(
        name,
        built.handlers[name] as Handler<typeof name>,
        event,
        payload,
        origins,
        built.authorize,
      )
    })
  }
  return () => {
    for (const name of channelNames) ipcMain.removeHandler(invokeWireName(name))
  }
}
