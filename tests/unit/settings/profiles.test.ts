/**
 * Profile channels through the real dispatch: add, edit, switch, remove; names unique; the token
 * write-only (responses say only hasToken) and deleted with its profile.
 */
import { afterEach, describe, expect, test } from 'vitest'
import { startSimulator } from '../../simulator/index'
import { createTestDomain, workingSafeStorage, type TestDomain } from './helpers'

const HQ_HTTP = { url: 'http://10.0.0.5:8088', tls: { mode: 'system' as const } }

let t: TestDomain
afterEach(() => t?.dispose())

async function domainWithFallback(): Promise<TestDomain> {
  t = createTestDomain({ safeStorage: workingSafeStorage() })
  await t.invoke('settings.update', { credentialFallbackConsent: true })
  return t
}

describe('profiles', () => {
  test('add: first profile becomes active, token stored but never returned, URL normalised', async () => {
    await domainWithFallback()
    const added = await t.invoke('settings.addProfile', {
      name: 'HQ',
      url: 'https://10.0.0.5:8098/',
      token: 'tok-hq-1234',
    })
    expect(added).toMatchObject({
      ok: true,
      data: {
        name: 'HQ',
        url: 'https://10.0.0.5:8098',
        hasToken: true,
        active: true,
        tls: { mode: 'system' },
      },
    })
    expect(JSON.stringify(added)).not.toContain('tok-hq-1234')
    expect(
      await t.domain.credentials.getToken(added.ok ? added.data.id : '', {
        url: 'https://10.0.0.5:8098',
        tls: { mode: 'system' },
      }),
    ).toBe('tok-hq-1234')
    const second = await t.invoke('settings.addProfile', {
      name: 'Annex',
      url: 'http://10.0.0.6:8088',
      token: 'tok-annex',
    })
    expect(second.ok && second.data.active).toBe(false)
    const settingsEvent = t.recorded.events.filter((e) => e.name === 'settings.changed').at(-1)
    expect(settingsEvent).toBeDefined()
  })

  test('names are unique (case-insensitive), unknown ids are NOT_FOUND', async () => {
    await domainWithFallback()
    await t.invoke('settings.addProfile', { name: 'HQ', url: 'http://10.0.0.5:8088', token: 'a-token' })
    const clash = await t.invoke('settings.addProfile', {
      name: 'hq',
      url: 'http://10.0.0.7:8088',
      token: 'b-token',
    })
    expect(clash).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/already exists/) },
    })
    const missing = await t.invoke('settings.switchProfile', { id: 'nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  test('edit without a token keeps the stored one; with a token replaces it', async () => {
    await domainWithFallback()
    const added = await t.invoke('settings.addProfile', {
      name: 'HQ',
      url: 'http://10.0.0.5:8088',
      token: 'first-token',
    })
    if (!added.ok) throw new Error(added.error.message)
    const id = added.data.id
    const renamed = await t.invoke('settings.editProfile', { id, name: 'Head office' })
    expect(renamed).toMatchObject({ ok: true, data: { name: 'Head office', hasToken: true } })
    expect(await t.domain.credentials.getToken(id, HQ_HTTP)).toBe('first-token')
    await t.invoke('settings.editProfile', { id, token: 'second-token' })
    expect(await t.domain.credentials.getToken(id, HQ_HTTP)).toBe('second-token')
  })

  test('remove: the token goes too, and the next profile becomes active', async () => {
    await domainWithFallback()
    const a = await t.invoke('settings.addProfile', {
      name: 'A',
      url: 'http://10.0.0.5:8088',
      token: 'token-a',
    })
    const b = await t.invoke('settings.addProfile', {
      name: 'B',
      url: 'http://10.0.0.6:8088',
      token: 'token-b',
    })
    if (!a.ok || !b.ok) throw new Error('not added')
    const after = await t.invoke('settings.removeProfile', { id: a.data.id })
    expect(after).toMatchObject({
      ok: true,
      data: { activeProfileId: b.data.id, profiles: [{ name: 'B', active: true }] },
    })
    expect(await t.domain.credentials.getToken(a.data.id, HQ_HTTP)).toBeNull()
  })

  test('no keychain and no consent: adding a profile fails plainly and saves nothing', async () => {
    t = createTestDomain({ safeStorage: workingSafeStorage() })
    const added = await t.invoke('settings.addProfile', {
      name: 'HQ',
      url: 'http://10.0.0.5:8088',
      token: 'a-token',
    })
    expect(added).toMatchObject({
      ok: false,
      error: {
        code: 'KEYCHAIN_UNAVAILABLE',
        message: expect.stringMatching(/^This computer has no system keychain/),
      },
    })
    expect(t.settings.get().profiles).toEqual([])
  })

  test('connection.test with a stored token works for its own address only', async () => {
    const sim = await startSimulator({ port: 0, quiet: true })
    try {
      await domainWithFallback()
      const added = await t.invoke('settings.addProfile', { name: 'Sim', url: sim.url, token: sim.token })
      if (!added.ok) throw new Error(added.error.message)
      const same = await t.invoke('connection.test', {
        url: sim.url,
        profileId: added.data.id,
        tls: { mode: 'system' },
      })
      expect(same.ok && same.data.success).toBe(true)
      const elsewhere = await t.invoke('connection.test', {
        url: 'http://127.0.0.1:9',
        profileId: added.data.id,
        tls: { mode: 'system' },
      })
      expect(elsewhere).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/enter the API token again/) },
      })
    } finally {
      await sim.close()
    }
  })

  test('settings.get shows the 10 s warning and where tokens are kept', async () => {
    await domainWithFallback()
    const updated = await t.invoke('settings.update', {
      polling: { ...t.settings.get().polling, gateStateSeconds: 2 },
    })
    expect(updated).toMatchObject({
      ok: true,
      data: {
        warnings: [{ field: 'polling.gateStateSeconds', message: expect.stringMatching(/every 2 s/) }],
        credentials: { backend: 'encrypted-file', fallbackConsent: true },
      },
    })
  })
})

describe('fallback consent', () => {
  test('withdrawing consent deletes the encrypted token file and the link goes offline', async () => {
    const { existsSync } = await import('node:fs')
    const { join } = await import('node:path')
    await domainWithFallback()
    const added = await t.invoke('settings.addProfile', {
      name: 'HQ',
      url: 'http://127.0.0.1:9',
      token: 'tok-consent',
    })
    expect(added.ok).toBe(true)
    expect(existsSync(join(t.dir, 'credentials.enc.json'))).toBe(true)
    const view = await t.invoke('settings.update', { credentialFallbackConsent: false })
    expect(view).toMatchObject({
      ok: true,
      data: { credentials: { backend: 'none', fallbackConsent: false } },
    })
    expect(existsSync(join(t.dir, 'credentials.enc.json'))).toBe(false)
    const profiles = await t.invoke('settings.listProfiles')
    expect(profiles).toMatchObject({ ok: true, data: { profiles: [{ name: 'HQ', hasToken: false }] } })
  })
})
