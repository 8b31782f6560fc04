/**
 * The kiosk window runs the same page origin and preload as the desk, so the origin check alone would
 * let a visitor's window call every channel. This wrapper splits the contract in two by sender:
 * `kiosk.*` answer only the kiosk window's WebContents, everything else refuses it.
 */
import { AppError } from '../app/app-error'
import type { HandlerContext } from '../ipc/validated-ipc-main'
import { isKioskChannel } from '../../shared/contract/kiosk'

type AnyHandler = (request: never, context: HandlerContext) => unknown

export const KIOSK_ONLY_MESSAGE = 'This request is only answered for the visitor kiosk.'
export const NOT_FOR_KIOSK_MESSAGE = 'The visitor kiosk cannot make this request.'

export function guardKioskSenders<H extends Record<string, AnyHandler>>(
  handlers: H,
  kioskSenderId: () => number | null,
): H {
  const guarded: Record<string, AnyHandler> = {}
  for (const [name, handler] of Object.entries(handlers)) {
    const kioskOnly = isKioskChannel(name)
    guarded[name] = ((request: never, context: HandlerContext) => {
      const fromKiosk = kioskSenderId() !== null && context.senderId === kioskSenderId()
      if (kioskOnly && !fromKiosk) throw new AppError('FORBIDDEN_SENDER', KIOSK_ONLY_MESSAGE)
      if (!kioskOnly && fromKiosk) throw new AppError('FORBIDDEN_SENDER', NOT_FOR_KIOSK_MESSAGE)
      return handler(request, context)
    }) as AnyHandler
  }
  return guarded as H
}
