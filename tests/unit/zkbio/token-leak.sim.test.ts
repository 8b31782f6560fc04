// The token must never appear in log output, in errors or in anything meant for the renderer. This
// drives successes and every failure kind with a distinctive token, captures everything the client
// produced (structured log entries, console lines, error JSON/IPC shapes, messages, stacks) and greps.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import {
  consoleLogger,
  createZkbioClient,
  detectCapabilities,
  formatLogEntry,
  memoryLogger,
  probeCertificate,
  ZkbioError,
  type ZkbioLogger,
} from '../../../electron/main/zkbio/index'

const TOKEN = 'GH-LEAK-CANARY-7f3a9c'
let sim: RunningSimulator
let simTls: RunningSimulator
beforeAll(async () => {
  sim = await startSimulator({ port: 0, token: TOKEN, quiet: true })
  simTls = await startSimulator({ port: 0, token: TOKEN, https: true, quiet: true })
})
afterAll(async () => {
  await sim?.close()
  await simTls?.close()
})

describe('the token never leaks', () => {
  it('is absent from every log line, error and renderer-bound value', async () => {
    const memory = memoryLogger()
    const consoleLines: string[] = []
    const spies = (['info', 'warn', 'error', 'debug', 'log'] as const).map((m) =>
      vi
        .spyOn(console, m)
        .mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' '))),
    )
    const both: ZkbioLogger = {
      log: (level, entry) => {
        memory.log(level, entry)
        consoleLogger().log(level, entry)
      },
    }
    const errors: ZkbioError[] = []
    const capture = async (p: Promise<unknown>) => {
      try {
        return await p
      } catch (e) {
        expect(e).toBeInstanceOf(ZkbioError)
        errors.push(e as ZkbioError)
        return undefined
      }
    }
    try {
      const c = createZkbioClient({
        baseUrl: sim.url,
        token: TOKEN,
        logger: both,
        timeoutMs: 800,
        retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2 },
      })
      // successes prove the token was really sent
      const doors = await c.door.list({ pageNo: 1, pageSize: 2 })
      expect(doors).toHaveLength(2)
      await c.door.remoteOpenById(doors[0]!.id, 3)
      await detectCapabilities(c)
      // server refusals, with and without codes
      await capture(c.door.remoteOpenById(doors[0]!.id, 999))
      await capture(c.transaction.getDoorTransactions({ pageNo: 1, pageSize: 5, type: 'bogus' }))
      await capture(c.person.get('NOBODY'))
      // every fault
      for (const kind of [
        'stall',
        'http500',
        'html',
        'redirectLogin',
        'springError',
        'truncatedJson',
        'malformedJson',
        'reset',
        'apiAccessAbnormal',
      ] as const) {
        await sim.control.addFault({ endpoint: '/api/door/list', kind, times: 2 })
        await capture(c.door.list({ pageNo: 1, pageSize: 1 }))
        await sim.control.clearFaults()
      }
      // unsupported optional endpoint
      await sim.control.addFault({ endpoint: '/api/visVisitor/getVisitorList', kind: 'springError' })
      await capture(c.visitor.visitors.getVisitorList({ pageNo: 1, pageSize: 1 }))
      await sim.control.clearFaults()
      // aborted
      const ac = new AbortController()
      ac.abort()
      await capture(c.door.list({ pageNo: 1, pageSize: 1 }, { signal: ac.signal }))
      // validation (a missing id)
      await capture(c.accLevel.getById(''))
      // server down
      await sim.control.setOnline(false)
      await capture(c.door.list({ pageNo: 1, pageSize: 1 }))
      await sim.control.setOnline(true)
      // wrong token: the server's refusal must not echo ours either
      const wrong = createZkbioClient({
        baseUrl: sim.url,
        token: `${TOKEN}-wrong`,
        logger: both,
        retry: false,
      })
      await capture(wrong.door.list({ pageNo: 1, pageSize: 1 }))
      // TLS: system store refusal and pin mismatch
      const tlsSystem = createZkbioClient({
        baseUrl: simTls.url,
        token: TOKEN,
        logger: both,
        tls: { mode: 'system' },
      })
      await capture(tlsSystem.door.list({ pageNo: 1, pageSize: 1 }))
      const tlsPin = createZkbioClient({
        baseUrl: simTls.url,
        token: TOKEN,
        logger: both,
        tls: { mode: 'fingerprint', fingerprint256: 'AA'.repeat(32) },
      })
      await capture(tlsPin.door.list({ pageNo: 1, pageSize: 1 }))
      await probeCertificate(simTls.url)
      for (const x of [c, wrong, tlsSystem, tlsPin]) x.close()

      const kinds = new Set(errors.map((e) => e.kind))
      for (const k of [
        'server',
        'timeout',
        'http',
        'html',
        'auth',
        'springError',
        'malformedJson',
        'network',
        'unsupported',
        'aborted',
        'validation',
        'tls',
        'tlsPinMismatch',
      ]) {
        expect(kinds.has(k as never), `an error of kind ${k} was produced`).toBe(true)
      }
      expect(memory.entries.length).toBeGreaterThan(20)
      expect(consoleLines.length).toBe(memory.entries.length)

      const haystack = [
        JSON.stringify(memory.entries),
        memory.entries.map((e) => formatLogEntry(e.entry)).join('\n'),
        consoleLines.join('\n'),
        ...errors.flatMap((e) => [
          JSON.stringify(e),
          JSON.stringify(e.toJSON()),
          JSON.stringify(e.toIpcError()),
          e.message,
          String(e),
          e.stack ?? '',
          e.detail ?? '',
          String(e.cause ?? ''),
          e.endpoint,
        ]),
      ].join('\n')
      expect(haystack).toContain('access_token=***')
      expect(haystack).not.toContain(TOKEN)
      expect(haystack).not.toContain(encodeURIComponent(TOKEN))
    } finally {
      for (const s of spies) s.mockRestore()
    }
  })
})
