/**
 * The real keychain through real keytar. CI runs this under scripts/with-keyring.sh (a private
 * gnome-keyring); on a machine without a Secret Service the round trip is skipped with its reason.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import keytar from 'keytar'
import { afterAll, describe, expect, test } from 'vitest'
import { KEYCHAIN_SERVICE } from '../../../electron/main/credentials/credential-store'
import { createKeytarStore } from '../../../electron/main/credentials/keytar-store'

const run = promisify(execFile)
const store = createKeytarStore()
const probe = await store.probe()
const reason = probe.available ? '' : probe.reason
const profileId = `test-${randomBytes(8).toString('hex')}`

afterAll(async () => {
  if (probe.available) await store.delete(profileId)
})

describe('OS keychain (keytar)', () => {
  test.skipIf(!probe.available)(
    `round trip: set, read back, replace, delete ${reason ? `(skipped: no Secret Service: ${reason})` : ''}`,
    async () => {
      const token = `tok-${randomBytes(16).toString('hex')}`
      expect(await store.get(profileId)).toBeNull()
      await store.set(profileId, token)
      expect(await store.get(profileId)).toBe(token)
      // Filed where an admin would look for it: service "Gatehouse", account = profile id.
      expect(await keytar.getPassword(KEYCHAIN_SERVICE, profileId)).toBe(token)
      await store.set(profileId, `${token}-2`)
      expect(await store.get(profileId)).toBe(`${token}-2`)
      expect(await store.delete(profileId)).toBe(true)
      expect(await store.get(profileId)).toBeNull()
      expect(await store.delete(profileId)).toBe(false)
    },
  )

  test('without a D-Bus session the keychain is reported unavailable, in words, not a crash', async () => {
    const env = { ...process.env }
    delete env.DBUS_SESSION_BUS_ADDRESS
    delete env.DISPLAY
    delete env.WAYLAND_DISPLAY
    env.XDG_RUNTIME_DIR = '/nonexistent-gatehouse-runtime'
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'tests/unit/credentials/fixtures/probe-keychain.ts'],
      {
        env,
        timeout: 30_000,
      },
    )
    const result = JSON.parse(stdout) as { available: boolean; reason?: string }
    expect(result.available).toBe(false)
    expect(result.reason).toMatch(/D-Bus|Secret Service/)
  })
})

describe('a keychain that never answers', () => {
  test('counts as unavailable after the timeout instead of hanging Save', async () => {
    const silent = createKeytarStore({
      timeoutMs: 50,
      load: async () => ({
        getPassword: () => new Promise<string | null>(() => undefined),
        setPassword: () => new Promise<void>(() => undefined),
        deletePassword: () => new Promise<boolean>(() => undefined),
      }),
    })
    await expect(silent.set('p', 't')).rejects.toThrow(/did not answer within 0 s|did not answer/)
    expect(await silent.probe()).toEqual({ available: false, reason: expect.stringMatching(/locked/) })
  })
})
