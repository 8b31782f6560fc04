/**
 * A stored token goes only to the server it was typed for (audit finding 1 and 8): editing a
 * profile's address (pinned HTTPS -> http:// elsewhere) without typing the token again used to send
 * the stored token in clear text to the new address. Here the "elsewhere" is a raw HTTP server that
 * records every request; the real simulator (HTTPS, pinned) is the profile's own server.
 */
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../simulator/index'
import { createTestDomain, waitForStatus, workingSafeStorage, type TestDomain } from './helpers'

const TOKEN = 'bound-token-9f2c41d7e5'
let sim: RunningSimulator
let elsewhere: Server
let elsewhereUrl = ''
const received: string[] = []
let t: TestDomain

beforeAll(async () => {
  sim = await startSimulator({ port: 0, https: true, token: TOKEN, quiet: true })
  elsewhere = createServer((req, res) => {
    received.push(req.url ?? '')
    res.setHeader('content-type', 'application/json')
    res.end('{"code":0,"message":"success","data":[]}')
  })
  await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r))
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as { port: number }).port}`
})
afterAll(async () => {
  t?.dispose()
  await sim.close()
  await new Promise<void>((r) => elsewhere.close(() => r()))
})

async function pinnedProfile(): Promise<{
  id: string
  tls: { mode: 'fingerprint'; fingerprint256: string }
}> {
  t?.dispose()
  received.length = 0
  t = createTestDomain({ safeStorage: workingSafeStorage() })
  await t.invoke('settings.update', { credentialFallbackConsent: true })
  await t.domain.start()
  const tls = { mode: 'fingerprint' as const, fingerprint256: sim.fingerprint256! }
  const added = await t.invoke('settings.addProfile', { name: 'Site A', url: sim.url, token: TOKEN, tls })
  if (!added.ok) throw new Error(added.error.message)
  await waitForStatus(t.domain, (s) => s.state === 'online')
  return { id: added.data.id, tls }
}

describe('a stored token is bound to its address and certificate', () => {
  test('changing the address without the token drops it: nothing is sent to the new address', async () => {
    const { id } = await pinnedProfile()
    const edited = await t.invoke('settings.editProfile', { id, url: elsewhereUrl, tls: { mode: 'system' } })
    expect(edited).toMatchObject({ ok: true, data: { hasToken: false, url: elsewhereUrl } })
    const status = await waitForStatus(t.domain, (s) => s.serverUrl === elsewhereUrl && s.state === 'offline')
    expect(status.lastError).toMatch(/No API token is stored/)
    await new Promise((r) => setTimeout(r, 300))
    expect(received.filter((u) => u.includes(TOKEN))).toEqual([])
    // Typed again, it is bound to the new address and used there.
    await t.invoke('settings.editProfile', { id, token: 'typed-again-for-new-server' })
    await expect.poll(() => received.some((u) => u.includes('typed-again-for-new-server'))).toBe(true)
    expect(received.some((u) => u.includes(TOKEN))).toBe(false)
  })

  test('changing only the TLS trust drops the token too', async () => {
    const { id } = await pinnedProfile()
    const edited = await t.invoke('settings.editProfile', { id, tls: { mode: 'system' } })
    expect(edited).toMatchObject({ ok: true, data: { hasToken: false } })
    expect(await t.domain.credentials.hasToken(id)).toBe(false)
  })

  test('the credential layer refuses a token for another address or pin, whoever asks', async () => {
    const { id, tls } = await pinnedProfile()
    expect(await t.domain.credentials.getToken(id, { url: sim.url, tls })).toBe(TOKEN)
    await expect(t.domain.credentials.getToken(id, { url: elsewhereUrl, tls })).rejects.toMatchObject({
      code: 'TOKEN_NOT_FOR_SERVER',
    })
    const otherPin = { mode: 'fingerprint' as const, fingerprint256: 'AB:'.repeat(31) + 'AB' }
    await expect(t.domain.credentials.getToken(id, { url: sim.url, tls: otherPin })).rejects.toMatchObject({
      code: 'TOKEN_NOT_FOR_SERVER',
    })
    // A profile whose settings were changed behind the service's back (hand-edited file): refused, not sent.
    const s = t.settings.get()
    t.settings.update({ profiles: s.profiles.map((p) => (p.id === id ? { ...p, url: elsewhereUrl } : p)) })
    const status = await waitForStatus(
      t.domain,
      (st) => st.serverUrl === elsewhereUrl && st.state === 'offline',
    )
    expect(status.lastError).toMatch(/saved for another server address or certificate/)
    expect(received.filter((u) => u.includes(TOKEN))).toEqual([])
  })

  test('connection.test pairs the stored token only with the stored pin', async () => {
    const { id, tls } = await pinnedProfile()
    const own = await t.invoke('connection.test', { url: sim.url, profileId: id, tls })
    expect(own.ok && own.data.success).toBe(true)
    const otherTrust = await t.invoke('connection.test', {
      url: sim.url,
      profileId: id,
      tls: { mode: 'system' },
    })
    expect(otherTrust).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/enter the API token again/) },
    })
    const otherAddress = await t.invoke('connection.test', { url: elsewhereUrl, profileId: id, tls })
    expect(otherAddress.ok).toBe(false)
    expect(received.filter((u) => u.includes(TOKEN))).toEqual([])
  })
})
