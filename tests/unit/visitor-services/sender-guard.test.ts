import { describe, expect, it } from 'vitest'
import { AppError } from '../../../electron/main/app/app-error'
import type { HandlerContext } from '../../../electron/main/ipc/validated-ipc-main'
import {
  guardKioskSenders,
  KIOSK_ONLY_MESSAGE,
  NOT_FOR_KIOSK_MESSAGE,
} from '../../../electron/main/kiosk/sender-guard'

describe('kiosk sender guard', () => {
  const handlers = guardKioskSenders(
    {
      'kiosk.hostSearch': (_request: never, _context: HandlerContext) => 'kiosk answer',
      'reception.listVisits': (_request: never, _context: HandlerContext) => 'desk answer',
    },
    () => 7,
  )
  const call = (name: keyof typeof handlers, senderId: number) => {
    try {
      return handlers[name](undefined as never, { senderId })
    } catch (error) {
      return error
    }
  }

  it('kiosk channels answer only the kiosk window', () => {
    expect(call('kiosk.hostSearch', 7)).toBe('kiosk answer')
    const refused = call('kiosk.hostSearch', 1)
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).code).toBe('FORBIDDEN_SENDER')
    expect((refused as AppError).message).toBe(KIOSK_ONLY_MESSAGE)
  })

  it('every other channel refuses the kiosk window', () => {
    expect(call('reception.listVisits', 1)).toBe('desk answer')
    expect((call('reception.listVisits', 7) as AppError).message).toBe(NOT_FOR_KIOSK_MESSAGE)
  })

  it('with no kiosk open, kiosk channels answer nobody', () => {
    const closed = guardKioskSenders(
      { 'kiosk.config': (_request: never, _context: HandlerContext) => 'x' },
      () => null,
    )
    expect(() => closed['kiosk.config'](undefined as never, { senderId: 1 })).toThrow(KIOSK_ONLY_MESSAGE)
  })
})
