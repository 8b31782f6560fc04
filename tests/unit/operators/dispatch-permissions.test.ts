/** `dispatch` asks the permission check before validating or running anything. */
import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN } from '../../../electron/main/app/identity'
import { dispatch, type Authorize } from '../../../electron/main/ipc/validated-ipc-main'
import { decide } from '../../../electron/shared/contract/permissions'
import type { Role } from '../../../electron/shared/operators/roles'

const trusted = {
  sender: { id: 1 },
  senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null },
} as unknown as IpcMainInvokeEvent

const as =
  (role: Role | null): Authorize =>
  (name) => {
    const d = decide(name, role)
    return d.allowed ? null : { code: d.code, message: d.message }
  }

describe('dispatch with the permission table', () => {
  it('refuses a receptionist a door command before the handler runs, with a clear message', async () => {
    let called = false
    const handler = () => {
      called = true
      return { ok: true, message: 'opened', auditId: 1, at: new Date().toISOString() }
    }
    const payload = { doorId: 'd1', doorName: 'Main', seconds: 5, confirmed: true }
    const refused = await dispatch(
      'guardOps.openDoor',
      handler,
      trusted,
      payload,
      [APP_ORIGIN],
      as('receptionist'),
    )
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'A receptionist cannot do this. Ask a guard, a supervisor or an administrator to sign in.',
      },
    })
    expect(called).toBe(false)
    const signedOut = await dispatch('guardOps.openDoor', handler, trusted, payload, [APP_ORIGIN], as(null))
    expect(signedOut).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect(called).toBe(false)
    const guard = await dispatch('guardOps.openDoor', handler, trusted, payload, [APP_ORIGIN], as('guard'))
    expect(guard).toMatchObject({ ok: true })
    expect(called).toBe(true)
  })

  it('public channels answer with nobody signed in', async () => {
    const info = { name: 'Gatehouse', version: '1', platform: 'linux', electronVersion: null }
    await expect(
      dispatch('app.info', () => info, trusted, undefined, [APP_ORIGIN], as(null)),
    ).resolves.toEqual({
      ok: true,
      data: info,
    })
  })
})
