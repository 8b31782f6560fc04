/**
 * The connection service against the simulator over real HTTP(S): status transitions, backoff,
 * plain-language errors, capabilities, client() for features.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { AppError } from '../../../electron/main/app/app-error'
import { certificateChanged } from '../../../electron/main/connection/explain'
import { ZkbioError } from '../../../electron/main/zkbio/errors'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import { createTestDomain, waitForStatus, workingSafeStorage, type TestDomain } from './helpers'

let sim: RunningSimulator
let t: TestDomain

beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
afterAll(async () => {
  await sim.close()
})
afterEach(async () => {
  t?.dispose()
  await sim.control.clearFaults()
  await sim.control.setOnline(true)
})

async function connectedDomain(token = sim.token): Promise<TestDomain> {
  t = createTestDomain({ safeStorage: workingSafeStorage() })
  await t.settings.update({ credentialFallbackConsent: true })
  await t.domain.start()
  const added = await t.invoke('settings.addProfile', { name: 'Simulator', url: sim.url, token })
  expect(added.ok).toBe(true)
  return t
}

describe('connection service', () => {
  test('no profile: unconfigured, and client() says so with NOT_CONFIGURED', async () => {
    t = createTestDomain()
    const status = await t.domain.start().then(() => t.domain.connection.current())
    expect(status.state).toBe('unconfigured')
    const error = (() => {
      try {
        t.domain.connection.client()
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('NOT_CONFIGURED')
    expect((error as AppError).message).toMatch(/Open Settings/)
  })

  test('a profile with a good token goes online, detects capabilities and hands out a working client', async () => {
    await connectedDomain()
    const online = await waitForStatus(t.domain, (s) => s.state === 'online')
    expect(online).toMatchObject({
      profileName: 'Simulator',
      serverUrl: sim.url,
      lastError: null,
      nextRetryAt: null,
    })
    expect(online.lastSuccessAt).not.toBeNull()
    const states = t.recorded.events
      .filter((e) => e.name === 'connection.changed')
      .map((e) => (e.payload as { state: string }).state)
    expect(states).toContain('connecting')
    expect(states.at(-1)).toBe('online')
    await waitForStatus(t.domain, () => t.domain.connection.capabilities().detectedAt !== null)
    const caps = t.domain.connection.capabilities()
    expect(caps.features.find((f) => f.feature === 'visitorQr')?.availability).toBe('yes')
    expect(t.recorded.events.some((e) => e.name === 'connection.capabilitiesChanged')).toBe(true)
    const viaChannel = await t.invoke('connection.capabilities')
    expect(viaChannel.ok && viaChannel.data.features.length).toBe(5)
    expect(t.domain.connection.client()).toBeDefined()
  })

  test('server down: offline at once ("unreachable since") with a plain error and a next retry; back up: online again', async () => {
    await connectedDomain()
    await waitForStatus(t.domain, (s) => s.state === 'online')
    await sim.control.setOnline(false)
    const down = await waitForStatus(t.domain, (s) => s.state === 'offline')
    expect(down.lastError).toMatch(/ZKBio server/)
    expect(down.lastError).not.toMatch(/ECONN|Error:|node:/)
    expect(down.nextRetryAt).not.toBeNull()
    expect(Date.parse(down.nextRetryAt!)).toBeGreaterThan(Date.now() - 1000)
    const states = t.recorded.events
      .filter((e) => e.name === 'connection.changed')
      .map((e) => (e.payload as { state: string }).state)
    expect(states).not.toContain('degraded')
    expect(down.unreachableSince).not.toBeNull()
    await sim.control.setOnline(true)
    const back = await waitForStatus(t.domain, (s) => s.state === 'online')
    expect(back.lastError).toBeNull()
    expect(back.nextRetryAt).toBeNull()
    expect(back.unreachableSince).toBeNull()
  })

  test('a wrong token is offline at once with what to do', async () => {
    await connectedDomain('not-the-token')
    const status = await waitForStatus(t.domain, (s) => s.state === 'offline')
    expect(status.lastError).toMatch(/token/i)
  })

  test('"API access abnormal" is reported as the licence problem it is', async () => {
    await sim.control.addFault({ endpoint: '*', kind: 'apiAccessAbnormal' })
    await connectedDomain()
    const status = await waitForStatus(t.domain, (s) => s.state === 'offline')
    expect(status.lastError).toMatch(/API access abnormal/)
  })

  test('features report failures and successes: a failing call is unreachable at once, a success restores', async () => {
    await connectedDomain()
    await waitForStatus(t.domain, (s) => s.state === 'online')
    // A server refusal (the server answered) says nothing about the link.
    t.domain.connection.reportFailure(new ZkbioError({ kind: 'server', endpoint: '/api/x', serverCode: -13 }))
    expect(t.domain.connection.current().state).toBe('online')
    t.domain.connection.reportFailure(new ZkbioError({ kind: 'timeout', endpoint: '/api/door/allDoorState' }))
    expect(t.domain.connection.current().state).toBe('offline')
    expect(t.domain.connection.current().unreachableSince).not.toBeNull()
    expect(t.domain.connection.current().lastError).toMatch(/did not answer in time/)
    t.domain.connection.reportSuccess()
    await waitForStatus(t.domain, (s) => s.state === 'online')
  })

  test('a success reported by every request tells the window at most once a second (it shows seconds)', async () => {
    await connectedDomain()
    await waitForStatus(t.domain, (s) => s.state === 'online')
    const changes = () => t.recorded.events.filter((e) => e.name === 'connection.changed').length
    const before = changes()
    const started = Date.now()
    // Forty successes over about a second (a guard station polling five streams every 500 ms reports
    // ten a second, and each feature's requests more).
    for (let i = 0; i < 40; i++) {
      t.domain.connection.reportSuccess()
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const secondsSpanned = Math.floor(Date.now() / 1000) - Math.floor(started / 1000) + 1
    expect(changes() - before).toBeGreaterThanOrEqual(1)
    expect(changes() - before).toBeLessThanOrEqual(secondsSpanned)
    const last = Date.parse(t.domain.connection.current().lastSuccessAt!)
    expect(last % 1000).toBe(0)
    expect(Date.now() - last).toBeLessThan(1500)
  })

  test('switching to a profile without a reachable server, and removing the last profile', async () => {
    await connectedDomain()
    await waitForStatus(t.domain, (s) => s.state === 'online')
    const other = await t.invoke('settings.addProfile', {
      name: 'Nowhere',
      url: 'http://127.0.0.1:9',
      token: 'x-token',
    })
    expect(other.ok).toBe(true)
    if (!other.ok) return
    await t.invoke('settings.switchProfile', { id: other.data.id })
    const status = await waitForStatus(t.domain, (s) => s.profileName === 'Nowhere' && s.state === 'offline')
    expect(status.lastError).toMatch(/refused the connection|cannot be reached/)
    const list = await t.invoke('settings.listProfiles')
    for (const p of list.ok ? list.data.profiles : []) await t.invoke('settings.removeProfile', { id: p.id })
    await waitForStatus(t.domain, (s) => s.state === 'unconfigured')
  })

  test('retryNow checks at once', async () => {
    await connectedDomain()
    await waitForStatus(t.domain, (s) => s.state === 'online')
    const result = await t.invoke('connection.retryNow')
    expect(result.ok && result.data.state).toBe('online')
  })
})

describe('over https with a pinned certificate', () => {
  test('a changed certificate takes the link offline with the refusal, never online', async () => {
    const first = await startSimulator({ port: 0, https: true, quiet: true })
    const port = Number(new URL(first.url).port)
    t = createTestDomain({ safeStorage: workingSafeStorage() })
    await t.settings.update({ credentialFallbackConsent: true })
    await t.domain.start()
    await t.invoke('settings.addProfile', {
      name: 'Pinned',
      url: first.url,
      token: first.token,
      tls: { mode: 'fingerprint', fingerprint256: first.fingerprint256! },
    })
    await waitForStatus(t.domain, (s) => s.state === 'online')
    await first.close()
    const second = await startSimulator({ port, https: true, quiet: true })
    try {
      expect(second.fingerprint256).not.toBe(first.fingerprint256)
      const status = await waitForStatus(
        t.domain,
        (s) => s.state === 'offline' && s.lastError === certificateChanged(),
      )
      expect(status.lastError).toMatch(/^The server's certificate has changed/)
      const requests = await second.control.requests()
      expect(requests.filter((r) => r.path.startsWith('/api/'))).toEqual([])
    } finally {
      await second.close()
    }
  })
})

describe('development simulator profile from the environment', () => {
  test('GATEHOUSE_SIMULATOR_URL connects without the wizard and without storing the token anywhere', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { createSettingsDomain } = await import('../../../electron/main/settings/settings-domain')
    t = createTestDomain()
    t.domain.stop()
    const domain = createSettingsDomain(
      { settings: t.settings, userDataDir: t.dir, emit: () => undefined },
      {
        safeStorage: null,
        keychain: (await import('./helpers')).keychainWithoutDaemon(),
        timing: { healthIntervalMs: 300, baseRetryMs: 60, maxRetryMs: 300 },
        developmentEnv: { GATEHOUSE_SIMULATOR_URL: `${sim.url}/`, GATEHOUSE_SIMULATOR_TOKEN: sim.token },
      },
    )
    try {
      await domain.start()
      const status = await waitForStatus(domain, (s) => s.state === 'online')
      expect(status.profileName).toBe('Simulator')
      expect(t.settings.get().profiles).toHaveLength(1)
      for (const name of readdirSync(t.dir))
        expect(readFileSync(join(t.dir, name), 'utf8')).not.toContain(sim.token)
    } finally {
      domain.stop()
    }
  })
})
