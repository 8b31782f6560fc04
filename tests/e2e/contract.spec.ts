/// <reference lib="dom" />
/**
 * The contract, checked on the REAL running app: main handles exactly the channels the contract
 * declares (no more, no fewer), the preload exposes exactly those as functions, and random payloads
 * for every channel, sent page -> preload -> main, always come back as a Result without crashing main
 * or leaving an unhandled rejection. (The 300-per-channel fuzz of the validation itself is the unit
 * test tests/unit/ipc/validated-ipc-main.test.ts; this one proves the whole path.)
 */
import { channelNames, channels, eventNames } from '../../electron/shared/contract/index'
import { invokeWireName } from '../../electron/shared/contract/define'
import { fuzzPayloads } from '../unit/ipc/fuzz'
import { expect, test } from './fixtures'

type LooseApi = Record<string, Record<string, (p?: unknown) => Promise<unknown>>>

test('main handles exactly the contract channels and the preload exposes exactly them', async ({
  gatehouse,
}) => {
  const handled = await gatehouse.main.handledChannels()
  expect([...handled].sort()).toEqual(channelNames.map(invokeWireName).sort())
  expect(new Set(handled).size).toBe(handled.length)
  const exposed = await gatehouse.page.evaluate(() => {
    const api = window.gatehouse as unknown as LooseApi
    return Object.entries(api).flatMap(([domain, group]) =>
      typeof group === 'function' ? [] : Object.keys(group).map((verb) => `${domain}.${verb}`),
    )
  })
  expect(exposed.sort()).toEqual([...channelNames].sort())
  // Events the page may subscribe to are the contract's, and nothing else.
  const refused = await gatehouse.page.evaluate(() => {
    try {
      window.gatehouse.on('not.an.event' as never, () => undefined)
      return false
    } catch {
      return true
    }
  })
  expect(refused).toBe(true)
  expect(eventNames.length).toBeGreaterThan(0)
})

test('every channel survives 60 random payloads through the real preload and main', async ({ gatehouse }) => {
  test.setTimeout(180_000)
  const { page } = gatehouse
  // Channels whose valid payloads would act outside the test (none do without a server, but a
  // shell link is still a side effect worth not firing).
  const skip = new Set(['app.openExternal'])
  for (const name of channelNames) {
    if (skip.has(name)) continue
    const started = Date.now()
    const payloads = fuzzPayloads(channels[name].request, 60, name.length * 104729)
    const outcomes = await page.evaluate(
      async ([channel, list]) => {
        const [domain, verb] = [
          channel.slice(0, channel.indexOf('.')),
          channel.slice(channel.indexOf('.') + 1),
        ]
        const fn = (window.gatehouse as unknown as LooseApi)[domain]![verb]!
        const outcome = async (payload: unknown) => {
          try {
            const result = (await fn(payload)) as { ok: boolean; error?: { code: string } }
            return result.ok ? 'ok' : (result.error?.code ?? 'no-code')
          } catch (error) {
            return `threw: ${String(error)}`
          }
        }
        // Twelve calls in flight at a time, as a busy page sends them (4 took 20 % more CPU in all).
        const seen: string[] = []
        for (let i = 0; i < list.length; i += 12) {
          seen.push(...(await Promise.all(list.slice(i, i + 12).map(outcome))))
        }
        return seen
      },
      [name, payloads] as const,
    )
    expect(
      outcomes.filter((o) => o.startsWith('threw') || o === 'no-code'),
      name,
    ).toEqual([])
    expect(
      outcomes.filter((o) => o === 'INTERNAL'),
      `${name} answered INTERNAL`,
    ).toEqual([])
    if (Date.now() - started > 2000) console.log(`${name}: ${Date.now() - started} ms`)
  }
  expect(await gatehouse.main.errors()).toEqual([])
  await expect(page.evaluate(() => window.gatehouse.app.info())).resolves.toMatchObject({ ok: true })
})
