import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import {
  addProfileRequest,
  editProfileRequest,
  settingsPatch,
} from '../../../electron/shared/contract/settings'
import { connectionTestRequest } from '../../../electron/shared/contract/connection'
import {
  defaultSettings,
  MIN_RECOMMENDED_POLL_SECONDS,
  settingsWarnings,
} from '../../../electron/shared/settings'
import { createSettingsService } from '../../../electron/main/settings/settings-service'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-settings-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('defaults', () => {
  test('a fresh install has no profile and the manual-friendly 10 s polling', () => {
    const s = defaultSettings()
    expect(s.profiles).toEqual([])
    expect(s.activeProfileId).toBeNull()
    expect(Object.values(s.polling).slice(0, 5)).toEqual([10, 10, 10, 10, 10])
    expect(s.retentionDays).toBe(30)
    expect(s.autoCheckoutAt).toBeNull()
    expect(s.credentialFallbackConsent).toBe(false)
    expect(s.badge.layout).toBe('card102x76')
    expect(s.notifications.maxPerMinute).toBe(6)
    expect(settingsWarnings(s)).toEqual([])
  })

  test('polling faster than 10 s is allowed but warned about, per field', () => {
    const s = defaultSettings()
    s.polling.doorStateSeconds = 3
    s.polling.accessEventsSeconds = MIN_RECOMMENDED_POLL_SECONDS
    const warnings = settingsWarnings(s)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.field).toBe('polling.doorStateSeconds')
    expect(warnings[0]!.message).toMatch(/every 3 s.*at most one call every 10 s/)
  })
})

describe('settings.update requests', () => {
  test('a patch names only what changes and never fills in defaults', () => {
    expect(settingsPatch.parse({ siteName: ' North gate ' })).toEqual({ siteName: 'North gate' })
  })

  test.each([
    ['unknown key', { profiles: [] }],
    ['active profile is not patchable', { activeProfileId: 'x' }],
    ['site name too long', { siteName: 'x'.repeat(81) }],
    ['retention 0 days', { retentionDays: 0 }],
    ['retention not an integer', { retentionDays: 1.5 }],
    ['bad check-out time', { autoCheckoutAt: '25:00' }],
    ['polling 0 s', { polling: { ...defaultSettings().polling, doorStateSeconds: 0 } }],
    ['unknown polling key', { polling: { ...defaultSettings().polling, extra: 1 } }],
    [
      'too many alarm names',
      { notifications: { ...defaultSettings().notifications, alarmEventNames: Array(201).fill('a') } },
    ],
    ['unknown badge layout', { badge: { ...defaultSettings().badge, layout: 'poster' } }],
  ])('refuses %s', (_name, patch) => {
    expect(settingsPatch.safeParse(patch).success).toBe(false)
  })

  test('profile requests bound the token and refuse non-http addresses', () => {
    const base = { name: 'Main', url: 'https://10.0.0.5:8098', token: 'abc' }
    expect(addProfileRequest.safeParse(base).success).toBe(true)
    expect(addProfileRequest.safeParse({ ...base, token: '' }).success).toBe(false)
    expect(addProfileRequest.safeParse({ ...base, token: 'x'.repeat(513) }).success).toBe(false)
    expect(addProfileRequest.safeParse({ ...base, url: 'ftp://10.0.0.5' }).success).toBe(false)
    expect(addProfileRequest.safeParse({ ...base, hasToken: true }).success).toBe(false)
    expect(editProfileRequest.safeParse({ id: 'a'.repeat(65) }).success).toBe(false)
    expect(
      connectionTestRequest.safeParse({
        url: base.url,
        tls: { mode: 'fingerprint', fingerprint256: 'not-a-fingerprint' },
      }).success,
    ).toBe(false)
  })
})

describe('settings service', () => {
  test('an invalid update throws and writes nothing', () => {
    const dir = tempDir()
    const service = createSettingsService({ cwd: dir })
    service.update({ siteName: 'HQ' })
    expect(() => service.update({ retentionDays: -1 })).toThrow()
    expect(service.get().retentionDays).toBe(30)
    const reopened = createSettingsService({ cwd: dir })
    expect(reopened.get().siteName).toBe('HQ')
    expect(reopened.get().retentionDays).toBe(30)
  })

  test('a hand-edited file keeps its good fields and defaults the bad ones', () => {
    const dir = tempDir()
    createSettingsService({ cwd: dir }).update({ operatorName: 'Ana' })
    const file = join(dir, 'settings.json')
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { settings: Record<string, unknown> }
    raw.settings.retentionDays = 'forever'
    raw.settings.siteName = 'Depot 4'
    writeFileSync(file, JSON.stringify(raw))
    const s = createSettingsService({ cwd: dir }).get()
    expect(s.retentionDays).toBe(30)
    expect(s.siteName).toBe('Depot 4')
    expect(s.operatorName).toBe('Ana')
  })

  test('an update that changes nothing writes nothing and tells no listener', () => {
    const dir = tempDir()
    const service = createSettingsService({ cwd: dir })
    service.update({ siteName: 'HQ' })
    const file = join(dir, 'settings.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('"HQ"', '"HQ" '))
    const before = readFileSync(file, 'utf8')
    const heard: string[] = []
    service.onChange((s) => heard.push(s.siteName))
    expect(service.update({ siteName: 'HQ' }).siteName).toBe('HQ')
    expect(service.update({ profiles: [...service.get().profiles] }).siteName).toBe('HQ')
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(heard).toEqual([])
    service.update({ siteName: 'Depot' })
    expect(heard).toEqual(['Depot'])
    expect(readFileSync(file, 'utf8')).not.toBe(before)
  })

  test('listeners hear every accepted change', () => {
    const service = createSettingsService({ cwd: tempDir() })
    const heard: string[] = []
    const off = service.onChange((s) => heard.push(s.siteName))
    service.update({ siteName: 'A' })
    off()
    service.update({ siteName: 'B' })
    expect(heard).toEqual(['A'])
  })
})
