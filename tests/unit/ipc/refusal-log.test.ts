import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_ORIGIN } from '../../../electron/main/app/identity'
import { createRefusalLog } from '../../../electron/main/ipc/refusal-log'
import { dispatch } from '../../../electron/main/ipc/validated-ipc-main'
import { addLogSink, type LogRecord } from '../../../electron/main/log'

function fakeClock() {
  let now = 0
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('refused IPC calls in the log', () => {
  it('writes the first five of a kind in a minute and counts the rest', () => {
    const clock = fakeClock()
    const log = createRefusalLog({ burst: 5, windowMs: 60_000, now: clock.now })
    const written: number[] = []
    for (let i = 0; i < 50; i++) {
      log('contract guard.acknowledge', (leftOut) => written.push(leftOut))
      clock.advance(100)
    }
    expect(written).toEqual([0, 0, 0, 0, 0])
  })

  it("the next minute's first line says how many were left out, once", () => {
    const clock = fakeClock()
    const log = createRefusalLog({ burst: 2, windowMs: 60_000, now: clock.now })
    const written: number[] = []
    for (let i = 0; i < 10; i++) log('contract app.info', (leftOut) => written.push(leftOut))
    clock.advance(60_000)
    for (let i = 0; i < 3; i++) log('contract app.info', (leftOut) => written.push(leftOut))
    clock.advance(60_000)
    log('contract app.info', (leftOut) => written.push(leftOut))
    expect(written).toEqual([0, 0, 8, 0, 1])
  })

  it('keeps each reason and channel apart: a flood on one hides nothing of another', () => {
    const log = createRefusalLog({ burst: 1, windowMs: 60_000, now: () => 0 })
    const written: string[] = []
    for (let i = 0; i < 5; i++) log('contract app.info', () => written.push('contract app.info'))
    log('sender app.info', () => written.push('sender app.info'))
    log('contract guard.list', () => written.push('contract guard.list'))
    expect(written).toEqual(['contract app.info', 'sender app.info', 'contract guard.list'])
  })

  describe('through dispatch', () => {
    const records: LogRecord[] = []
    const remove = addLogSink((record) => records.push(record))
    afterEach(() => remove())

    it('fifty requests outside the contract are all refused, with at most five WARN lines', async () => {
      const trusted = {
        sender: { id: 1 },
        senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null },
      } as unknown as IpcMainInvokeEvent
      const answers = []
      for (let i = 0; i < 50; i++) {
        answers.push(
          await dispatch('settings.update', (() => ({})) as never, trusted, { bogus: i }, [APP_ORIGIN]),
        )
      }
      expect(answers.every((a) => !a.ok && a.error.code === 'BAD_REQUEST')).toBe(true)
      const lines = records.filter(
        (r) =>
          r.message === 'refused a request outside its contract' && r.fields?.channel === 'settings.update',
      )
      expect(lines.length).toBeLessThanOrEqual(5)
    })
  })
})
