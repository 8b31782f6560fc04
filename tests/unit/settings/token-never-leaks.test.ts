/**
 * The token must never leave main: not in a log line, not in an error text, not in any value sent to
 * the renderer (invoke results and events). This runs a full connect / test / fault cycle against the
 * simulator over HTTP and HTTPS, records everything, and greps it for the token in every spelling.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { addLogSink, type LogRecord } from '../../../electron/main/log'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import { createTestDomain, waitForStatus, workingSafeStorage, type TestDomain } from './helpers'

// Characters that URL-encode differently, so both spellings are looked for.
const TOKEN = 'Gh0st/T0ken+with=odd&chars-7f3a9c'
const OTHER_TOKEN = 'second-S3cret-token-55e1'
const FAULTS = [
  'http500',
  'html',
  'redirectLogin',
  'springError',
  'truncatedJson',
  'malformedJson',
  'reset',
  'apiAccessAbnormal',
] as const

let http: RunningSimulator
let https: RunningSimulator
let t: TestDomain
const logs: LogRecord[] = []
const consoleLines: unknown[][] = []

beforeAll(async () => {
  ;[http, https] = await Promise.all([
    startSimulator({ port: 0, token: TOKEN, quiet: true }),
    startSimulator({ port: 0, https: true, token: TOKEN, quiet: true }),
  ])
})
afterAll(async () => {
  t?.dispose()
  await Promise.all([http.close(), https.close()])
})

test('no log line, error or renderer-bound value ever contains the token', async () => {
  const offSink = addLogSink((r) => logs.push(r))
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void consoleLines.push(args)),
  )
  try {
    t = createTestDomain({ safeStorage: workingSafeStorage() })
    await t.invoke('settings.update', { credentialFallbackConsent: true })
    await t.domain.start()

    // The wizard: untrusted certificate, trust, wrong token, right token, save.
    const untrusted = await t.invoke('connection.test', {
      url: https.url,
      token: TOKEN,
      tls: { mode: 'system' },
    })
    expect(untrusted.ok && untrusted.data.certificateTrust).toBe('untrusted')
    const tls = { mode: 'fingerprint' as const, fingerprint256: https.fingerprint256! }
    await t.invoke('connection.test', { url: https.url, token: `${TOKEN}-wrong`, tls })
    const good = await t.invoke('connection.test', { url: https.url, token: TOKEN, tls })
    expect(good.ok && good.data.success).toBe(true)
    const added = await t.invoke('settings.addProfile', { name: 'Secure', url: https.url, token: TOKEN, tls })
    expect(added.ok && added.data.hasToken).toBe(true)
    await waitForStatus(t.domain, (s) => s.state === 'online')

    // Everything the settings page reads.
    await t.invoke('settings.get')
    await t.invoke('settings.listProfiles')
    await t.invoke('settings.credentialStatus')
    await t.invoke('connection.capabilities')
    if (!added.ok) throw new Error('profile not added')
    await t.invoke('connection.test', { url: https.url, profileId: added.data.id, tls })
    // A stored token is never sent to another address.
    const redirected = await t.invoke('connection.test', {
      url: http.url,
      profileId: added.data.id,
      tls: { mode: 'system' },
    })
    expect(redirected.ok).toBe(false)

    // Refused requests must not echo what they carried.
    const tooLong = await t.invoke('settings.addProfile', {
      name: 'Big',
      url: http.url,
      token: `${TOKEN}${'x'.repeat(600)}`,
    })
    expect(tooLong.ok).toBe(false)
    await t.invoke('settings.editProfile', { id: added.data.id, token: OTHER_TOKEN })
    await t.invoke('settings.editProfile', { id: added.data.id, token: TOKEN })

    // A second profile over plain http, made active, then every fault the simulator knows.
    const plain = await t.invoke('settings.addProfile', {
      name: 'Plain',
      url: http.url,
      token: TOKEN,
      activate: true,
    })
    expect(plain.ok).toBe(true)
    await waitForStatus(t.domain, (s) => s.profileName === 'Plain' && s.state === 'online')
    for (const kind of FAULTS) {
      await http.control.addFault({ endpoint: '*', kind })
      await t.invoke('connection.retryNow')
      await t.invoke('connection.test', { url: http.url, token: TOKEN, tls: { mode: 'system' } })
      t.domain.connection.reportFailure(new Error(`worker saw ${kind}`))
      await http.control.clearFaults()
    }
    await http.control.setOnline(false)
    await t.invoke('connection.retryNow')
    await t.invoke('connection.test', { url: http.url, token: TOKEN, tls: { mode: 'system' } })
    await http.control.setOnline(true)
    await t.invoke('connection.retryNow')

    // The certificate changes under the pinned profile.
    if (plain.ok) await t.invoke('settings.switchProfile', { id: added.data.id })
    await waitForStatus(t.domain, (s) => s.profileName === 'Secure')
    await t.invoke('connection.status')
    await t.invoke('settings.removeProfile', { id: added.data.id })
  } finally {
    offSink()
    for (const spy of spies) spy.mockRestore()
  }

  const haystacks: Record<string, string> = {
    'log records': JSON.stringify(logs),
    'console output': JSON.stringify(consoleLines.map((args) => args.map(String))),
    'invoke results sent to the renderer': JSON.stringify(t.recorded.responses),
    'events sent to the renderer': JSON.stringify(t.recorded.events),
  }
  // Files in the user-data folder other than the consented encrypted token file.
  for (const name of readdirSync(t.dir)) {
    if (name === 'credentials.enc.json') continue
    haystacks[`file ${name}`] = readFileSync(join(t.dir, name), 'utf8')
  }
  const needles = [TOKEN, encodeURIComponent(TOKEN), OTHER_TOKEN, 'Gh0st']
  for (const [where, text] of Object.entries(haystacks)) {
    for (const needle of needles) {
      expect(text.includes(needle), `token found in ${where}`).toBe(false)
    }
  }
  // The cycle really ran: there is plenty to look through.
  expect(t.recorded.responses.length).toBeGreaterThan(30)
  expect(t.recorded.events.filter((e) => e.name === 'connection.changed').length).toBeGreaterThan(5)
  expect(logs.some((r) => r.scope === 'zkbio' && /access_token=\*\*\*/.test(r.message))).toBe(true)
})
