import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { channelNames, channels, type ChannelName } from '../../../electron/shared/contract/index'
import { AppError } from '../../../electron/main/app/app-error'
import { APP_ORIGIN } from '../../../electron/main/app/identity'
import { invokeWireName } from '../../../electron/shared/contract/define'
import {
  assertHandlersMatchContract,
  dispatch,
  isTrustedSender,
  registerHandlersWhenReady,
  type Authorize,
  type Handlers,
  type ReadyHandlers,
} from '../../../electron/main/ipc/validated-ipc-main'
import { fuzzPayloads } from './fuzz'

const origins = [APP_ORIGIN]

function fakeEvent(url: string, options: { topFrame?: boolean; noFrame?: boolean } = {}): IpcMainInvokeEvent {
  const frame = options.noFrame ? null : { url, parent: options.topFrame === false ? {} : null }
  return { sender: { id: 1 }, senderFrame: frame } as unknown as IpcMainInvokeEvent
}

const trusted = fakeEvent(`${APP_ORIGIN}/index.html`)

describe('sender check', () => {
  it('accepts only the top frame of the app origin', () => {
    expect(isTrustedSender(trusted, origins)).toBe(true)
    expect(isTrustedSender(fakeEvent('https://evil.example/index.html'), origins)).toBe(false)
    expect(isTrustedSender(fakeEvent('app://other/index.html'), origins)).toBe(false)
    expect(isTrustedSender(fakeEvent('file:///index.html'), origins)).toBe(false)
    expect(isTrustedSender(fakeEvent(`${APP_ORIGIN}/index.html`, { topFrame: false }), origins)).toBe(false)
    expect(isTrustedSender(fakeEvent('', { noFrame: true }), origins)).toBe(false)
  })

  it('refuses an untrusted sender before the handler runs', async () => {
    let called = false
    const result = await dispatch(
      'app.info',
      () => {
        called = true
        return { name: 'x', version: '1', platform: 'linux', electronVersion: null }
      },
      fakeEvent('https://evil.example/'),
      undefined,
      origins,
    )
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN_SENDER' }) })
    expect(called).toBe(false)
  })
})

describe('dispatch', () => {
  it('passes AppError messages through and hides unexpected errors', async () => {
    const known = await dispatch(
      'app.info',
      () => {
        throw new AppError('NOT_CONFIGURED', 'Connect a server first.')
      },
      trusted,
      undefined,
      origins,
    )
    expect(known).toEqual({
      ok: false,
      error: { code: 'NOT_CONFIGURED', message: 'Connect a server first.' },
    })
    const unknown = await dispatch(
      'app.info',
      () => {
        throw new Error('secret internals at /home/x access_token=abc')
      },
      trusted,
      undefined,
      origins,
    )
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) {
      expect(unknown.error.code).toBe('INTERNAL')
      expect(unknown.error.message).not.toContain('access_token')
    }
  })

  it('answers a bad payload with a plain sentence (a 5 MB key is not echoed back)', async () => {
    const hugeKey = 'k'.repeat(5 * 1024 * 1024)
    const payload = { url: 'https://h:8098', tls: { mode: 'system' }, [hugeKey]: 1, ['x'.repeat(3000)]: 2 }
    const result = await dispatch(
      'connection.test',
      (() => {
        throw new Error('never reached')
      }) as never,
      trusted,
      payload,
      origins,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('BAD_REQUEST')
    expect(result.error.message.startsWith('Invalid request: ')).toBe(true)
    expect(result.error.message.length).toBeLessThanOrEqual(500)
    // A plain sentence: the offending keys (and which rule they broke) are only in the log.
    expect(result.error.message).not.toContain('kkkk')
    expect(result.error.message).not.toContain('xxxx')
  })

  it('bounds any error a handler throws (a server text echoed into a message)', async () => {
    const result = await dispatch(
      'app.info',
      () => {
        throw new AppError('CONFLICT', `Server said: ${'x'.repeat(2_000_000)}`, { field: 'y'.repeat(10_000) })
      },
      trusted,
      undefined,
      origins,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message.length).toBeLessThanOrEqual(1000)
    expect(String(result.error.details?.field).length).toBeLessThanOrEqual(200)
  })

  it('refuses a handler answer outside the response schema', async () => {
    const result = await dispatch('app.info', () => ({ wrong: true }) as never, trusted, undefined, origins)
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) })
  })
})

describe('fuzzing every channel of the contract', () => {
  it.each(channelNames.map((name) => [name]))(
    '%s: 300 random payloads never throw and never reach the handler invalid',
    async (name) => {
      const channel = name as ChannelName
      const spec = channels[channel]
      const payloads = fuzzPayloads(spec.request, 300, channel.length * 7919)
      let reached = 0
      for (const payload of payloads) {
        const handler = (request: unknown) => {
          reached++
          // The handler only ever sees what the schema accepted.
          expect(spec.request.safeParse(request).success).toBe(true)
          throw new AppError('CONFLICT', 'fuzz handler')
        }
        const result = await dispatch(channel, handler as never, trusted, payload, origins)
        expect(result.ok).toBe(false)
        if (!result.ok) expect(['BAD_REQUEST', 'CONFLICT']).toContain(result.error.code)
        if (!result.ok && result.error.code === 'BAD_REQUEST') {
          expect(spec.request.safeParse(payload).success).toBe(false)
        }
      }
      expect(reached).toBeLessThanOrEqual(payloads.length)
    },
  )
})

describe('handlers registered before they are built', () => {
  type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>
  const fakeIpcMain = () => {
    const handlers = new Map<string, Invoke>()
    return {
      handlers,
      handle: (channel: string, fn: Invoke) => void handlers.set(channel, fn),
      removeHandler: (channel: string) => void handlers.delete(channel),
    }
  }
  const info = { name: 'Gatehouse', version: '1', platform: 'linux', electronVersion: null }
  const allHandlers = (): Handlers =>
    Object.fromEntries(
      channelNames.map((name) => [name, name === 'app.info' ? () => info : () => undefined]),
    ) as unknown as Handlers
  const authorize: Authorize = () => null

  it('a call made while main is still building waits and is answered by the built handler', async () => {
    const ipc = fakeIpcMain()
    let built: (value: ReadyHandlers) => void = () => undefined
    registerHandlersWhenReady(
      ipc as unknown as IpcMain,
      new Promise<ReadyHandlers>((resolve) => (built = resolve)),
      origins,
    )
    expect(ipc.handlers.size).toBe(channelNames.length)
    let answer: unknown = 'pending'
    const call = ipc.handlers.get(invokeWireName('app.info'))!(trusted, undefined).then((a) => (answer = a))
    await new Promise((r) => setTimeout(r, 20))
    expect(answer).toBe('pending')
    built({ handlers: allHandlers(), authorize })
    await call
    expect(answer).toEqual({ ok: true, data: info })
  })

  it('if building fails, every call answers INTERNAL instead of hanging', async () => {
    const ipc = fakeIpcMain()
    registerHandlersWhenReady(ipc as unknown as IpcMain, Promise.reject(new Error('disk full')), origins)
    const answer = await ipc.handlers.get(invokeWireName('app.info'))!(trusted, undefined)
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) })
  })

  it('a handler missing from the contract stops the start', () => {
    const handlers = allHandlers() as unknown as Record<string, unknown>
    delete handlers['app.info']
    expect(() => assertHandlersMatchContract(handlers as unknown as Handlers)).toThrow(/missing \[app.info\]/)
  })
})
